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
  // Portal events arrive in "batch" frames of [type, data, seq]; other events one by one.
  socket.onAny((type: string, data: unknown) => {
    if (type !== "batch") return void received.push({ type, data });
    for (const [batched, payload] of data as [string, unknown][]) received.push({ type: batched, data: payload });
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  return { socket, received };
}

const mentions = (events: Received[], type: string, name: string) =>
  events.some((event) => event.type === type && JSON.stringify(event.data).includes(name));

test("each socket gets only the events that concern its role, live and when catching up", async ({ baseURL }) => {
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

  // The manager sees the task and both replies; the roadie the Setup listener's work and the inventory's answer (and, later, progress);
  // the inventory manager only the Inventory listener's. Nobody but an inspecting admin sees bus activity.
  const about = (events: Received[], type: string, listener?: string) =>
    events.filter((e) => {
      const text = JSON.stringify(e.data);
      // Replies name the task's id; listener activity its name.
      return (
        e.type === type &&
        (text.includes(id) || text.includes(name)) &&
        (!listener || (e.data as { listener?: string }).listener === listener)
      );
    });
  await expect.poll(() => mentions(listeners.manager.received, "task:added", name)).toBe(true);
  await expect.poll(() => about(listeners.manager.received, "task:reply").length).toBe(2);
  await expect.poll(() => about(listeners.roadie.received, "listener:activity", "setup").length).toBe(1);
  await expect.poll(() => about(listeners.inventory.received, "listener:activity", "inventory").length).toBe(1);
  expect(mentions(listeners.roadie.received, "task:added", name)).toBe(false);
  // Of the replies, the roadie gets the inventory's answer (what is reserved or short: the gear they carry), not the Setup ack.
  const kindsOf = (events: Received[]) => events.map((e) => (e.data as { reply: { from: string; kind: string } }).reply);
  await expect
    .poll(() => kindsOf(about(listeners.roadie.received, "task:reply")))
    .toEqual([expect.objectContaining({ from: "inventory", kind: "answer" })]);
  expect(about(listeners.roadie.received, "listener:activity", "inventory")).toEqual([]);
  expect(listeners.inventory.received.some((e) => e.type.startsWith("task:"))).toBe(false);
  expect(about(listeners.inventory.received, "listener:activity", "setup")).toEqual([]);
  expect(about(listeners.manager.received, "listener:activity")).toEqual([]);
  for (const role of ["manager", "roadie", "inventory"] as const) {
    expect(
      listeners[role].received.some((e) => e.type === "bus:activity"),
      role,
    ).toBe(false);
  }

  // Catching up from the start answers by the same rule.
  const catchUp = (await listeners.roadie.socket.timeout(5_000).emitWithAck("events:since", 0)) as { events: Received[] };
  expect(about(catchUp.events, "listener:activity", "setup")).toHaveLength(1);
  expect(catchUp.events.some((event) => ["task:added", "inventory:stock"].includes(event.type))).toBe(false);
  expect(catchUp.events.some((event) => (event.data as { listener?: string }).listener === "inventory")).toBe(false);
  expect(
    catchUp.events.some(
      (event) => event.type === "task:reply" && (event.data as { reply: { kind: string } }).reply.kind === "ack",
    ),
  ).toBe(false);
  expect(kindsOf(about(catchUp.events, "task:reply"))).toEqual([expect.objectContaining({ from: "inventory", kind: "answer" })]);

  for (const { socket } of Object.values(listeners)) socket.close();
  await manager.dispose();
});
