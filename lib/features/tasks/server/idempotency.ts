import "server-only";
import { createHash } from "node:crypto";
import type { TaskView } from "@/lib/shared/task";
import { AppError } from "@/lib/server/app-error";
import { dbTimestamp, type SqlTx } from "@/lib/server/db/sql-tx";
import { writes } from "@/lib/server/db/writes";
import { currentResponders } from "./expected-replies";

/** How long a key's first answer is kept: a client retrying for a day gets the same task. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
/** Visible ASCII, as HTTP header values are; long enough for a UUID or a client's own scheme. */
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** A request that may be retried: whose key it is, the key, and what was asked. */
export type Idempotency = { userId: string; key: string; requestHash: string };

/**
 * The Idempotency-Key of a request (header, or the form's hidden field), checked; the
 * same key from two users is two keys. undefined when the client sent none.
 */
export function idempotencyOf(options: { userId: string; key: string | null | undefined; input: unknown }): Idempotency | undefined {
  const { userId, key, input } = options;
  if (key === null || key === undefined || key === "") return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new AppError("invalid_input", "The Idempotency-Key is not valid.", {
      fields: { "Idempotency-Key": "Use 1 to 200 visible ASCII characters, e.g. a UUID." },
    });
  }
  const requestHash = createHash("sha256").update(JSON.stringify(input)).digest("hex");
  return { userId, key, requestHash };
}

/**
 * The task this key was first answered with, or undefined for a new key. The same key
 * with another request is refused: the client reused a key, and guessing which
 * request it meant would be wrong either way.
 */
export async function earlierAnswer(tx: SqlTx, idempotency: Idempotency): Promise<TaskView | undefined> {
  const row = await tx.get<{ requestHash: string; response: string; createdAt: string }>(
    `SELECT "requestHash", "response", "createdAt" FROM "IdempotencyKey" WHERE "userId" = ? AND "key" = ?`,
    idempotency.userId,
    idempotency.key,
  );
  if (!row || Date.now() - Date.parse(row.createdAt) > IDEMPOTENCY_KEY_TTL_MS) return undefined;
  if (row.requestHash !== idempotency.requestHash) {
    throw new AppError("idempotency_conflict", "This Idempotency-Key was used with a different request: use a new key for a new task.");
  }
  const task = JSON.parse(row.response) as TaskView;
  // Answers kept from before tasks listed whom they wait for went to the responders of then.
  return { ...task, expected: task.expected ?? currentResponders() };
}

/** Keeps the first answer for this key, in the write that stores the task. */
export async function recordAnswer(tx: SqlTx, idempotency: Idempotency, task: TaskView): Promise<void> {
  await tx.run(
    `INSERT INTO "IdempotencyKey" ("userId", "key", "requestHash", "taskId", "response", "createdAt") VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT ("userId", "key") DO UPDATE SET "requestHash" = excluded."requestHash", "taskId" = excluded."taskId",
       "response" = excluded."response", "createdAt" = excluded."createdAt"`,
    idempotency.userId,
    idempotency.key,
    idempotency.requestHash,
    task.id,
    JSON.stringify(task),
    dbTimestamp(new Date()),
  );
}

/** Forgets answers older than the TTL (at start and now and then). */
export function pruneIdempotencyKeys(): Promise<number> {
  const cutoff = dbTimestamp(new Date(Date.now() - IDEMPOTENCY_KEY_TTL_MS));
  return writes.write((tx) => tx.run(`DELETE FROM "IdempotencyKey" WHERE "createdAt" < ?`, cutoff));
}
