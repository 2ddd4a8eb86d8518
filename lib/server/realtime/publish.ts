import "server-only";
import { SpanKind, type Span } from "@opentelemetry/api";
import type { Server } from "socket.io";
import type {
  ClientToServerEvents,
  PortalEvent,
  PortalEventMap,
  PortalEventTuple,
  PortalEventType,
  ServerToClientEvents,
} from "@/lib/shared/realtime-events";
import { readersOf } from "../access/permissions";
import type { DeferredRows, SqlTx } from "../db/sql-tx";
import { processValue, setProcessValue } from "../start/process-slot";
import { tracer } from "../tracing/in-span";
import { insertEvents } from "./events.sql";
import { roomOf } from "./rooms";

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>;

/**
 * Called once by start-up; the Socket.IO server then reaches every bundle through the
 * process slot. `clustered`: its adapter spans instances (REDIS_URL), so a room may hold
 * sockets this instance cannot see.
 */
export function setRealtimeServer(io: RealtimeServer, options: { clustered: boolean }): void {
  setProcessValue("io", io);
  setProcessValue("io.clustered", options.clustered);
}

export function getRealtimeServer(): RealtimeServer | undefined {
  return processValue<RealtimeServer>("io");
}

/**
 * Whether an emit to `room` may reach anyone: asked before building what a busy, often
 * unwatched feed would emit. On one instance, whether one of its sockets is in the room
 * (the adapter's own map, one lookup); across instances, always, since another
 * instance's sockets count and this one cannot see them without a round trip.
 */
export function mayReach(room: string): boolean {
  const io = getRealtimeServer();
  if (!io) return false;
  return processValue<boolean>("io.clustered") === true || (io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
}

type EventRow = { event: { seq: number }; type: PortalEventType; text: string; at: Date };

/** Rows per INSERT: well under SQLite's limit on bound parameters (3 each). */
const EVENT_CHUNK = 300;

/** A transaction's events: one INSERT per chunk, numbered in the order they were logged. */
const eventRows: DeferredRows<EventRow> = {
  name: "portal events",
  order: 2,
  async write(tx, rows) {
    for (let start = 0; start < rows.length; start += EVENT_CHUNK) {
      const chunk = rows.slice(start, start + EVENT_CHUNK);
      const { statement, params } = insertEvents.bind(chunk.map((row) => [row.type, row.text, row.at]));
      const inserted = await tx.all(statement, ...params);
      const seqs = inserted
        .map((row) => row.seq)
        // Rows go in in VALUES order, so ascending numbers match them one by one.
        .sort((a, b) => a - b);
      chunk.forEach((row, i) => (row.event.seq = seqs[i]!));
    }
  },
};

/**
 * Logs a portal event inside the caller's write, so the event commits with the change
 * it reports; its sequence number is set as the write commits (the events of one
 * commit are one statement). The log is what a page that was offline catches up
 * from; `push` the event once the write has committed.
 */
export function logEvent<T extends PortalEventType>(tx: SqlTx, type: T, data: PortalEventMap[T]): PortalEvent {
  const event = { type, data, seq: 0 } as PortalEvent;
  tx.defer(eventRows, { event, type, text: JSON.stringify(data), at: new Date() });
  return event;
}

/** Pushes waiting for the end of this stretch of work, by the rooms they go to. */
let outbox = new Map<string, { rooms: string[]; events: PortalEventTuple[]; spans: Span[] }>();
let flushQueued = false;

/**
 * From this many signed-in pages on this instance, pushes wait PUSH_WINDOW_MS to share a frame.
 * One task's events come from several commits a few milliseconds apart (the task, then
 * each listener's activity and reply), and each commit's frame costs a write per socket:
 * at 1,000 sockets and 20 tasks/s, 3.1 frames per socket per task were ~62,000 writes a
 * second, the largest part of the server's time (BENCHMARKS.md, fan-out). Fewer pages
 * flush at the end of the commit's turn, as before: their writes are cheap and a lone
 * page's latency is what a person sees.
 */
export const WIDE_AUDIENCE = 100;
/** Short beside a person's reaction time, long beside one task's commits (~1–5 ms apart on a server that is not busy). */
export const PUSH_WINDOW_MS = 20;

/**
 * Sends a logged event to every open page whose user may read it (permissions.ts).
 * Pushes made together (one commit's, or a burst's; with a wide audience, a short
 * window's) leave as one "batch" frame per group of rooms: one write per socket
 * instead of one per event.
 */
export function push(event: PortalEvent): void {
  // Called once the change has committed: a push that fails must not turn a stored change
  // into an error answer (and a retry). The event is in the log; pages catch up on reconnect.
  try {
    queuePush(event);
  } catch (error) {
    // Imported here, not at the top: the logger reads the settings (env.ts), and the features'
    // modules, which import this one, are loaded before a test has made its settings.
    void import("../log").then(({ log }) =>
      log.error({ err: error, event: event.type, seq: event.seq }, "a committed event could not be pushed"),
    );
  }
}

function queuePush(event: PortalEvent): void {
  const io = getRealtimeServer();
  if (!io) return;
  // What may throw comes before the outbox is touched: a push half-queued would hold every later one.
  const rooms = readersOf(event.type, event.data as never).map(roomOf);
  // Asked only by the push that queues the flush: the others join it.
  const wide = !flushQueued && signedInSockets(io) >= WIDE_AUDIENCE;
  const group = rooms.join(" ");
  const pending = outbox.get(group) ?? { rooms, events: [], spans: [] };
  pending.events.push([event.type, event.data, event.seq] as PortalEventTuple);
  // Child of what made the event (a request, a reply's delivery); it ends once the frame is emitted.
  pending.spans.push(
    tracer.startSpan(`push ${event.type}`, {
      kind: SpanKind.PRODUCER,
      attributes: { "tourbus.event.seq": event.seq, "tourbus.push.rooms": rooms.length },
    }),
  );
  outbox.set(group, pending);
  if (flushQueued) return;
  flushQueued = true;
  if (wide) setTimeout(flushPushes, PUSH_WINDOW_MS);
  else queueMicrotask(flushPushes);
}

/**
 * This instance's signed-in sockets (the pages pushes go to). Not the engine's count of
 * connections, which also holds handshakes the server is refusing: an anonymous client
 * opening hundreds must not change how every page's pushes are sent.
 */
export function signedInSockets(io: RealtimeServer): number {
  return io.sockets.sockets.size;
}

function flushPushes(): void {
  flushQueued = false;
  const io = getRealtimeServer();
  const groups = outbox;
  outbox = new Map();
  for (const { rooms, events, spans } of groups.values()) {
    io?.to(rooms).emit("batch", events);
    for (const span of spans) span.end();
  }
}
