import "server-only";
import { env } from "../env";

export type OriginHeaders = { origin?: string | null; host?: string | null; fetchSite?: string | null };

/** AUTH_URL's origin: the address people open when a proxy's Host differs from it. */
const configuredOrigin = env.AUTH_URL ? new URL(env.AUTH_URL).origin : undefined;

/**
 * Did a request come from the portal's own pages? Browsers attach the session cookie
 * to requests that any site (or a sibling port of this one) makes, and say who made
 * them: `Origin` (compared with the request's Host, or AUTH_URL), else
 * `Sec-Fetch-Site` ("same-origin", or "none" for one the user typed). A request with
 * neither comes from a script, not a browser page, and carries its cookie on purpose.
 * One rule for HTTP API writes and Socket.IO handshakes.
 */
export function isSameOrigin({ origin, host, fetchSite }: OriginHeaders): boolean {
  if (origin) {
    try {
      // "null" (a sandboxed frame, a file: page) does not parse: never the portal.
      const url = new URL(origin);
      return url.host === host || url.origin === configuredOrigin;
    } catch {
      return false;
    }
  }
  return !fetchSite || fetchSite === "same-origin" || fetchSite === "none";
}
