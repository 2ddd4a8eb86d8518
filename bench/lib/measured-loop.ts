/**
 * Suite 6's closed loop as a reusable measurement, for any server that answers the
 * workload (tourbus, or the floor's bare server): an unmeasured warm-up, then `total`
 * tasks with `concurrency` in flight, each complete when both replies reached one
 * Socket.IO client; with the server process's CPU per task from /proc.
 */
import { runClosedLoop } from "./closed-loop";
import { readCpuMs } from "./process-cpu";
import { connectClients } from "./reply-tracker";
import { makeTaskSender } from "./task-sender";

export type LoopTarget = { baseUrl: string; pid: number; cookie: string; authorization: string };

export type LoopOutcome = {
  tasksPerSecond: number;
  cpuMsPerTask: number;
  completed: number;
  errors: number;
  firstError?: string;
  elapsedMs: number;
};

export async function measureClosedLoop(
  target: LoopTarget,
  shape: { total: number; concurrency: number; warmUp: number },
  between?: { afterWarmUp?: () => Promise<void> },
): Promise<LoopOutcome> {
  const [tracker] = await connectClients(target.baseUrl, target.cookie, 1);
  try {
    const loop = async (total: number) => {
      const sender = makeTaskSender(target.baseUrl, target.authorization);
      let completed = 0;
      let missing = 0;
      const { elapsedMs } = await runClosedLoop({
        total,
        concurrency: shape.concurrency,
        runOne: async (i) => {
          const task = await sender.send(i);
          if (!task) return;
          await tracker!.whenComplete(task.id, 30_000);
          if (tracker!.completedAt.has(task.id)) completed++;
          else missing++;
        },
      });
      return { completed, errors: sender.errors.length + missing, firstError: sender.errors[0], elapsedMs };
    };
    await loop(shape.warmUp);
    await between?.afterWarmUp?.();
    const cpuBefore = readCpuMs(target.pid);
    const run = await loop(shape.total);
    const cpuMs = readCpuMs(target.pid) - cpuBefore;
    return { ...run, tasksPerSecond: run.completed / (run.elapsedMs / 1000), cpuMsPerTask: cpuMs / run.completed };
  } finally {
    tracker?.close();
  }
}
