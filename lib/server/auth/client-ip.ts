import "server-only";

/**
 * The header server.ts sets on every request from the socket's own address,
 * replacing whatever a client sent: the one source of the caller's IP that a client
 * cannot forge (x-forwarded-for can be, without a trusted proxy in front).
 */
export const CLIENT_IP_HEADER = "x-tourbus-client-ip";

export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) ?? "unknown";
}
