import "server-only";
import type { ServerResponse } from "node:http";
import type { ErrorBody } from "@/lib/shared/error-codes";

/**
 * True when the path cannot be percent-decoded ("/api/tasks/%FF"). Next answers such
 * a request with a bare 500 before any route runs, so server.ts refuses it first.
 */
export function hasMalformedPath(url: string | undefined): boolean {
  try {
    decodeURIComponent((url ?? "/").split("?")[0] ?? "/");
    return false;
  } catch {
    return true;
  }
}

export function refuseMalformedPath(res: ServerResponse): void {
  const body: ErrorBody = {
    error: { code: "invalid_input", message: "The address is not valid: it has broken percent-encoding." },
  };
  res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify(body));
}
