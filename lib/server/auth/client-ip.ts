import "server-only";

/**
 * The header server.ts sets on every request (lib/server/http/edge-request.ts),
 * replacing whatever a client sent: the socket's address, or X-Forwarded-For's
 * client when TRUST_PROXY trusts the peer — the one source of the caller's IP that a
 * client cannot forge.
 */
export const CLIENT_IP_HEADER = "x-tourbus-client-ip";

export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
