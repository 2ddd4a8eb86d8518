import type { SentTask } from "./task-sender";

/** Messages between bench/fan-out.bench.ts and its client processes (bench/fan-out-clients.ts). */
export type ToClients = { type: "finish"; sent: SentTask[]; drainMs: number };

export type FromClients =
  | { type: "ready"; connectMs: number }
  | {
      type: "result";
      latencies: Float64Array;
      missing: number;
      disconnects: number;
      /** Socket.IO events the process's clients received, summed. */
      frames: number;
      /** p99 event-loop delay of the client process (ms): high means the clients, not the server, were saturated. */
      loopDelayP99Ms: number;
    }
  | { type: "error"; message: string };
