import "server-only";
import { db } from "../db/client";
import { problemWhere } from "./problem-where";

/** Replies per round: each round is two short updates. */
const BATCH = 1_000;

/**
 * Decides TaskReply.problem for replies stored before the column existed (the migration
 * adds it empty: the rule is the plugged responders', problem-where.ts). Runs after the
 * server listens (lifecycle/backfill.ts); finds them through the partial index of
 * unclassified replies, so a start with none left reads nothing. Returns how many it classified.
 */
export async function classifyReplies(): Promise<number> {
  let classified = 0;
  for (;;) {
    const ids = (await db.taskReply.findMany({ where: { problem: null }, select: { id: true }, take: BATCH })).map(
      (row) => row.id,
    );
    if (ids.length === 0) return classified;
    await db.$transaction([
      db.taskReply.updateMany({ where: { id: { in: ids }, ...problemWhere() }, data: { problem: true } }),
      db.taskReply.updateMany({ where: { id: { in: ids }, problem: null }, data: { problem: false } }),
    ]);
    classified += ids.length;
  }
}
