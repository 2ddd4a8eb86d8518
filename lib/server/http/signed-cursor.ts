import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { CURSOR_ERROR, cursorPayload, readCursorPayload, type TaskCursor } from "@/lib/shared/task-query";
import { AppError } from "../app-error";
import { env } from "../env";

/** Its own purpose in the HMAC: a cursor's signature is never a valid session's, or the reverse. */
const PURPOSE = "tourbus task cursor v1:";

const mac = (payload: string) =>
  createHmac("sha256", env.AUTH_SECRET)
    .update(PURPOSE + payload)
    .digest("base64url");

/** A page cursor as the API hands it out: its payload and an HMAC of it with the server's secret. */
export function signCursor(cursor: TaskCursor): string {
  const payload = cursorPayload(cursor);
  return `${payload}.${mac(payload)}`;
}

/**
 * The cursor's time and id, if this server (or one with its secret) wrote it; else a
 * 400 at the `cursor` field. A well-formed cursor with another time is refused too:
 * docs/api.md promises 400 for "a cursor this server did not write".
 */
export function verifyCursor(text: string): TaskCursor {
  const [payload = "", signature = "", ...rest] = text.split(".");
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(signature);
  const cursor =
    rest.length === 0 && given.length === expected.length && timingSafeEqual(given, expected)
      ? readCursorPayload(payload)
      : undefined;
  if (!cursor) throw new AppError("invalid_input", "Some query parameters are invalid.", { fields: { cursor: CURSOR_ERROR } });
  return cursor;
}
