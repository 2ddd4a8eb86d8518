import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { authenticateRequest, type ApiRequest } from "../auth/authenticate-request";
import { env } from "../env";

/**
 * Who may read /metrics: a scraper presenting METRICS_TOKEN (`Authorization: Bearer …`,
 * no session needed), or a user with bus:inspect (an admin's API token or session).
 * Anyone else: 401 or 403, as for the API.
 */
export async function authorizeMetrics(request: ApiRequest): Promise<void> {
  const presented = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (env.METRICS_TOKEN && presented && sameSecret(presented, env.METRICS_TOKEN)) return;
  await authenticateRequest(request, "bus:inspect");
}

/** Compared as hashes: equal lengths for timingSafeEqual, and no early exit on the first differing byte. */
function sameSecret(a: string, b: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}
