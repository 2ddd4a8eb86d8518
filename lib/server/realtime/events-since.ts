import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { CatchUp, PortalEvent } from "@/lib/shared/realtime-events";
import type { Role } from "@/lib/shared/roles";
import { mayReadEvent } from "../access/permissions";
import { db } from "../db/client";

/** More missed events than this and the page reloads instead of replaying them. */
export const CATCH_UP_LIMIT = 500;

/**
 * The events logged after `seq` that `role` may read (the same rule as the live
 * pushes, permissions.ts), oldest first, for a page catching up.
 */
export async function eventsSince(seq: number, role: Role): Promise<CatchUp> {
  const rows = await db.portalEvent.findMany({
    where: { seq: { gt: seq } },
    orderBy: { seq: "asc" },
    take: CATCH_UP_LIMIT + 1,
  });
  if (rows.length > CATCH_UP_LIMIT) return { reset: true };
  const events = rows.map((row) => ({ seq: row.seq, type: row.type, data: JSON.parse(row.data) }) as PortalEvent);
  return { events: events.filter((event) => mayReadEvent(role, event)) };
}

/** The newest event's number: a page rendered now has seen everything up to it. */
export async function latestEventSeq(): Promise<number> {
  // Not aggregate({ _max }): Prisma wraps it in a subquery that reads the whole log (200 ms at 3,000,000 events, on every portal page).
  const latest = await db.portalEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return latest?.seq ?? 0;
}

/** Events deleted per statement: each delete is a short transaction, so writes keep flowing meanwhile. */
const PRUNE_BATCH = 1_000;
/**
 * The pause between batches: Prisma's SQLite deletes run on the event loop, so a log of
 * millions cut back without pauses would hold every request for seconds at a time.
 */
const PRUNE_PAUSE_MS = 50;

/**
 * Keeps the log bounded: catch-up needs only the recent past. Deletes from the oldest
 * up, a batch at a time with a pause between: a log that grew for months (or a million
 * tasks' events) is cut back while the server serves, never in one transaction that
 * holds every writer.
 */
export async function pruneEvents(keep = 10_000, pauseMs = PRUNE_PAUSE_MS): Promise<number> {
  const cutoff = (await latestEventSeq()) - keep;
  let pruned = 0;
  for (;;) {
    const oldest = await db.portalEvent.findFirst({
      where: { seq: { lte: cutoff } },
      orderBy: { seq: "asc" },
      select: { seq: true },
    });
    if (!oldest) return pruned;
    const upTo = Math.min(cutoff, oldest.seq + PRUNE_BATCH - 1);
    pruned += (await db.portalEvent.deleteMany({ where: { seq: { lte: upTo } } })).count;
    await sleep(pauseMs);
  }
}
