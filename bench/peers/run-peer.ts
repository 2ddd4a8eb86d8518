/**
 * The seed workload on one peer broker, shaped as the tourbus throughput suite's:
 * a closed loop of N tasks at concurrency C, then a fixed rate (50/s). A task is
 * complete when both its replies (setup, inventory) were consumed from the reply
 * queue; latency = publish start → second reply consumed.
 */
import { randomBytes } from "node:crypto";
import { wallNow } from "../lib/clock";
import { runClosedLoop } from "../lib/closed-loop";
import { sendAtFixedRate } from "../lib/fixed-rate";
import type { PeerRow } from "../lib/peer-table";
import { summarize } from "../lib/percentiles";
import type { BenchOptions } from "../lib/types";
import { seedTask, workloadSize } from "../lib/workload";
import type { Peer, PeerReply, PeerTopology } from "./peer";

const CONNECT_TIMEOUT_MS = 3_000;
/** Per task in the closed loop: a wedged broker ends the run instead of hanging it. */
const TASK_TIMEOUT_MS = 30_000;

/** Completion per task id: both replies in, and when. */
class Completions {
  private readonly seen = new Map<string, Set<string>>();
  readonly doneAt = new Map<string, number>();
  private readonly waiters = new Map<string, () => void>();

  record(reply: PeerReply): void {
    if (this.doneAt.has(reply.taskId)) return;
    const seen = this.seen.get(reply.taskId) ?? new Set<string>();
    seen.add(reply.from);
    this.seen.set(reply.taskId, seen);
    if (seen.size < 2) return;
    this.seen.delete(reply.taskId);
    this.doneAt.set(reply.taskId, wallNow());
    this.waiters.get(reply.taskId)?.();
    this.waiters.delete(reply.taskId);
  }

  when(taskId: string, timeoutMs: number): Promise<void> {
    if (this.doneAt.has(taskId)) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(taskId);
        resolve();
      }, timeoutMs);
      this.waiters.set(taskId, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

export async function runPeer(peer: Peer, options: BenchOptions): Promise<PeerRow> {
  const row = { system: peer.system, durability: peer.durability, durable: peer.durable };
  let connection: Awaited<ReturnType<Peer["connect"]>>;
  try {
    connection = await withTimeout(peer.connect(CONNECT_TIMEOUT_MS), CONNECT_TIMEOUT_MS, "connect");
  } catch (error) {
    const reason = `skipped: not reachable (${message(error)})`;
    options.log(`  ${peer.system}: ${reason}`);
    return { ...row, tasksPerSecond: Number.NaN, p50: Number.NaN, p99: Number.NaN, skipped: reason };
  }
  // Unique names per run, so parallel or crashed runs never share a queue.
  const runId = `tourbus-bench-${randomBytes(4).toString("hex")}`;
  const completions = new Completions();
  let topology: PeerTopology;
  try {
    topology = await connection.open(runId, (reply) => completions.record(reply));
  } catch (error) {
    await connection.abandon().catch(() => {});
    throw new Error(`${peer.system}: could not set up its queues: ${message(error)}`, { cause: error });
  }
  try {
    const size = workloadSize(options.quick);
    let sequence = 0;
    const errors: string[] = [];
    /** Publishes the next task; returns its id and start time, or undefined if the broker refused it. */
    const publishOne = async (): Promise<{ id: string; sentAt: number } | undefined> => {
      const i = sequence++;
      const id = `${runId}-${i}`;
      const sentAt = wallNow();
      try {
        await topology.publish({ id, ...seedTask(i, topology.replyDestination) });
        return { id, sentAt };
      } catch (error) {
        errors.push(message(error));
        return undefined;
      }
    };

    // Unmeasured warm-up, as for tourbus.
    await runClosedLoop({
      total: options.quick ? 20 : 100,
      concurrency: 10,
      runOne: async () => {
        const sent = await publishOne();
        if (sent) await completions.when(sent.id, TASK_TIMEOUT_MS);
      },
    });

    const loopLatencies: number[] = [];
    const { elapsedMs } = await runClosedLoop({
      total: size.tasks,
      concurrency: size.concurrency,
      runOne: async () => {
        const sent = await publishOne();
        if (!sent) return;
        await completions.when(sent.id, TASK_TIMEOUT_MS);
        const done = completions.doneAt.get(sent.id);
        if (done !== undefined) loopLatencies.push(done - sent.sentAt);
      },
    });
    const tasksPerSecond = loopLatencies.length / (elapsedMs / 1000);

    const atRate: { id: string; sentAt: number }[] = [];
    const drainMs = options.quick ? 5_000 : 10_000;
    const { scheduled } = await sendAtFixedRate({
      perSecond: size.peerRatePerSecond,
      durationMs: size.peerRateMs,
      settleMs: drainMs,
      send: async () => {
        const sent = await publishOne();
        if (sent) atRate.push(sent);
      },
    });
    await Promise.all(atRate.map((t) => completions.when(t.id, drainMs)));
    const rateLatencies = atRate.flatMap((t) => {
      const done = completions.doneAt.get(t.id);
      return done === undefined ? [] : [done - t.sentAt];
    });
    const s = summarize(rateLatencies);
    const incomplete = size.tasks - loopLatencies.length + (scheduled - rateLatencies.length);
    options.log(
      `  ${peer.system}: ${tasksPerSecond.toFixed(0)} tasks/s; at ${size.peerRatePerSecond}/s p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms; ${incomplete} incomplete, ${errors.length} publish errors`,
    );
    return {
      ...row,
      tasksPerSecond,
      p50: s.p50,
      p99: s.p99,
      ...((incomplete > 0 || errors.length > 0) && {
        note: `${incomplete} tasks incomplete, ${errors.length} publish errors${errors[0] ? ` (first: ${errors[0]})` : ""}`,
      }),
    };
  } finally {
    await topology.close().catch((error: unknown) => options.log(`  ${peer.system}: cleanup failed: ${message(error)}`));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
