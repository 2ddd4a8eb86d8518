import { expect, test } from "@playwright/test";
import { io, type Socket } from "socket.io-client";
import type { Role } from "@/lib/shared/roles";
import { uniqueName } from "../portal/helpers";
import { apiAs, sessionCookieOf } from "../support/auth";

type Received = { type: string; data: unknown };

/** A signed-in socket that records every portal event it is sent. */
async function listen(baseURL: string, role: Role): Promise<{ socket: Socket; received: Received[] }> {
  const socket = io(baseURL, { transports: ["websocket"], extraHeaders: { cookie: sessionCookieOf(role) } });
  const received: Received[] = [];
  socket.onAny((type: string, data: unknown) => received.push({ type, data }));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return { socket, received };
}

const mentions = (events: Received[], type: string, name: string) =>
  events.some((event) => event.type === type && JSON.stringify(event.data).includes(name));

test("each socket gets only the events its role may read, live and when catching up", async ({ baseURL }) => {
  const [managerSocket, roadieSocket, inventorySocket] = await Promise.all([
    listen(baseURL!, "manager"),
    listen(baseURL!, "roadie"),
    listen(baseURL!, "inventory"),
  ]);
  const listeners = { manager: managerSocket, roadie: roadieSocket, inventory: inventorySocket };
  const manager = await apiAs(baseURL!, "manager");
  const name = uniqueName("Rooms check");
  const created = await manager.post("/api/tasks", { data: { name, description: "one amplifier" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  // The manager sees the task and both replies; the roadie the replies (their Setup list); the inventory manager neither.
  await expect.poll(() => mentions(listeners.manager.received, "task:added", name)).toBe(true);
  await expect.poll(() => listeners.manager.received.filter((e) => e.type === "task:reply" && JSON.stringify(e.data).includes(id)).length).toBe(2);
  await expect.poll(() => listeners.roadie.received.some((e) => e.type === "task:reply" && JSON.stringify(e.data).includes(id))).toBe(true);
  await expect.poll(() => listeners.inventory.received.some((e) => e.type === "listener:activity")).toBe(true);
  expect(mentions(listeners.roadie.received, "task:added", name)).toBe(false);
  expect(listeners.inventory.received.some((e) => e.type.startsWith("task:"))).toBe(false);
  for (const role of ["manager", "roadie", "inventory"] as const) {
    expect(listeners[role].received.some((e) => e.type === "bus:activity"), role).toBe(false);
  }

  // Catching up from the start answers the same way: the roadie's log has no task:added.
  const catchUp = (await listeners.roadie.socket.timeout(5_000).emitWithAck("events:since", 0)) as { events: Received[] };
  expect(catchUp.events.some((event) => event.type === "task:reply")).toBe(true);
  expect(catchUp.events.some((event) => event.type === "task:added" || event.type === "inventory:stock")).toBe(false);

  for (const { socket } of Object.values(listeners)) socket.close();
  await manager.dispose();
});
