/**
 * What the benchmarks led to, carried into every BENCHMARKS.md: changes made on this
 * branch, and fixes in shared code that were measured by hand (patch applied locally,
 * suite re-run, patch reverted) and are left to their owners.
 */

export const CHANGES: string[] = [
  "**Bus hot path** (`lib/messaging/message-bus.ts`, `destination-runtime.ts`): no promise for a queued dispatch, one small context object per delivery instead of closures, no observer work when nobody observes. `node --cpu-prof` had `deliver` at ~30% self time and GC at ~17%; the in-memory rate went from ~32k to ~170–320k msg/s.",
  "**Durable log batched** (`lib/server/db/batch-writer.ts`, `lib/server/bus/prisma-message-store.ts`): writes asked for in the same moment share one transaction; appends and delivery updates are multi-row SQL through Prisma (`$queryRaw`/`$executeRaw`, `ON CONFLICT`) instead of `create`/`upsert` per row, because Prisma's query building costs more CPU per row than SQLite. Suite 2 with 100 sends in flight: ~600 → ~2,800 msg/s (0.2 → 0.85 of raw better-sqlite3 writing the same rows).",
  "**Delivery records written behind** the work: a listener's next delivery does not wait for the previous one's \"done\" to commit (safe: listeners are idempotent, and a record lost in a crash only means a redelivery; the crash suite checks exactly-once).",
  "**SQLite WAL + synchronous=NORMAL** at server start (`lib/server/db/prepare-database.ts`): no fsync per commit; a process crash (kill -9) loses nothing committed.",
  "**zod out of the browser bundle**: modules the browser imports (`lib/shared/task.ts`, `window-state.ts`, `theme.ts`, `gear-format.ts`) no longer hold schemas: first-load JS of `/` 180.9 → ~174 kB gzip with the portal's new chrome (dnd-kit) and the Message Bus portlet added meanwhile.",
];

export const PROPOSALS: string[] = [
  "**End to end at 50 tasks/s is over capacity** (missed by far): one task costs ~25 database statements or flushes in sequence on a *serial* destination (task, event log, request; per listener: activity row, event, reply append; per reply: lookup, reply row, event; gear reservation), each ~1 ms of Prisma CPU on this machine, so the serial pipeline tops out near 20–25 tasks/s and a 50/s burst queues up (p50 in seconds). Next steps, in order of yield: write the listeners' own rows (activity, reply, event) through the batch writer so one delivery pays one flush; look up the task by correlation id once (use the task id as the correlation id); cache the gear list; run Setup and Inventory for *different* tasks at once while keeping one-at-a-time per task (a keyed serial destination).",
  "**Coalesce Socket.IO pushes** in `lib/server/realtime/publish.ts`: each task is 5 broadcasts (`task:added`, `listener:activity` ×2, `task:reply` ×2), each a frame and a `writev` per client; a profile of the fan-out suite had ~39% of server CPU in `writev` and ~30% in stream/engine.io/ws write paths. One frame per client per tick (a `batch` event), or room-scoped `listener:activity`, cuts the syscalls. The fan-out clients share the 2 cores with the server (their event-loop delay is reported).",
  "**Page weight** (~174 kB, target 150): what remains is React and Next's runtime (~130 kB), Socket.IO's client (~15 kB) and dnd-kit (~15 kB). Loading dnd-kit only when a drag starts, or the Message Bus portlet's code only when it is shown, are the candidates.",
  "**Bus core vs EventEmitter** (~12–20×, target 2×): the remaining cost is the bus's contract, not waste: an async `send` that resolves on acceptance, a UUID and a frozen, timestamped envelope, each listener awaited in turn, a macrotask hop per drain, statistics per delivery. EventEmitter is one synchronous call per listener. 2× would mean dropping those guarantees; an absolute target (≥ 150k msg/s in memory) or an awaited-serial-queue baseline would be the fair comparison.",
];
