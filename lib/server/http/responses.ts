import "server-only";
import type { IncomingMessage } from "node:http";
import type { z } from "zod";
import { ERROR_STATUS, type ErrorBody } from "@/lib/shared/error-codes";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { englishValidationText } from "@/lib/shared/i18n/validation-text";
import { illFormedField } from "@/lib/shared/well-formed-text";
import { AppError, isAppError } from "../app-error";
import { classifyStorageError, type StorageFault } from "../db/storage-error";
import { log } from "../log";

/** JSON bodies larger than this are refused before parsing. */
export const MAX_JSON_BYTES = 64 * 1024;

/** What to answer for anything a request handler throws: status, headers and body. */
export function errorAnswer(error: unknown): { status: number; headers: Record<string, string>; body: ErrorBody } {
  const known = toAppError(error);
  if (known.code === "internal") log.error({ err: error }, "request failed");
  if (known.code === "storage_unavailable") log.warn({ err: error }, "write refused: storage unavailable");
  const body: ErrorBody = {
    error: { code: known.code, message: known.message, ...(known.fields ? { fields: known.fields } : {}) },
  };
  const retryAfter = known.code === "storage_unavailable" ? storageRetryAfter(error) : undefined;
  return { status: ERROR_STATUS[known.code], headers: retryAfter ? { "Retry-After": String(retryAfter) } : {}, body };
}

/** The error response for anything a route handler throws. */
export function errorResponse(error: unknown): Response {
  const { status, headers, body } = errorAnswer(error);
  return Response.json(body, { status, headers });
}

/** Reads a JSON body within the size limit and validates it with `schema`. */
export async function readJson<S extends z.ZodType<Record<string, unknown>>>(request: Request, schema: S): Promise<z.output<S>> {
  requireJsonContentType(request);
  return parseJson(await readBodyText(request), schema);
}

/** A JSON object's text, validated with `schema`; field errors name what is wrong. */
export function parseJson<S extends z.ZodType<Record<string, unknown>>>(text: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new AppError("invalid_json", "The body is not valid JSON.", { cause });
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new AppError("invalid_input", "The body must be a JSON object.");
  }
  const illFormed = illFormedField(json as Record<string, unknown>);
  if (illFormed !== undefined) {
    throw new AppError("invalid_input", "Some fields are invalid.", {
      fields: { [illFormed]: "Text must be valid Unicode (it holds a lone surrogate)." },
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const fields = toFieldErrors(parsed.error as z.ZodError<Record<string, unknown>>, englishValidationText) as Record<
      string,
      string
    >;
    throw new AppError("invalid_input", "Some fields are invalid.", { fields });
  }
  return parsed.data;
}

const STORAGE_MESSAGES: Record<StorageFault, string> = {
  busy: "The database is busy; nothing was saved. Try again in a moment.",
  full: "The server's disk is full; nothing was saved. Try again once space is freed.",
  "read-only": "The database cannot be written (it is read-only); nothing was saved.",
  io: "The database could not be written (an I/O error); nothing was saved.",
};

/** Seconds a client should wait before retrying a write the storage refused. */
const STORAGE_RETRY_AFTER: Record<StorageFault, number> = { busy: 1, full: 30, "read-only": 30, io: 10 };

function storageRetryAfter(error: unknown): number {
  const fault = classifyStorageError(error)?.fault ?? classifyStorageError((error as Error).cause)?.fault;
  return fault ? STORAGE_RETRY_AFTER[fault] : 5;
}

/** Bus and storage refusals arrive from another bundle: recognised by name, never instanceof. */
function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const storage = classifyStorageError(error);
  if (storage) return new AppError("storage_unavailable", STORAGE_MESSAGES[storage.fault], { cause: error });
  if (error instanceof Error && error.name === "QueueFullError") {
    return new AppError("busy", "The crew's queue is full; try again in a moment.", { cause: error });
  }
  if (error instanceof Error && error.name === "NotDeadLetterError") {
    return new AppError("not_found", error.message, { cause: error });
  }
  return new AppError("internal", "Something went wrong on our side.", { cause: error });
}

/** Refuses a body that is not declared as JSON (a form post cannot pass for an API call). */
export function requireJsonContentType(request: { headers: Headers }): void {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json(\s*;|$)/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON (Content-Type: application/json).");
  }
}

/**
 * The body as text, read only up to MAX_JSON_BYTES: a larger body is refused as
 * soon as it is seen to be larger, whether or not it declared its length. Takes a
 * web Request (Next's route handlers) or a Node request (server.ts's own routes).
 */
export async function readBodyText(request: Request | IncomingMessage): Promise<string> {
  if ("on" in request) return (await readNodeBytes(request)).toString("utf8");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_JSON_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A Node request's body as bytes, read only up to MAX_JSON_BYTES; a larger one is refused with the 413 and drained. */
export function readNodeBytes(request: IncomingMessage): Promise<Buffer> {
  if (Number(request.headers["content-length"] ?? 0) > MAX_JSON_BYTES) {
    drainRefusedBody(request, 0);
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= MAX_JSON_BYTES) return void chunks.push(chunk);
      request.off("data", onData);
      drainRefusedBody(request, size);
      reject(tooLarge());
    };
    request.on("data", onData);
    request.once("end", () => resolve(Buffer.concat(chunks)));
    request.once("error", reject);
  });
}

/**
 * A refused body is still read to its end and dropped, up to this many bytes. Most
 * clients send the whole body before they read the answer: closing the connection
 * under them turns the 413 into a reset (EPIPE) on their side. Past this, the
 * connection is closed; Node's requestTimeout bounds a slow sender.
 */
export const MAX_DRAINED_BYTES = 16 * 1024 * 1024;

function drainRefusedBody(request: IncomingMessage, alreadyRead: number): void {
  let read = alreadyRead;
  request.on("data", (chunk: Buffer) => {
    read += chunk.byteLength;
    if (read > MAX_DRAINED_BYTES) request.socket.destroy();
  });
  request.resume();
}

/** The 413 for a body over MAX_JSON_BYTES. */
function tooLarge(): AppError {
  return new AppError("payload_too_large", `The body must be at most ${MAX_JSON_BYTES} bytes.`);
}
