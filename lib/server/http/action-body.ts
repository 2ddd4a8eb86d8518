import "server-only";
import { IncomingMessage, type ServerResponse } from "node:http";
import { AppError } from "../app-error";
import { errorAnswer, MAX_JSON_BYTES } from "./responses";

/** Deeper than any form's reply encoding goes (a few levels): more is an attack on the decoder's recursion. */
export const MAX_ACTION_NESTING = 256;

/** A server action call: Next routes a POST with this header to the action it names. */
export function isServerAction(req: IncomingMessage): boolean {
  return req.method === "POST" && typeof req.headers["next-action"] === "string";
}

/**
 * Reads a server action's body ahead of Next, and answers the ones Next would fail on
 * with a bare 500 in the app's error shape instead: over 64 KiB (next.config.ts's
 * bodySizeLimit, the API's JSON limit) 413 `payload_too_large`, nested deeper than
 * MAX_ACTION_NESTING 400 `invalid_json`. Nothing runs for those. Otherwise resolves with
 * a request that replays the body to Next; undefined when it has answered.
 */
export async function screenActionBody(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | undefined> {
  const tooLarge = new AppError("payload_too_large", `The request body is larger than ${MAX_JSON_BYTES / 1024} KiB.`);
  if (Number(req.headers["content-length"]) > MAX_JSON_BYTES) return refuse({ req, res, error: tooLarge });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BYTES) return refuse({ req, res, error: tooLarge });
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  if (nestingDepth(body) > MAX_ACTION_NESTING) {
    return refuse({ req, res, error: new AppError("invalid_json", "The request body is nested too deeply.") });
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

function refuse(options: { req: IncomingMessage; res: ServerResponse; error: AppError }): undefined {
  const { status, headers, body } = errorAnswer(options.error);
  // The rest of the body is not read: the connection closes after the answer.
  options.res
    .writeHead(status, { ...headers, "content-type": "application/json", connection: "close" })
    .end(JSON.stringify(body));
  options.req.resume();
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
