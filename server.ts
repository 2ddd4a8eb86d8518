/**
 * The one process: Next's request handler and Socket.IO on one HTTP server, and the
 * message bus they share (see lib/server/bus/get-bus.ts for why it is on globalThis).
 */
import { createServer } from "node:http";
import next from "next";
import { Server } from "socket.io";
import { getBus } from "@/lib/server/bus/get-bus";
import { db } from "@/lib/server/db/client";
import { seedDemoData } from "@/lib/server/demo/seed-demo-data";
import { env } from "@/lib/server/env";
import { log } from "@/lib/server/log";
import { setRealtimeServer, type RealtimeServer } from "@/lib/server/realtime/publish";

const bus = getBus();
const app = next({ dev: env.NODE_ENV !== "production", hostname: env.HOSTNAME, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

const httpServer = createServer((req, res) => void handle(req, res));
const io: RealtimeServer = new Server(httpServer, { serveClient: false });
setRealtimeServer(io);
io.on("connection", (socket) => {
  // Lets a client (and the tests) check that pages and actions share this bus.
  socket.emit("bus:hello", { busId: bus.instanceId });
});

if (env.SEED_DEMO_DATA && (await seedDemoData())) log.info("seeded demo gear, crew and tasks");

httpServer.listen(env.PORT, env.HOSTNAME, () => {
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : env.PORT;
  log.info({ port, busId: bus.instanceId, mode: env.NODE_ENV }, `tourbus ready on http://localhost:${port}`);
});

async function shutdown(signal: string): Promise<void> {
  log.info({ signal }, "shutting down");
  io.close();
  await bus.idle();
  await db.$disconnect();
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
