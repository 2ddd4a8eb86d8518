import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ErrorBody } from "@/lib/shared/error-codes";
import { processValue, setProcessValue } from "../start/process-slot";

/** True once the server has been told to stop: it finishes what it took, and takes nothing new. */
export function isDraining(): boolean {
  return processValue<boolean>("draining") === true;
}

export function startDraining(): void {
  setProcessValue("draining", true);
}

/** Seconds a client should wait before sending again (to this instance restarted, or another). */
const RETRY_AFTER_SECONDS = 5;

/**
 * While draining, new work is refused with 503 (a load balancer sends it elsewhere, a
 * client retries): anything that changes something, at any path. Reads still answer,
 * so pages and health checks keep working until the server is gone.
 */
export function refuseNewWorkWhileDraining(req: IncomingMessage, res: ServerResponse): boolean {
  if (!isDraining() || req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return false;
  const body: ErrorBody = {
    error: { code: "shutting_down", message: "The server is stopping and takes no new work; send again in a moment." },
  };
  res
    .writeHead(503, {
      "content-type": "application/json",
      "retry-after": String(RETRY_AFTER_SECONDS),
      connection: "close",
      "cache-control": "no-store",
    })
    .end(JSON.stringify(body));
  return true;
}
