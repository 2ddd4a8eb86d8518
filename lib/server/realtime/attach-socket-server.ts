import "server-only";
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { z } from "zod";
import { INSPECTOR_ROOM } from "../bus/inspector-feed";
import { log } from "../log";
import { eventsSince } from "./events-since";
import { setRealtimeServer, type RealtimeServer } from "./publish";

const seqSchema = z.number().int().min(0);

/** Socket.IO on the HTTP server Next already uses: one port for pages and pushes. */
export function attachSocketServer(httpServer: HttpServer, options: { busId: string }): RealtimeServer {
  const io: RealtimeServer = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 16_384 });
  setRealtimeServer(io);
  io.on("connection", (socket) => {
    // Lets a client (and the tests) check that pages and actions share this bus.
    socket.emit("bus:hello", { busId: options.busId });
    socket.on("inspector:join", () => void socket.join(INSPECTOR_ROOM));
    socket.on("events:since", async (seq, ack) => {
      if (typeof ack !== "function") return;
      const parsed = seqSchema.safeParse(seq);
      if (!parsed.success) return ack({ error: "events:since takes a whole number ≥ 0" });
      try {
        ack(await eventsSince(parsed.data));
      } catch (err) {
        log.error({ err }, "catch-up failed");
        ack({ error: "catch-up failed; reload the page" });
      }
    });
  });
  return io;
}
