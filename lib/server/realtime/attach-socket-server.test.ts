import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SESSION_ENDED, type CatchUp, type PortalEvent, type PortalEventTuple } from "@/lib/shared/realtime-events";
import { ROLES, type Role } from "@/lib/shared/roles";
import { auth } from "../auth/auth";
import { db } from "../db/client";
import { attachSocketServer } from "./attach-socket-server";
import { push, signedInSockets } from "./publish";
import type { RealtimeServer } from "./publish";
import { roomOf, userRoom } from "./rooms";
import { permissionsOf } from "../access/permissions";

// The Socket.IO handlers on a real HTTP server at a port the kernel chose, without
// Next (as socket.io's own suite tests its server): real handshakes, real sessions.

const PASSWORD = "socket-test-pass";
const emailOf = (role: Role) => `${role}@socket.test`;
let http: HttpServer;
let io: RealtimeServer;
let url: string;
const cookies = new Map<Role, string>();
const sockets: Socket[] = [];

async function signIn(role: Role): Promise<string> {
  const response = await auth.api.signInEmail({ body: { email: emailOf(role), password: PASSWORD }, asResponse: true });
  const cookie = response.headers.getSetCookie().find((line) => line.includes("session_token"));
  if (!cookie) throw new Error(`no session cookie for ${role}`);
  return cookie.split(";")[0]!;
}

/** A socket with `cookie`, resolved once connected; rejected with the handshake's refusal. */
function open(cookie?: string): Promise<Socket> {
  const socket = connect(url, {
    transports: ["websocket"],
    reconnection: false,
    extraHeaders: cookie ? { cookie } : {},
  });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

/** Every portal event type the socket is pushed, from "batch" frames. */
function record(socket: Socket): string[] {
  const types: string[] = [];
  socket.on("batch", (events: PortalEventTuple[]) => types.push(...events.map(([type]) => type)));
  return types;
}

const since = (socket: Socket, seq: unknown): Promise<CatchUp> => socket.timeout(5_000).emitWithAck("events:since", seq);

beforeAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: "@socket.test" } } });
  const hash = await hashPassword(PASSWORD);
  for (const role of ROLES) {
    const id = randomUUID();
    await db.user.create({
      data: {
        id,
        email: emailOf(role),
        name: role,
        role,
        emailVerified: true,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: hash } },
      },
    });
    cookies.set(role, await signIn(role));
  }
  http = createServer();
  io = attachSocketServer(http, { busId: "socket-test" });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await io.close();
});

describe("Socket.IO handlers on a real server", () => {
  beforeEach(async () => {
    await db.portalEvent.deleteMany();
  });

  it("refuse a handshake without a session, or with a forged one", async () => {
    await expect(open()).rejects.toThrow("unauthenticated");
    await expect(open("better-auth.session_token=forged.signature")).rejects.toThrow("unauthenticated");
  });

  it("count only signed-in sockets as open pages: refused handshakes are not pages", async () => {
    const before = signedInSockets(io);
    await Promise.allSettled([open(), open(), open("better-auth.session_token=forged.signature")]);
    const page = await open(cookies.get("roadie"));
    expect(signedInSockets(io)).toBe(before + 1);
    page.disconnect();
  });

  it("close a session's sockets when it signs out, in every tab, and no other session's", async () => {
    const [first, second] = [await signIn("manager"), await signIn("manager")];
    const tabs = await Promise.all([open(first), open(first)]);
    const elsewhere = await open(second);
    const told = tabs.map((tab) => new Promise<void>((resolve) => tab.once(SESSION_ENDED, () => resolve())));
    const closed = tabs.map((tab) => new Promise<void>((resolve) => tab.once("disconnect", () => resolve())));
    await auth.api.signOut({ headers: new Headers({ cookie: first }) });
    await Promise.all([...told, ...closed]);
    expect(tabs.map((tab) => tab.connected)).toEqual([false, false]);
    expect(elsewhere.connected).toBe(true);
    elsewhere.disconnect();
  });

  it("join each role to the rooms of its own permissions only", async () => {
    const connected = await Promise.all(ROLES.map((role) => open(cookies.get(role))));
    const rooms = new Map<string, string[]>();
    for (const socket of await io.fetchSockets()) {
      const joined = [...socket.rooms].filter((room) => room !== socket.id);
      // Besides its permissions' rooms, each socket is in its own user's room (ended together when an admin changes the user).
      expect(joined).toContain(userRoom(socket.data.user.id));
      rooms.set(socket.data.user.role, joined.filter((room) => room.startsWith("can:")).sort());
    }
    expect(rooms.get("manager")).toEqual(["can:tasks:add", "can:tasks:read"]);
    expect(rooms.get("roadie")).toEqual(["can:setup:read", "can:setup:report"]);
    expect(rooms.get("inventory")).toEqual(["can:inventory:edit", "can:inventory:read"]);
    expect(rooms.get("admin")).toEqual(permissionsOf("admin").map(roomOf).sort());

    // And a push reaches only those rooms: the inventory's activity, not the roadie's.
    const received = new Map(ROLES.map((role, i) => [role, record(connected[i]!)]));
    const activity = {
      id: "a1",
      listener: "inventory",
      requestId: "r1",
      taskName: "Amps",
      answer: "Reserved",
      createdAt: "",
    } as const;
    push({ seq: 1, type: "listener:activity", data: activity });
    await expect.poll(() => received.get("admin")).toEqual(["listener:activity"]);
    await expect.poll(() => received.get("inventory")).toEqual(["listener:activity"]);
    expect(received.get("roadie")).toEqual([]);
    expect(received.get("manager")).toEqual([]);
  });

  it("answer events:since with the missed events each role may read", async () => {
    const logged: Omit<PortalEvent, "seq">[] = [
      {
        type: "task:added",
        data: {
          id: "t1",
          name: "Amps",
          description: "",
          status: "Open",
          gear: [],
          createdAt: "",
          expected: ["setup"],
          replies: [],
        },
      },
      {
        type: "listener:activity",
        data: { id: "a1", listener: "setup", requestId: "r1", taskName: "Amps", answer: "Yes", createdAt: "" },
      },
      { type: "inventory:stock", data: [] },
    ];
    for (const event of logged) await db.portalEvent.create({ data: { type: event.type, data: JSON.stringify(event.data) } });
    const typesFor = async (role: Role) => {
      const answer = await since(await open(cookies.get(role)), 0);
      return "events" in answer ? answer.events.map((event) => event.type) : answer;
    };

    // The manager follows the stock too: the Tasks form's gear picker offers what is stocked.
    expect(await typesFor("manager")).toEqual(["task:added", "inventory:stock"]);
    expect(await typesFor("roadie")).toEqual(["listener:activity"]);
    expect(await typesFor("inventory")).toEqual(["inventory:stock"]);
    expect(await typesFor("admin")).toEqual(["task:added", "listener:activity", "inventory:stock"]);
  });

  it("answer a bad events:since with an error, and only the missed events after a good one", async () => {
    const socket = await open(cookies.get("admin"));
    for (const bad of ["12", -1, 1.5, null, { seq: 1 }]) {
      expect(await since(socket, bad)).toEqual({ error: "events:since takes a whole number ≥ 0" });
    }
    const first = await db.portalEvent.create({ data: { type: "inventory:stock", data: "[]" } });
    await db.portalEvent.create({ data: { type: "inventory:stock", data: "[]" } });
    const answer = await since(socket, first.seq);
    expect("events" in answer && answer.events.map((event) => event.seq)).toEqual([first.seq + 1]);
  });
});
