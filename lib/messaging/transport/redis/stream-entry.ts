import type { Message } from "../../types";
import type { WorkItem } from "../transport";

/**
 * A stream entry's fields: the message id (so recovery can list what is queued without
 * parsing payloads), the message itself (so a fresh send runs without reading
 * the store), the listeners it is for when not all (a replay), and a flag saying the
 * store decides what is still open (a message re-queued by recovery).
 */
export function encodeEntry(item: WorkItem): string[] {
  const { message } = item;
  const fields = ["i", message.id, "m", JSON.stringify({ ...message, createdAt: message.createdAt.toISOString() })];
  if (item.listeners) fields.push("l", JSON.stringify(item.listeners));
  if (item.resume) fields.push("r", "1");
  return fields;
}

/** Reads an entry back; throws on an entry this code did not write. */
export function decodeEntry(fields: readonly string[]): WorkItem {
  const values = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) values.set(fields[i]!, fields[i + 1]!);
  const raw = values.get("m");
  if (!raw) throw new Error("stream entry without a message");
  const parsed = JSON.parse(raw) as Omit<Message, "createdAt"> & { createdAt: string };
  const message: Message = Object.freeze({
    ...parsed,
    headers: Object.freeze({ ...parsed.headers }),
    createdAt: new Date(parsed.createdAt),
  });
  const listeners = values.get("l");
  return {
    message,
    ...(listeners ? { listeners: JSON.parse(listeners) as string[] } : {}),
    ...(values.get("r") === "1" ? { resume: true } : {}),
  };
}
