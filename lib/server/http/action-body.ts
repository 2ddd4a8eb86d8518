import "server-only";
import { IncomingMessage, type ServerResponse } from "node:http";
import { AppError, isAppError } from "../app-error";
import { errorAnswer, MAX_JSON_BYTES, readNodeBytes } from "./responses";

/** Deeper than any form's reply encoding goes (a few levels): more is an attack on the decoder's recursion. */
export const MAX_ACTION_NESTING = 256;

/**
 * A server action call: Next routes a POST with a Next-Action header to the action it
 * names, and a page's form posted before its script ran (multipart or urlencoded, the
 * action named in its fields) too. Pages take no other POST; /api/ routes read their own.
 */
export function isServerAction(req: IncomingMessage): boolean {
  if (req.method !== "POST") return false;
  if (typeof req.headers["next-action"] === "string") return true;
  const type = req.headers["content-type"] ?? "";
  return !req.url?.startsWith("/api/") && /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type);
}

/**
 * Reads a server action's body ahead of Next, and answers the ones Next would fail on
 * with a bare 500 in the app's error shape instead: over 64 KiB (next.config.ts's
 * bodySizeLimit, the API's JSON limit) 413 `payload_too_large`, nested deeper than
 * MAX_ACTION_NESTING 400 `invalid_json`. Nothing runs for those. Otherwise resolves with
 * a request that replays the body to Next; undefined when it has answered.
 */
export async function screenActionBody(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | undefined> {
  let body: Buffer;
  try {
    body = await readNodeBytes(req);
  } catch (error) {
    // Worded as Next's bodySizeLimit is, in KiB: the API's own 413 counts bytes.
    if (isAppError(error))
      return refuse(res, new AppError(error.code, `The request body is larger than ${MAX_JSON_BYTES / 1024} KiB.`));
    throw error; // the client went away mid-body
  }
  if (nestingDepth(body) > MAX_ACTION_NESTING) {
    return refuse(res, new AppError("invalid_json", "The request body is nested too deeply."));
  }
  return replay(req, body);
}

/** The deepest run of unclosed brackets and braces: cheap, and no JSON a form sends comes near the limit. */
export function nestingDepth(body: Buffer): number {
  let depth = 0;
  let deepest = 0;
  for (const byte of body) {
    if (byte === 0x5b || byte === 0x7b) deepest = Math.max(deepest, ++depth);
    else if ((byte === 0x5d || byte === 0x7d) && depth > 0) depth--;
  }
  return deepest;
}

/** Answers now; a body still arriving is drained by readNodeBytes, so the connection stays usable. */
function refuse(res: ServerResponse, error: AppError): undefined {
  const { status, headers, body } = errorAnswer(error);
  res.writeHead(status, { ...headers, "content-type": "application/json" }).end(JSON.stringify(body));
  return undefined;
}

/** The same request with its body read again from memory, as Next reads a request. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
  });
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}
