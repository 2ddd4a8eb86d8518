import { cpus, loadavg, totalmem } from "node:os";

/** `loadAtStart` is read when the run begins: with the end's, it says whether the machine was quiet throughout. */
export type Machine = { cpu: string; cores: number; ramGb: number; node: string; date: string; loadAtStart: number[] };

/** What BENCHMARKS.md must say about where its numbers came from. */
export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? "unknown",
    cores: list.length,
    ramGb: totalmem() / 1024 ** 3,
    node: process.version,
    date: new Date().toISOString(),
    loadAtStart: loadavg(),
  };
}
