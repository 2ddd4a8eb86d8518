import "server-only";
import type { z } from "zod";
import { ERROR_STATUS, type ErrorBody } from "@/lib/shared/error-codes";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { illFormedField } from "@/lib/shared/well-formed-text";
import { AppError, isAppError } from "../app-error";
import { log } from "../log";

/** JSON bodies larger than this are refused before parsing. */
export const MAX_JSON_BYTES = 64 * 1024;

/** The error response for anything a route handler throws. */
export function errorResponse(error: unknown): Response {
  const known = toAppError(error);
  if (known.code === "internal") log.error({ err: error }, "request failed");
  const body: ErrorBody = {
    error: { code: known.code, message: known.message, ...(known.fields ? { fields: known.fields } : {}) },
  };
  return Response.json(body, { status: ERROR_STATUS[known.code] });
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
    const fields = toFieldErrors(parsed.error as z.ZodError<Record<string, unknown>>) as Record<string, string>;
    throw new AppError("invalid_input", "Some fields are invalid.", { fields });
  }
  return parsed.data;
}

/** Bus refusals arrive from another bundle: recognised by name, never instanceof. */
function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof Error && error.name === "QueueFullError") {
    return new AppError("busy", "The crew's queue is full; try again in a moment.", { cause: error });
  }
  if (error instanceof Error && error.name === "NotDeadLetterError") {
    return new AppError("not_found", error.message, { cause: error });
  }
  return new AppError("internal", "Something went wrong on our side.", { cause: error });
}

/** Refuses a body that is not declared as JSON (a form post cannot pass for an API call). */
export function requireJsonContentType(request: Request): void {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json(\s*;|$)/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON (Content-Type: application/json).");
  }
}

/**
 * The body as text, read only up to MAX_JSON_BYTES: a larger body is refused as
 * soon as it is seen to be larger, whether or not it declared its length.
 */
export async function readBodyText(request: Request): Promise<string> {
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

/** The 413 for a body over MAX_JSON_BYTES. */
function tooLarge(): AppError {
  return new AppError("payload_too_large", `The body must be at most ${MAX_JSON_BYTES} bytes.`);
}
