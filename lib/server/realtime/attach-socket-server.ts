import "server-only";
import type { Server as HttpServer } from "node:http";
import { createAdapter } from "@socket.io/redis-streams-adapter";
import { RateLimiterRes } from "rate-limiter-flexible";
import { Server, type Socket } from "socket.io";
import { z } from "zod";
import { SESSION_ENDED } from "@/lib/shared/realtime-events";
import { can, permissionsOf } from "../access/permissions";
import { env } from "../env";
import { limiterOn, storeOn } from "../limits/rate-limiter";
import { log } from "../log";
import { REDIS_KEY_PREFIX, type RedisClients } from "../redis/redis-clients";
import { eventsSince } from "./events-since";
import { INSPECTOR_ROOM, roleRoom, roomOf, sessionRoom, userRoom } from "./rooms";
import { setRealtimeServer, type RealtimeServer } from "./publish";
import { capSocketsPerUser, socketsElsewhere } from "./socket-cap";
import { allowOrigin, authenticateHandshake, sessionStillValid, type SocketData } from "./socket-auth";

const seqSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** Events a page sends in ten seconds before it is told to slow down (catch-ups are a handful). */
const EVENTS_PER_10_SECONDS = 30;
/** Largest message a client may send; the events it may send are tiny. */
const MAX_CLIENT_MESSAGE_BYTES = 4_096;
/** Checks a connected session this often, so an expired or ended one stops receiving. */
const SESSION_CHECK_MS = 60_000;
const CLIENT_EVENTS = new Set(["events:since", "inspector:join"]);
/** Events within one window after which a client that ignores "slow down" is disconnected. */
const CUT_OFF_AFTER_EVENTS = 3 * EVENTS_PER_10_SECONDS;

type Ack = (answer: { error: string }) => void;

export type SocketServerOptions = {
  busId: string;
  /**
   * Several instances (REDIS_URL): rooms, fetchSockets and disconnectSockets reach the
   * sockets of every instance through Redis, and the per-user limits count there.
   * Without it, this process's sockets and memory only.
   */
  redis?: RedisClients;
  /** Where this server's Redis keys and channels start (a test run's own); REDIS_KEY_PREFIX by default. */
  keyPrefix?: string;
};

/**
 * Socket.IO on the HTTP server Next already uses: one port for pages and pushes.
 * Only signed-in sessions connect; each joins the rooms of what its role may read.
 */
export function attachSocketServer(httpServer: HttpServer, options: SocketServerOptions): RealtimeServer {
  const { redis, keyPrefix = REDIS_KEY_PREFIX } = options;
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: MAX_CLIENT_MESSAGE_BYTES,
    allowRequest: (request, callback) => callback(null, allowOrigin(request)),
    // A connection that has not joined within this is closed: the portal's pages join in
    // milliseconds (their session is read once), and a client refused as not signed in
    // held its connection for Socket.IO's default 45 s.
    connectTimeout: 10_000,
    // The streams adapter (not the pub/sub one): it is the one that can keep Socket.IO's
    // connection-state recovery, and node-redis, not ioredis, is the client its room
    // broadcasts work with (socket.io-redis-streams-adapter#43).
    ...(redis && {
      adapter: createAdapter(redis.adapter, {
        streamName: `${keyPrefix}socket.io`,
        channelPrefix: `${keyPrefix}socket.io`,
        sessionKeyPrefix: `${keyPrefix}socket.io-session:`,
      }),
    }),
  });
  setRealtimeServer(io, { clustered: Boolean(redis) });
  const store = redis && storeOn(redis, keyPrefix);
  const limiter = limiterOn(store, { keyPrefix: "socket-events", points: EVENTS_PER_10_SECONDS, duration: 10 });

  io.use((socket, next) => void authenticateHandshake(socket, next));
  io.use(capSocketsPerUser(env.SOCKETS_PER_USER, redis && socketsElsewhere(io)));
  io.on("connection", (socket) => {
    const { user, sessionId } = socket.data as SocketData;
    void socket.join([...permissionsOf(user.role).map(roomOf), userRoom(user.id), sessionRoom(sessionId), roleRoom(user.role)]);
    watchSession(socket);
    // Lets a client (and the tests) check that pages and actions share this bus.
    socket.emit("bus:hello", { busId: options.busId });

    // Every client event passes here first: within the rate, a known name, the session alive.
    socket.use(([event, ...args], next) => {
      const ack = args.at(-1);
      const answer = (reason: string) => {
        if (typeof ack === "function") (ack as Ack)({ error: reason });
      };
      const refuse = (reason: string) => {
        log.warn({ userId: user.id, event: String(event).slice(0, 64), reason }, "socket event refused");
        answer(reason);
      };
      const check = async () => {
        try {
          await limiter.consume(user.id);
        } catch (res) {
          if (!(res instanceof RateLimiterRes)) throw res;
          // One log line per window, not one per event; a client that keeps on is cut off.
          if (res.consumedPoints === EVENTS_PER_10_SECONDS + 1) refuse("too many events: slow down");
          else answer("too many events: slow down");
          if (res.consumedPoints > CUT_OFF_AFTER_EVENTS) {
            log.warn({ userId: user.id }, "socket disconnected: kept sending past the rate limit");
            socket.disconnect(true);
          }
          return;
        }
        if (!CLIENT_EVENTS.has(event)) return refuse("unknown event");
        if (await sessionStillValid(socket)) return next();
        refuse("session ended");
        endSession(socket);
      };
      check().catch((err: unknown) => {
        log.error({ err, userId: user.id }, "socket event check failed");
        answer("unavailable; try again");
      });
    });

    socket.on("inspector:join", () => {
      if (can(user.role, "bus:inspect")) return void socket.join(INSPECTOR_ROOM);
      log.warn({ userId: user.id, role: user.role }, "socket refused: inspector room needs bus:inspect");
    });
    socket.on("events:since", async (seq, ack) => {
      // Sent with only a callback: answer it, or the caller would wait forever.
      if (typeof seq === "function") return void (seq as Ack)({ error: "events:since takes a whole number ≥ 0" });
      if (typeof ack !== "function") return log.warn({ userId: user.id }, "events:since without an answer callback");
      const parsed = seqSchema.safeParse(seq);
      if (!parsed.success) {
        log.warn({ userId: user.id }, "socket event refused: events:since takes a whole number");
        return ack({ error: "events:since takes a whole number ≥ 0" });
      }
      try {
        ack(await eventsSince(parsed.data, user.role));
      } catch (err) {
        log.error({ err }, "catch-up failed");
        ack({ error: "catch-up failed; reload the page" });
      }
    });
  });
  return io;
}

/** Disconnects the socket when its session ends (expired, signed out), checking at least once a minute. */
function watchSession(socket: Socket): void {
  let timer: NodeJS.Timeout | undefined;
  const check = async () => {
    if (socket.disconnected) return;
    if (await sessionStillValid(socket)) schedule();
    else endSession(socket);
  };
  const schedule = () => {
    const untilExpiry = (socket.data as SocketData).expiresAt.getTime() - Date.now();
    timer = setTimeout(() => void check(), Math.max(1_000, Math.min(untilExpiry, SESSION_CHECK_MS)));
  };
  socket.once("disconnect", () => clearTimeout(timer));
  schedule();
}

/** Tells the page why (it goes to sign-in) and closes the connection. */
function endSession(socket: Socket): void {
  socket.emit(SESSION_ENDED);
  socket.disconnect(true);
}
