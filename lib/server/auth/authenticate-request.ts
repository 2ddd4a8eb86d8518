import "server-only";
import { AppError } from "../app-error";
import type { Permission } from "../access/permissions";
import { refreshStoredGrants } from "../access/stored-grants";
import { isSameOrigin } from "../http/same-origin";
import { log } from "../log";
import { userFromApiToken } from "./api-tokens";
import { checkPermission, userFromSession, type SignedInUser } from "./read-session";

/** What the checks read of a request: Next's Request, or what server.ts's own routes pass. */
export type ApiRequest = Pick<Request, "headers" | "method" | "url">;

/** Methods that change something: a cookie may carry them only from the portal's own pages. */
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * For the HTTP API: a bearer token (`Authorization: Bearer tb_…`) or, for the
 * portal's own pages, the session cookie. A presented token is never second-guessed
 * by a cookie: a bad token is 401 even in a signed-in browser.
 */
export async function authenticateRequest(request: ApiRequest, permission: Permission | null): Promise<SignedInUser> {
  const authorization = request.headers.get("authorization");
  const user =
    authorization === null
      ? await userOfSession(request)
      : (await Promise.all([userFromApiToken(/^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? ""), refreshStoredGrants()]))[0];
  if (!user) {
    throw new AppError(
      "unauthenticated",
      "A valid API token is required: send `Authorization: Bearer <token>` (create one on the API tokens page).",
    );
  }
  return checkPermission(user, permission);
}

/**
 * For managing API tokens: a signed-in browser session only. A token that could
 * mint tokens would turn one leak into a permanent one.
 */
export async function authenticateSession(request: ApiRequest): Promise<SignedInUser> {
  if (request.headers.get("authorization") !== null) {
    throw new AppError("forbidden", "API tokens cannot manage API tokens: sign in to do this.");
  }
  return checkPermission(await userOfSession(request), null);
}

/** The session cookie's user; a write it carries must come from the portal's own origin. */
async function userOfSession(request: ApiRequest): Promise<SignedInUser | null> {
  const user = await userFromSession(request.headers);
  if (user) refuseCrossOriginWrite(request);
  return user;
}

/**
 * SameSite=Lax keeps the cookie off most cross-site posts, but not off a sibling
 * site's (another port or subdomain counts as the same site), nor off every browser's:
 * a write that rides on the cookie must come from the portal's own origin. A token is
 * not sent by browsers on their own, so token calls need no such check.
 */
function refuseCrossOriginWrite(request: ApiRequest): void {
  if (!STATE_CHANGING.has(request.method)) return;
  const { headers } = request;
  const origin = headers.get("origin");
  const fetchSite = headers.get("sec-fetch-site");
  if (isSameOrigin({ origin, host: headers.get("host"), fetchSite })) return;
  log.warn(
    { method: request.method, path: new URL(request.url).pathname, origin, fetchSite },
    "refused: cross-origin write with a session cookie",
  );
  throw new AppError(
    "cross_origin",
    "Refused: a signed-in browser may change data only from the portal's own pages. " +
      "Scripts and other sites: use an API token (Authorization: Bearer …).",
  );
}
