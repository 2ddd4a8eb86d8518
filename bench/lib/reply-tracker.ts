import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "../../lib/shared/realtime-events";
import { wallNow } from "./clock";

type PortalSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * One subscribed portal client: records, per task id, when both its replies (from
 * "setup" and from "inventory") had arrived. Websocket transport only, as a browser
 * settles on, without the polling upgrade dance. `cookie` is a signed-in session
 * (the server refuses the handshake without one); it only listens, never emits, so
 * the per-user limit on client events does not apply.
 */
export class ReplyTracker {
  readonly socket: PortalSocket;
  /** task id → wall-clock time both replies were in. */
  readonly completedAt = new Map<string, number>();
  private readonly seen = new Map<string, string>();
  disconnects = 0;

  constructor(baseUrl: string, cookie: string) {
    this.socket = io(baseUrl, { transports: ["websocket"], reconnection: true, forceNew: true, extraHeaders: { cookie } });
    this.socket.on("batch", (events) => {
      for (const [type, data] of events) {
        if (type !== "task:reply") continue;
        const { taskId, reply } = data;
        const first = this.seen.get(taskId);
        if (first === undefined) this.seen.set(taskId, reply.from);
        else if (first !== reply.from && !this.completedAt.has(taskId)) this.completedAt.set(taskId, wallNow());
      }
    });
    this.socket.on("disconnect", () => {
      this.disconnects += 1;
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
