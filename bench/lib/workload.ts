/**
 * The seed workload's size, shared by the tourbus throughput suite and every peer so
 * that their rows compare like with like (issue 10: 2,000 tasks at concurrency 50,
 * and p50/p99 at a fixed 50 tasks/s for 10 s).
 */
export type WorkloadSize = { tasks: number; concurrency: number; peerRatePerSecond: number; peerRateMs: number };

export function workloadSize(quick: boolean): WorkloadSize {
  return quick
    ? { tasks: 200, concurrency: 50, peerRatePerSecond: 50, peerRateMs: 3_000 }
    : { tasks: 2_000, concurrency: 50, peerRatePerSecond: 50, peerRateMs: 10_000 };
}

/** The task a producer sends, as tourbus's seed scenario has it (the return address inside the JSON). */
export function seedTask(i: number, responseDestinationName: string) {
  return { name: `Bench task ${i}`, description: "Check the amps and the DI boxes", status: "Open", responseDestinationName };
}
