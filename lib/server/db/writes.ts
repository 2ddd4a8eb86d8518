import "server-only";
import { db } from "./client";
import { GroupCommit } from "./group-commit";

const key = Symbol.for("tourbus.writes");
type Holder = { [key]?: GroupCommit };

/**
 * The process's one group-commit writer, shared by the bus's log and the event log,
 * so their rows land in the same transactions instead of queueing for the connection.
 */
export const writes: GroupCommit = ((globalThis as Holder)[key] ??= new GroupCommit(db));
