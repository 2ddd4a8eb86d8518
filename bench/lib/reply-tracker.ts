import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../lib/shared/realtime-events";
import { wallNow } from "./clock";
import { portalPushes, taskReplyOf } from "./portal-frames";

type PortalSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A task is complete once a reply from each of these has arrived (later ones, e.g. a roadie's, do not count). */
const NEEDED_REPLIES = ["setup", "inventory"] as const;

/**
 * One subscribed portal client: records, per task id, when both its replies (from
 * "setup" and from "inventory") had arrived, whether the server pushed them as
 * single events or inside coalesced "batch" frames (lib/portal-frames.ts). Websocket transport only, as a browser
 * settles on, without the polling upgrade dance. `cookie` is a signed-in session
 * (the server refuses the handshake without one); it only listens, never emits, so
 * the per-user limit on client events does not apply.
 */
export class ReplyTracker {
  readonly socket: PortalSocket;
  /** task id → wall-clock time both replies were in. */
  readonly completedAt = new Map<string, number>();
  /** task id → the needed repliers seen so far, until the task completes. */
  private readonly seen = new Map<string, Set<string>>();
  private readonly waiters = new Map<string, (() => void)[]>();
  disconnects = 0;
  /** Socket.IO events received: each is one frame on the wire, whatever it carries. */
  frames = 0;

  constructor(baseUrl: string, cookie: string) {
    this.socket = io(baseUrl, { transports: ["websocket"], reconnection: true, forceNew: true, extraHeaders: { cookie } });
    // onAny rather than on("task:reply"): the same listener then reads a "batch" frame too.
    this.socket.onAny((event: string, ...args: unknown[]) => {
      this.frames += 1;
      for (const push of portalPushes(event, args)) {
        const reply = taskReplyOf(push);
        if (reply) this.record(reply.taskId, reply.from);
      }
    });
    this.socket.on("disconnect", () => {
      this.disconnects += 1;
    });
  }

  private record(taskId: string, from: string): void {
    if (this.completedAt.has(taskId) || !(NEEDED_REPLIES as readonly string[]).includes(from)) return;
    const seen = this.seen.get(taskId) ?? new Set<string>();
    seen.add(from);
    if (seen.size < NEEDED_REPLIES.length) {
      this.seen.set(taskId, seen);
      return;
    }
    this.seen.delete(taskId);
    this.completedAt.set(taskId, wallNow());
    for (const wake of this.waiters.get(taskId) ?? []) wake();
    this.waiters.delete(taskId);
  }

  /**
   * Resolves when the task has both replies (at once if it already has: replies can
   * beat the POST's 201 back), or after `timeoutMs` (then `completedAt` lacks it).
   */
  whenComplete(taskId: string, timeoutMs: number): Promise<void> {
    if (this.completedAt.has(taskId)) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const rest = this.waiters.get(taskId)?.filter((w) => w !== wake) ?? [];
        if (rest.length) this.waiters.set(taskId, rest);
        else this.waiters.delete(taskId);
        resolve();
      }, timeoutMs);
      // Several callers may wait for one task; each is woken.
      this.waiters.set(taskId, [...(this.waiters.get(taskId) ?? []), wake]);
    });
  }

  connected(timeoutMs = 30_000): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("socket did not connect")), timeoutMs);
      this.socket.once("connect", () => {
        clearTimeout(timer);
        resolve();
      });
      // Refused by the server (e.g. not signed in): it will not retry, so fail now.
      this.socket.on("connect_error", (error) => {
        if (this.socket.active) return;
        clearTimeout(timer);
        reject(new Error(`socket refused: ${error.message}`));
      });
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** Connects `count` clients, `perWave` at a time, so the server is not hit by one burst of upgrades. */
export async function connectClients(baseUrl: string, cookie: string, count: number, perWave = 50): Promise<ReplyTracker[]> {
  const clients: ReplyTracker[] = [];
  for (let start = 0; start < count; start += perWave) {
    const wave = Array.from({ length: Math.min(perWave, count - start) }, () => new ReplyTracker(baseUrl, cookie));
    clients.push(...wave);
    await Promise.all(wave.map((client) => client.connected()));
  }
  return clients;
}

/** Latencies (ms) of every (task, client) pair that completed, and how many never did. */
export function latenciesFor(
  clients: readonly ReplyTracker[],
  sent: readonly { id: string; sentAt: number }[],
): { latencies: number[]; missing: number } {
  const latencies: number[] = [];
  let missing = 0;
  for (const client of clients) {
    for (const task of sent) {
      const done = client.completedAt.get(task.id);
      if (done === undefined) missing += 1;
      else latencies.push(done - task.sentAt);
    }
  }
  return { latencies, missing };
}

/** Waits until every client has both replies for every sent task, or the timeout passes. */
export async function waitForReplies(
  clients: readonly ReplyTracker[],
  sent: readonly { id: string }[],
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (clients.every((c) => sent.every((t) => c.completedAt.has(t.id)))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
