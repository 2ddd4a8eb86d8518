import "server-only";
import { createHash } from "node:crypto";
import type { TaskView } from "@/lib/shared/task";
import { AppError } from "@/lib/server/app-error";
import type { SqlTx } from "@/lib/server/db/sql-tx";
import { writes } from "@/lib/server/db/writes";
import { currentResponders } from "./expected-replies";
import { claimIdempotencyKey, idempotencyKey, pruneIdempotencyKeysBefore } from "./tasks.sql";

/** How long a key's first answer is kept: a client retrying for a day gets the same task. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
/** Visible ASCII, as HTTP header values are; long enough for a UUID or a client's own scheme. */
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/** A request that may be retried: whose key it is, the key, and what was asked. */
export type Idempotency = { userId: string; key: string; requestHash: string };

/**
 * The Idempotency-Key of a request (header, or the form's hidden field), checked; the
 * same key from two users is two keys. undefined when the client sent none; an empty
 * header is refused, as a key is 1–200 characters (the form leaves its field empty until
 * hydrated, and passes undefined for that).
 */
export function idempotencyOf(options: {
  userId: string;
  key: string | null | undefined;
  input: unknown;
}): Idempotency | undefined {
  const { userId, key, input } = options;
  if (key === null || key === undefined) return undefined;
  if (!KEY_PATTERN.test(key)) {
    throw new AppError("invalid_input", "The Idempotency-Key is not valid.", {
      fields: { "Idempotency-Key": "Use 1 to 200 visible ASCII characters, e.g. a UUID." },
    });
  }
  const requestHash = createHash("sha256").update(JSON.stringify(input)).digest("hex");
  return { userId, key, requestHash };
}

/**
 * Claims the key for `task` in the write that stores it, or returns the task the key
 * was first answered with. The claim is the insert itself, on the key's primary key:
 * writes of one group commit run side by side, and a second instance's transaction
 * waits on the row, so a read before the insert would let two requests both see a new
 * key. A key past its TTL is claimed again; a live one is never overwritten.
 */
export async function claimKey(tx: SqlTx, idempotency: Idempotency, task: TaskView): Promise<TaskView | undefined> {
  const now = new Date();
  const claimed = await tx.run(
    claimIdempotencyKey,
    idempotency.userId,
    idempotency.key,
    idempotency.requestHash,
    task.id,
    JSON.stringify(task),
    now,
    new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS),
  );
  return claimed > 0 ? undefined : earlierAnswer(tx, idempotency);
}

/**
 * The answer kept for a key another request claimed. The same key with another
 * request is refused: the client reused a key, and guessing which request it meant
 * would be wrong either way.
 */
async function earlierAnswer(tx: SqlTx, idempotency: Idempotency): Promise<TaskView> {
  const row = await tx.get(idempotencyKey, idempotency.userId, idempotency.key);
  if (!row) throw new Error("an Idempotency-Key's row vanished inside the transaction that found it");
  if (row.requestHash !== idempotency.requestHash) {
    throw new AppError(
      "idempotency_conflict",
      "This Idempotency-Key was used with a different request: use a new key for a new task.",
    );
  }
  const task = JSON.parse(row.response) as TaskView;
  // Answers kept from before tasks listed whom they wait for went to the responders of then.
  return { ...task, expected: task.expected ?? currentResponders() };
}

/** Forgets answers older than the TTL (at start and now and then). */
export function pruneIdempotencyKeys(): Promise<number> {
  const cutoff = new Date(Date.now() - IDEMPOTENCY_KEY_TTL_MS);
  return writes.write((tx) => tx.run(pruneIdempotencyKeysBefore, cutoff));
}
