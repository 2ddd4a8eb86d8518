import "server-only";
import type { CatchUp, PortalEvent, PortalEventType } from "@/lib/shared/realtime-events";
import { db } from "../db/client";

/** More missed events than this and the page reloads instead of replaying them. */
export const CATCH_UP_LIMIT = 500;

/** The events of `types` logged after `seq`, oldest first, for a page catching up. */
export async function eventsSince(seq: number, types: readonly PortalEventType[]): Promise<CatchUp> {
  const rows = await db.portalEvent.findMany({
    where: { seq: { gt: seq }, type: { in: [...types] } },
    orderBy: { seq: "asc" },
    take: CATCH_UP_LIMIT + 1,
  });
  if (rows.length > CATCH_UP_LIMIT) return { reset: true };
  return {
    events: rows.map((row) => ({ seq: row.seq, type: row.type, data: JSON.parse(row.data) }) as PortalEvent),
  };
}

/** The newest event's number: a page rendered now has seen everything up to it. */
export async function latestEventSeq(): Promise<number> {
  const { _max } = await db.portalEvent.aggregate({ _max: { seq: true } });
  return _max.seq ?? 0;
}

/** Keeps the log bounded: catch-up needs only the recent past. */
export async function pruneEvents(keep = 10_000): Promise<number> {
  const latest = await latestEventSeq();
  const { count } = await db.portalEvent.deleteMany({ where: { seq: { lte: latest - keep } } });
  return count;
}
