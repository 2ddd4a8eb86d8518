import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SESSION_ENDED, TOO_MANY_SOCKETS, type PortalEvent, type PortalEventTuple } from "@/lib/shared/realtime-events";
import { auth } from "../auth/auth";
import { db } from "../db/client";
import { env } from "../env";
import type { RedisClients } from "../redis/redis-clients";
import { freePort, redisTestRun, startOwnRedis, stopOwnRedis } from "../redis/redis-test-support";
import { attachSocketServer } from "./attach-socket-server";
import { endUserSockets } from "./end-user-sockets";
import { push, setRealtimeServer, type RealtimeServer } from "./publish";

// Two Socket.IO servers (two instances) on ports the kernel chose, sharing the
// machine's Redis through the streams adapter under a key prefix of this run: what a
// browser on one instance sees of what the other does. Without Next, as
// attach-socket-server.test.ts.

const PASSWORD = "cluster-test-pass";
const EMAIL = "manager@cluster.test";
let cookie: string;
let userId: string;
const sockets: Socket[] = [];

type Instance = { http: HttpServer; io: RealtimeServer; url: string };

async function startInstance(redis: RedisClients, keyPrefix: string): Promise<Instance> {
  const http = createServer();
  const io = attachSocketServer(http, { busId: `cluster-${randomUUID()}`, redis, keyPrefix });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  return { http, io, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}

/** A signed-in page's socket on `instance`, resolved once connected; rejected with the refusal. */
function open(instance: Instance): Promise<Socket> {
  const socket = connect(instance.url, { transports: ["websocket"], reconnection: false, extraHeaders: { cookie } });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

/** The tasks' pushes a socket gets, by sequence number. */
function pushedSeqs(socket: Socket): number[] {
  const seqs: number[] = [];
  socket.on("batch", (events: PortalEventTuple[]) => seqs.push(...events.map(([, , seq]) => seq)));
  return seqs;
}

const task = (seq: number): PortalEvent => ({
  seq,
  type: "task:added",
  data: { id: `t${seq}`, name: "Amps", description: "", status: "Open", gear: [], createdAt: "", expected: [], replies: [] },
});

beforeAll(async () => {
  await db.user.deleteMany({ where: { email: EMAIL } });
  userId = randomUUID();
  await db.user.create({
    data: {
      id: userId,
      email: EMAIL,
      name: "Cluster manager",
      role: "manager",
      emailVerified: true,
      accounts: {
        create: { id: randomUUID(), accountId: userId, providerId: "credential", password: await hashPassword(PASSWORD) },
      },
    },
  });
  const response = await auth.api.signInEmail({ body: { email: EMAIL, password: PASSWORD }, asResponse: true });
  cookie = response.headers
    .getSetCookie()
    .find((line) => line.includes("session_token"))!
    .split(";")[0]!;
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.disconnect();
});

afterAll(async () => {
  await db.user.deleteMany({ where: { email: EMAIL } });
});

describe("two instances sharing the machine's Redis", () => {
  const run = redisTestRun("realtime-cluster");
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    b = await startInstance(await run.connect(), run.prefix);
    // push() and endUserSockets() use the process's server: A's (the last attached).
    a = await startInstance(await run.connect(), run.prefix);
  });

  afterAll(async () => {
    await Promise.all([a?.io.close(), b?.io.close()]);
    await run.cleanup();
  });

  it("a push made on A reaches a page connected to B, through the room broadcast", async () => {
    const onB = await open(b);
    const onA = await open(a);
    const seenOnB = pushedSeqs(onB);
    const seenOnA = pushedSeqs(onA);
    setRealtimeServer(a.io, { clustered: true });
    push(task(1));
    push(task(2));
    await expect.poll(() => seenOnB, { timeout: 5_000 }).toEqual([1, 2]);
    await expect.poll(() => seenOnA).toEqual([1, 2]);
  });

  it("ending a user's sockets from A tells and closes their pages on both instances", async () => {
    const pages = [await open(a), await open(b), await open(b)];
    const told = pages.map((socket) => new Promise<void>((resolve) => socket.once(SESSION_ENDED, () => resolve())));
    const closed = pages.map((socket) => new Promise<string>((resolve) => socket.once("disconnect", resolve)));
    setRealtimeServer(a.io, { clustered: true });
    expect(await a.io.in(`user:${userId}`).fetchSockets()).toHaveLength(3);

    endUserSockets(userId);

    await Promise.all(told);
    expect(await Promise.all(closed)).toEqual(["io server disconnect", "io server disconnect", "io server disconnect"]);
    await expect.poll(async () => (await b.io.in(`user:${userId}`).fetchSockets()).length).toBe(0);
  });

  it(`caps one user at ${env.SOCKETS_PER_USER} sockets across both instances`, async () => {
    for (let i = 0; i < env.SOCKETS_PER_USER; i++) await open(i % 2 === 0 ? a : b);
    await expect(open(a)).rejects.toThrow(TOO_MANY_SOCKETS);
    await expect(open(b)).rejects.toThrow(TOO_MANY_SOCKETS);
    // A page closed on B frees a slot for one on A.
    sockets[1]!.disconnect();
    await expect.poll(async () => (await a.io.in(`user:${userId}`).fetchSockets()).length).toBe(env.SOCKETS_PER_USER - 1);
    await expect(open(a)).resolves.toBeTruthy();
  });
});

describe("after Redis restarts (socket.io-redis-streams-adapter#32)", () => {
  let port: number;
  let redis: Awaited<ReturnType<typeof startOwnRedis>>;
  let run: ReturnType<typeof redisTestRun>;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    port = await freePort();
    redis = await startOwnRedis(port);
    run = redisTestRun("realtime-restart", `redis://127.0.0.1:${port}`);
    b = await startInstance(await run.connect(), run.prefix);
    a = await startInstance(await run.connect(), run.prefix);
  });

  afterAll(async () => {
    await Promise.all([a?.io.close(), b?.io.close()]);
    await run.cleanup();
    await stopOwnRedis(redis);
  });

  it("room broadcasts and fetchSockets/disconnectSockets across instances work again", async () => {
    const onB = await open(b);
    const seen = pushedSeqs(onB);
    setRealtimeServer(a.io, { clustered: true });
    push(task(10));
    await expect.poll(() => seen, { timeout: 5_000 }).toEqual([10]);

    await stopOwnRedis(redis);
    redis = await startOwnRedis(port);

    // Pushes made once the connections are back arrive; none is promised during the outage
    // (a page catches up from the database when it reconnects).
    await expect
      .poll(
        () => {
          push(task(seen.length + 11));
          return seen.length;
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBeGreaterThan(1);
    await expect.poll(async () => (await a.io.in(`user:${userId}`).fetchSockets()).length, { timeout: 10_000 }).toBe(1);
    const closed = new Promise((resolve) => onB.once("disconnect", resolve));
    endUserSockets(userId);
    await expect(closed).resolves.toBe("io server disconnect");
  }, 40_000);
});
