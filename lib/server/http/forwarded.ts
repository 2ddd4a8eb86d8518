import "server-only";
import { isIP } from "node:net";

/**
 * Whom the X-Forwarded-* headers may be believed from: nobody (false, the default:
 * any client can send them), the peer whatever its address (true: the server is only
 * reachable through one proxy), or peers at these addresses.
 */
export type TrustProxy = boolean | readonly string[];

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) and "10.0.0.1" are one address. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

function trusts(trust: TrustProxy, address: string): boolean {
  return trust === true || (Array.isArray(trust) && trust.includes(address));
}

/** The entries of a comma-separated forwarding header, nearest hop last. */
function hops(header: string | string[] | undefined): string[] {
  const text = Array.isArray(header) ? header.join(",") : (header ?? "");
  return text.split(",").map((entry) => entry.trim()).filter(Boolean);
}

/**
 * The client's address. Without a trusted peer, the socket's own. Behind one, read
 * X-Forwarded-For from the right (each proxy appends the address it saw): with
 * `true` the last entry is the client, with a list each listed proxy is skipped;
 * entries further left were written by the client and are never believed.
 */
export function clientAddress(options: {
  remoteAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trust: TrustProxy;
}): string {
  const peer = normalizeAddress(options.remoteAddress ?? "unknown");
  if (!trusts(options.trust, peer)) return peer;
  const entries = hops(options.forwardedFor).map(normalizeAddress);
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    if (isIP(entry) === 0) return peer;
    if (options.trust === true || !trusts(options.trust, entry)) return entry;
  }
  return peer;
}

/** Did a trusted proxy receive this request over https (X-Forwarded-Proto)? */
export function forwardedHttps(options: {
  remoteAddress: string | undefined;
  forwardedProto: string | string[] | undefined;
  trust: TrustProxy;
}): boolean {
  if (!trusts(options.trust, normalizeAddress(options.remoteAddress ?? ""))) return false;
  return hops(options.forwardedProto).at(-1)?.toLowerCase() === "https";
}
