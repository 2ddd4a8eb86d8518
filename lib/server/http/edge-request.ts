import "server-only";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { CLIENT_IP_HEADER } from "../auth/client-ip";
import { env } from "../env";
import { clientAddress, forwardedHttps } from "./forwarded";

/**
 * What server.ts does to every HTTP request before Next sees it:
 * - sets the client's address (the sign-in lockout keys on it), replacing any value a
 *   client sent: the socket's, or X-Forwarded-For's when TRUST_PROXY trusts the peer;
 * - behind a trusted proxy that took the request over https, marks every cookie
 *   Secure (better-auth decides that once, from AUTH_URL, not per request) and asks the
 *   browser to use https only from then on (HSTS; a year, this host only: whether the
 *   operator's other subdomains all speak https is not ours to say);
 * - answers under /api/ are `Cache-Control: no-store`: they hold a user's data, and
 *   no browser or shared cache may keep them (pages get Next's own no-store).
 */
export function prepareRequest(req: IncomingMessage, res: ServerResponse): void {
  const trust = env.TRUST_PROXY;
  const remoteAddress = req.socket.remoteAddress;
  req.headers[CLIENT_IP_HEADER] = clientAddress({ remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trust });
  if (forwardedHttps({ remoteAddress, forwardedProto: req.headers["x-forwarded-proto"], trust })) {
    secureCookies(res);
    res.setHeader("Strict-Transport-Security", "max-age=31536000");
  }
  if (req.url?.startsWith("/api/")) res.setHeader("Cache-Control", "no-store");
}

/** Adds `Secure` to each Set-Cookie as the headers are written (set through setHeader or writeHead). */
function secureCookies(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const cookies = res.getHeader("set-cookie");
    if (cookies !== undefined) res.setHeader("set-cookie", withSecure(cookies));
    const headers = args.find(
      (arg): arg is OutgoingHttpHeaders => typeof arg === "object" && arg !== null && !Array.isArray(arg),
    );
    for (const name of Object.keys(headers ?? {})) {
      if (name.toLowerCase() === "set-cookie") headers![name] = withSecure(headers![name]!);
    }
    return writeHead(...args);
  }) as typeof res.writeHead;
}

function withSecure(value: number | string | readonly string[]): string[] {
  const cookies = Array.isArray(value) ? (value as readonly string[]) : [String(value)];
  return cookies.map((cookie) => (/;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`));
}
