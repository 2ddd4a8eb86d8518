import { expect, request as playwrightRequest, test as base, type APIRequestContext, type APIResponse } from "@playwright/test";
import { io, type Socket } from "socket.io-client";
import type { Role } from "@/lib/shared/roles";
import { apiAs, sessionCookieOf, storageStateOf } from "../support/auth";

/** What a bad request must not change: the task list, the bus's sends, the admin's tokens. */
export type StoreSnapshot = { taskCount: number; newestTaskId: string | undefined; setupRequestsSent: number };

type Fixtures = {
  /** The admin's bearer token: sees every task and the bus statistics. */
  adminApi: APIRequestContext;
  /** A client with neither token nor cookie. */
  anonymous: APIRequestContext;
  /** Bearer-token clients of other roles, made on demand and disposed after the test. */
  apiOf: (role: Role) => Promise<APIRequestContext>;
  /** A signed-in session (cookie only), made on demand and disposed after the test. */
  sessionOf: (role: Role) => Promise<APIRequestContext>;
  /** Socket.IO clients (no reconnection), closed after the test. */
  sockets: { open: (cookie?: string) => Socket; as: (role: Role) => Socket };
};

export const test = base.extend<Fixtures>({
  adminApi: async ({ baseURL }, use) => {
    const api = await apiAs(baseURL!, "admin");
    await use(api);
    await api.dispose();
  },
  anonymous: async ({ baseURL }, use) => {
    const api = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    await use(api);
    await api.dispose();
  },
  apiOf: async ({ baseURL }, use) => {
    const made: APIRequestContext[] = [];
    await use(async (role) => {
      const api = await apiAs(baseURL!, role);
      made.push(api);
      return api;
    });
    await Promise.all(made.map((api) => api.dispose()));
  },
  sessionOf: async ({ baseURL }, use) => {
    const made: APIRequestContext[] = [];
    await use(async (role) => {
      const api = await playwrightRequest.newContext({ baseURL, storageState: storageStateOf(role) });
      made.push(api);
      return api;
    });
    await Promise.all(made.map((api) => api.dispose()));
  },
  sockets: async ({ baseURL }, use) => {
    const opened: Socket[] = [];
    const open = (cookie?: string) => {
      const socket = io(baseURL!, {
        transports: ["websocket"],
        reconnection: false,
        forceNew: true,
        extraHeaders: cookie === undefined ? {} : { cookie },
      });
      opened.push(socket);
      return socket;
    };
    await use({ open, as: (role) => open(sessionCookieOf(role)) });
    for (const socket of opened) socket.close();
  },
});

export { expect };

/** A name no other test or demo task uses. */
export function uniqueId() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The state a refused request must leave as it was (read with the admin's token). */
export async function snapshot(adminApi: APIRequestContext): Promise<StoreSnapshot> {
  const tasksResponse = await adminApi.get("/api/tasks");
  expect(tasksResponse.status()).toBe(200);
  const { tasks } = (await tasksResponse.json()) as { tasks: { id: string }[] };
  const statsResponse = await adminApi.get("/api/bus/destinations");
  expect(statsResponse.status()).toBe(200);
  const { destinations } = (await statsResponse.json()) as { destinations: { destination: string; sent: number }[] };
  const setup = destinations.find((d) => d.destination === "tour/roadie/setup");
  return { taskCount: tasks.length, newestTaskId: tasks[0]?.id, setupRequestsSent: setup?.sent ?? -1 };
}

/** The tasks (newest 100) with this exact name. */
export async function tasksNamed(
  adminApi: APIRequestContext,
  name: string,
): Promise<{ id: string; name: string; description: string; status: string }[]> {
  const { tasks } = (await (await adminApi.get("/api/tasks")).json()) as {
    tasks: { id: string; name: string; description: string; status: string }[];
  };
  return tasks.filter((task) => task.name === name);
}

/** The tasks whose name contains `marker` (for names the server would have trimmed or cut). */
export async function tasksContaining(adminApi: APIRequestContext, marker: string): Promise<unknown[]> {
  const { tasks } = (await (await adminApi.get("/api/tasks")).json()) as { tasks: { name: string; description: string }[] };
  return tasks.filter((task) => task.name.includes(marker) || task.description.includes(marker));
}

/** The signed-in user's API tokens, by the session. */
export async function tokenNames(session: APIRequestContext): Promise<string[]> {
  const response = await session.get("/api/tokens");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { tokens: { name: string }[] }).tokens.map((token) => token.name);
}

/** The API's error shape: `{error: {code, message, fields?}}` with the code's status, as JSON. */
export async function expectApiError(
  response: APIResponse,
  expected: { status: number; code: string; message?: string | RegExp; fields?: Record<string, unknown> },
) {
  const text = await response.text();
  expect(response.status(), `answer: ${text.slice(0, 300)}`).toBe(expected.status);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = JSON.parse(text) as { error: { code: string; message: string; fields?: Record<string, string> } };
  expect(body.error.code).toBe(expected.code);
  expect(body.error.message).toEqual(
    expected.message instanceof RegExp ? expect.stringMatching(expected.message) : (expected.message ?? expect.any(String)),
  );
  if (expected.fields) expect(body.error.fields).toEqual(expected.fields);
  else expect(body.error.fields).toBeUndefined();
}

/** Resolves with the server's hello once the socket is connected; rejects on a refused handshake. */
export function connected(socket: Socket): Promise<{ busId: string }> {
  return new Promise((resolve, reject) => {
    socket.once("bus:hello", resolve);
    socket.once("connect_error", reject);
  });
}

/** Resolves with the `connect_error` message; rejects if the socket connects instead. */
export function refusal(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.once("connect_error", (error: Error) => resolve(error.message));
    socket.once("bus:hello", () => reject(new Error("the socket connected")));
  });
}

/** Emits with an acknowledgement, failing after 5 s without an answer. */
export function ask(socket: Socket, event: string, ...args: unknown[]): Promise<unknown> {
  return socket.timeout(5_000).emitWithAck(event, ...args);
}
