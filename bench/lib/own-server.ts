/**
 * Making sure the bench only ever writes to a server it started itself: a port it
 * found free, and the busId that its own child logged at start equal to the one
 * `/api/health` answers with. (Issue 10: a fixed default port once drove a server
 * that was already running and wrote 2,710 tasks into someone's database.)
 */
import { createServer } from "node:net";

/** A port nobody listens on right now, from the kernel (bind 127.0.0.1:0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("no free port from the kernel"))));
    });
  });
}

export type ReadyLine = { port: number; busId: string };

/**
 * The server's pino line "tourbus ready on http://localhost:<port>" carries `port`
 * and `busId`; any other line (or non-JSON output) gives undefined.
 */
export function parseReadyLine(line: string): ReadyLine | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const entry = JSON.parse(line) as { msg?: unknown; port?: unknown; busId?: unknown };
    if (typeof entry.msg !== "string" || !entry.msg.startsWith("tourbus ready on")) return undefined;
    if (typeof entry.port !== "number" || typeof entry.busId !== "string") return undefined;
    return { port: entry.port, busId: entry.busId };
  } catch {
    return undefined;
  }
}

/** Thrown when the server at an address is not the one the bench started. */
export class ForeignServerError extends Error {
  override name = "ForeignServerError";
}

/**
 * Resolves when `/api/health` at `baseUrl` answers 200 with `expectedBusId`; throws
 * ForeignServerError when it answers with another busId (or none), so nothing is sent there.
 */
export async function verifyOwnServer(baseUrl: string, expectedBusId: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/health`);
  const body = (await response.json().catch(() => ({}))) as { busId?: unknown };
  if (response.status !== 200 || body.busId !== expectedBusId) {
    throw new ForeignServerError(
      `refusing to drive ${baseUrl}: /api/health answered HTTP ${response.status} with busId ${JSON.stringify(body.busId)}, but the server this bench started logged busId ${JSON.stringify(expectedBusId)}`,
    );
  }
}
