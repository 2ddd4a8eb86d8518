import "server-only";
import { AppError } from "../app-error";
import type { Permission } from "../bus/permissions";
import { userFromApiToken } from "./api-tokens";
import { checkPermission, userFromSession, type SignedInUser } from "./read-session";

/**
 * For the HTTP API: a bearer token (`Authorization: Bearer tb_…`) or, for the
 * portal's own pages, the session cookie. A presented token is never second-guessed
 * by a cookie: a bad token is 401 even in a signed-in browser.
 */
export async function authenticateRequest(request: { headers: Headers }, permission: Permission | null): Promise<SignedInUser> {
  const authorization = request.headers.get("authorization");
  const user =
    authorization === null
      ? await userFromSession(request.headers)
      : await userFromApiToken(/^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? "");
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
export async function authenticateSession(request: Request): Promise<SignedInUser> {
  if (request.headers.get("authorization") !== null) {
    throw new AppError("forbidden", "API tokens cannot manage API tokens: sign in to do this.");
  }
  return checkPermission(await userFromSession(request.headers), null);
}
