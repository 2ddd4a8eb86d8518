import "server-only";
import { isIP } from "node:net";
import proxyaddr from "proxy-addr";

/**
 * Whom the X-Forwarded-* headers may be believed from: nobody (false, the default:
 * any client can send them), the peer whatever its address (true: the server is only
 * reachable through one proxy), or peers matching these entries — addresses, CIDR
 * ranges and proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`), as Express's
 * `trust proxy` takes them.
 */
export type TrustProxy = boolean | readonly string[];

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) and "10.0.0.1" are one address. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/**
 * TRUST_PROXY as written: "false" (or empty), "true", or entries separated by commas.
 * Returns the problem in words when an entry is neither an address, a range nor a name.
 */
export function parseTrustProxy(value: string): { trust: TrustProxy } | { problem: string } {
  const text = value.trim();
  if (text === "false" || text === "") return { trust: false };
  if (text === "true") return { trust: true };
  const entries = text
    .split(",")
    .map((entry) => normalizeAddress(entry))
    .filter(Boolean);
  const invalid = entries.filter((entry) => !compiles(entry));
  if (invalid.length > 0) {
    return {
      problem:
        `"true", "false" or proxies separated by commas — addresses, ranges (10.0.0.0/8) or loopback, linklocal, uniquelocal; ` +
        `not one of those: ${invalid.join(", ")}`,
    };
  }
  return { trust: entries };
}

function compiles(entry: string): boolean {
  try {
    proxyaddr.compile(entry);
    return true;
  } catch {
    return false;
  }
}

const compiled = new WeakMap<readonly string[], (address: string, hop: number) => boolean>();
const isLoopback = proxyaddr.compile("loopback");

function trusts(trust: TrustProxy, address: string): boolean {
  if (typeof trust === "boolean") return trust;
  if (isIP(address) === 0) return false;
  let check = compiled.get(trust);
  if (!check) compiled.set(trust, (check = proxyaddr.compile([...trust])));
  return check(address, 0);
}

/** The entries of a comma-separated forwarding header, nearest hop last. */
function hops(header: string | string[] | undefined): string[] {
  const text = Array.isArray(header) ? header.join(",") : (header ?? "");
  return text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * The client's address. Without a trusted peer, the socket's own. Behind one, read
 * X-Forwarded-For from the right (each proxy appends the address it saw): with
 * `true` the last entry is the client; with a list each trusted proxy is skipped, as
 * proxy-addr does, except a loopback entry: a proxy on this machine wrote it about a
 * client on this machine, and skipping it would believe whatever that client wrote
 * further left (a local process could then pick any address the lockout keys on).
 * Entries further left than the client's were written by the client and are never believed.
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
    if (options.trust === true || isLoopback(entry, 0) || !trusts(options.trust, entry)) return entry;
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
