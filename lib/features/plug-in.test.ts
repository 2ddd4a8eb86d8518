import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePermission } from "@/lib/server/access/change-permission";
import { can } from "@/lib/server/access/permissions";
import { loadStoredGrants } from "@/lib/server/access/stored-grants";
import { permissionMatrix } from "@/lib/server/admin/permission-matrix";
import { auth } from "@/lib/server/auth/auth";
import { getBus } from "@/lib/server/bus/get-bus";
import { db } from "@/lib/server/db/client";
import { attachSocketServer } from "@/lib/server/realtime/attach-socket-server";
import type { RealtimeServer } from "@/lib/server/realtime/publish";
import { clearProcessValue } from "@/lib/server/start/process-slot";
import type { PortalEventTuple } from "@/lib/shared/realtime-events";
import en from "@/lib/shared/i18n/messages/en.json";
import type { Role } from "@/lib/shared/roles";
import { cateringFeature } from "./__fixtures__/catering/manifest";
import { plugIn as cateringPlugIn } from "./__fixtures__/catering/plug-in";
import { replies as cateringReplies } from "./__fixtures__/catering/schema";
import { plugFeatures } from "./plug-features";
import { LISTENERS } from "./listeners.generated";
import { REPLIES } from "./replies.generated";
import { FEATURES } from "./registry";
import { TaskItem } from "./tasks/portlet/task-item";
import { addTask } from "./tasks/server/add-task";
import { getTask } from "./tasks/server/get-task";

// docs/extending.md's walk-through, run: the Catering fixture (lib/features/__fixtures__/catering)
// is one folder; registering it is one more entry in the registry's list. `tsc` checks the
// folder against the contracts; this test checks what it promises at run time.

const PASSWORD = "plug-in-test-pass";
const ROLES_SEEN = ["manager", "roadie", "inventory"] as const satisfies readonly Role[];
const emailOf = (role: Role) => `${role}@plug-in.test`;
let http: HttpServer;
let io: RealtimeServer;
let url: string;
const sockets: Socket[] = [];
/** Every portal event each role's socket was pushed, as [type, data]. */
const pushed = new Map<Role, [string, { reply?: { from: string; answer: string }; listener?: string }][]>();

async function signIn(role: Role): Promise<string> {
  const response = await auth.api.signInEmail({ body: { email: emailOf(role), password: PASSWORD }, asResponse: true });
  const cookie = response.headers.getSetCookie().find((line) => line.includes("session_token"));
  if (!cookie) throw new Error(`no session cookie for ${role}`);
  return cookie.split(";")[0]!;
}

async function openAs(role: Role): Promise<void> {
  const socket = connect(url, { transports: ["websocket"], reconnection: false, extraHeaders: { cookie: await signIn(role) } });
  sockets.push(socket);
  const events: NonNullable<ReturnType<typeof pushed.get>> = [];
  pushed.set(role, events);
  socket.on("batch", (batch: PortalEventTuple[]) => events.push(...batch.map(([type, data]) => [type, data] as never)));
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", reject);
  });
}

const repliesFrom = (role: Role, from: string) =>
  (pushed.get(role) ?? []).filter(([type, data]) => type === "task:reply" && data.reply?.from === from);
const activityOf = (role: Role, listener: string) =>
  (pushed.get(role) ?? []).filter(([type, data]) => type === "listener:activity" && data.listener === listener);

beforeAll(async () => {
  // The registry with the fixture's line added, and a bus built from it.
  plugFeatures(
    [...FEATURES, cateringFeature],
    { ...LISTENERS, catering: () => import("./__fixtures__/catering/listener") },
    { ...REPLIES, catering: cateringReplies },
  );
  clearProcessValue("bus");
  await db.user.deleteMany({ where: { email: { endsWith: "@plug-in.test" } } });
  const hash = await hashPassword(PASSWORD);
  for (const role of ROLES_SEEN) {
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
  }
  http = createServer();
  io = attachSocketServer(http, { busId: "plug-in-test" });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  for (const role of ROLES_SEEN) await openAs(role);
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await io.close();
  await getBus().close();
  clearProcessValue("bus");
  // Back to the registry as it is, for the files that run after this one in the same worker.
  plugFeatures();
});

describe("a feature plugged in by one folder and one registry line (the Catering fixture)", () => {
  it("declares its own permission: the roles it names hold it, the others do not", () => {
    expect(["inventory", "admin"].every((role) => can(role as Role, "catering:read"))).toBe(true);
    expect(can("roadie", "catering:read")).toBe(false);
    expect(can("manager", "catering:read")).toBe(false);
  });

  it("answers every task, its replies reach only the readers it declares, and the Tasks portlet shows its answer", async () => {
    const { task } = await addTask({ name: `Soundcheck ${randomUUID()}`, description: "Line check", status: "Open", gear: [] });
    await getBus().idle();
    await expect.poll(() => repliesFrom("manager", "catering").length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => repliesFrom("inventory", "catering").length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => activityOf("inventory", "catering").length, { timeout: 10_000 }).toBe(1);
    // The roadie's socket is live and hears the replies declared for roadies (the inventory's answer)…
    await expect.poll(() => repliesFrom("roadie", "inventory").length, { timeout: 10_000 }).toBe(1);
    // …and never a meal count, nor the caterer's activity.
    expect(repliesFrom("roadie", "catering")).toEqual([]);
    expect(activityOf("roadie", "catering")).toEqual([]);
    expect(activityOf("manager", "catering")).toEqual([]);

    const view = await getTask(task.id);
    expect(view.expected).toEqual(["setup", "inventory", "catering"]);
    expect(view.replies.find((reply) => reply.from === "catering")).toMatchObject({ kind: "meals", answer: "10 meals" });
    // The Tasks portlet's item for the task: the caterer's answer in its slot, no longer pending.
    const html = renderToStaticMarkup(
      createElement(NextIntlClientProvider, {
        locale: "en",
        messages: en,
        timeZone: "UTC",
        children: createElement(TaskItem, { task: view, showTrail: false }),
      }),
    );
    expect(html).toMatch(/catering:<\/dt> <dd class="text-fg"><bdi>10 meals<\/bdi><\/dd>/);
    expect(html).toContain("All replies in");
  });

  it("shows its portlet to the roles of its permission", async () => {
    const body = renderToStaticMarkup(await cateringPlugIn.load());
    expect(body).toContain("10 meals");
  });

  it("lists its permission in the matrix, where an admin's change applies over what it declares, and is recorded", async () => {
    const row = permissionMatrix([{ title: cateringFeature.title, permission: cateringFeature.permission }]).find(
      (entry) => entry.permission === "catering:read",
    );
    expect(row?.portlets).toEqual(["Catering"]);
    expect(row?.granted.find((cell) => cell.role === "roadie")).toMatchObject({ has: false, changed: false });
    try {
      await changePermission({
        actor: { id: "admin-1", name: "Robin" },
        role: "roadie",
        permission: "catering:read",
        granted: true,
      });
      expect(can("roadie", "catering:read")).toBe(true);
      await changePermission({
        actor: { id: "admin-1", name: "Robin" },
        role: "inventory",
        permission: "catering:read",
        granted: false,
      });
      expect(can("inventory", "catering:read")).toBe(false);
      const changed = permissionMatrix([]).find((entry) => entry.permission === "catering:read");
      expect(changed?.granted.filter((cell) => cell.changed).map((cell) => [cell.role, cell.has])).toEqual([
        ["roadie", true],
        ["inventory", false],
      ]);
      // Read back from the store, as another instance would.
      await loadStoredGrants();
      expect(can("roadie", "catering:read")).toBe(true);
    } finally {
      // Back through the same path, so the sockets' rooms follow, then the record cleared.
      await changePermission({
        actor: { id: "admin-1", name: "Robin" },
        role: "roadie",
        permission: "catering:read",
        granted: false,
      });
      await changePermission({
        actor: { id: "admin-1", name: "Robin" },
        role: "inventory",
        permission: "catering:read",
        granted: true,
      });
      await db.permissionChange.deleteMany();
      await loadStoredGrants();
    }
    expect(can("roadie", "catering:read")).toBe(false);
    expect(can("inventory", "catering:read")).toBe(true);
  });
});
