import "server-only";
import { BatchWriter } from "./batch-writer";
import { db } from "./client";
import { log } from "../log";

const key = Symbol.for("tourbus.writes");
type Holder = { [key]?: BatchWriter };

/**
 * The process's one batch writer, shared by the bus's log and the event log, so
 * their rows land in the same transactions instead of queueing for the connection.
 */
export const writes: BatchWriter = ((globalThis as Holder)[key] ??= new BatchWriter(db, (err, kind) =>
  log.warn({ err, kind }, "batched write failed; retrying item by item"),
));
