import { spawn } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { pageLayout } from "../page-layout";
import { resetLayout } from "../reset-layout";
import { saveLayout } from "../save-layout";
import { savePortletConfig } from "../save-portlet-config";
import { addPage } from "./add-page";
import { listPages } from "./list-pages";
import { movePage } from "./move-page";
import { removePage } from "./remove-page";
import { renamePage } from "./rename-page";
import { clearRoleStartPages, listRoleStartPages, setRoleStartPages } from "./role-start-pages";

const MANAGER = ["tasks"];
const ADMIN = ["tasks", "setup", "inventory", "message-bus"];
let seq = 0;

async function user(role: "manager" | "admin") {
  const id = `pages-user-${++seq}-${Date.now()}`;
  await db.user.create({ data: { id, name: id, email: `${id}@example.test`, role } });
  return { id, role };
}

describe("a user's pages", () => {
  beforeEach(async () => {
    await db.rolePage.deleteMany();
  });

  it("start as one Home page of every portlet, copied once however many first requests come at once", async () => {
    const alex = await user("manager");
    const answers = await Promise.all(Array.from({ length: 8 }, () => listPages(alex, MANAGER)));
    for (const pages of answers) expect(pages.map((page) => [page.slug, page.name])).toEqual([["home", "Home"]]);
    expect(await db.userPage.count({ where: { userId: alex.id } })).toBe(1);
    expect(pageLayout(answers[0]![0]!, MANAGER).page).toEqual({
      portlets: [{ id: "tasks", state: "normal" }],
      removed: [],
      template: "1",
    });
  });

  it("are copied once while another process holds the write lock, then when it lets go", async () => {
    const alex = await user("manager");
    // Another process: better-sqlite3 waits for a lock synchronously, so a holder in this one could never let go.
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const db = new (require("better-sqlite3"))("data/unit-test.db"); db.exec("BEGIN IMMEDIATE"); console.log("locked"); setTimeout(() => { db.exec("COMMIT"); db.close(); }, 300);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise((resolve) => holder.stdout.once("data", resolve));
    const [a, b] = await Promise.all([listPages(alex, MANAGER), listPages(alex, MANAGER)]);
    await new Promise((resolve) => holder.once("exit", resolve));
    expect(a.map((page) => page.id)).toEqual(b.map((page) => page.id));
    expect(await db.userPage.count({ where: { userId: alex.id } })).toBe(1);
  });

  it("are added empty with an address from the name, renamed, moved and removed; the last one stays", async () => {
    const alex = await user("manager");
    const [home] = await listPages(alex, MANAGER);
    const stage = await addPage({ userId: alex.id, name: "Stage left", portletIds: MANAGER });
    // A name the user has already, case and spacing aside, is refused: the page bar could not tell them apart.
    for (const name of ["Stage left", " stage  LEFT "]) {
      await expect(addPage({ userId: alex.id, name, portletIds: MANAGER })).rejects.toMatchObject({
        code: "conflict",
        fields: { name: "You have a page called “" + name.trim() + "” already: choose another name." },
      });
    }
    const again = await addPage({ userId: alex.id, name: "Stage-left", portletIds: MANAGER });
    expect([stage.slug, again.slug]).toEqual(["stage-left", "stage-left-2"]);
    await expect(renamePage({ userId: alex.id, pageId: again.id, name: "home" })).rejects.toMatchObject({ code: "conflict" });
    const stageRow = (await listPages(alex, MANAGER)).find((page) => page.id === stage.id)!;
    expect(pageLayout(stageRow, MANAGER).page.portlets).toEqual([]);

    await renamePage({ userId: alex.id, pageId: stage.id, name: "Load-in" });
    await movePage({ userId: alex.id, pageId: stage.id, direction: "earlier" });
    await movePage({ userId: alex.id, pageId: stage.id, direction: "earlier" });
    // At the front already: stays.
    await movePage({ userId: alex.id, pageId: stage.id, direction: "earlier" });
    expect((await listPages(alex, MANAGER)).map((page) => [page.name, page.slug])).toEqual([
      ["Load-in", "stage-left"],
      ["Home", "home"],
      ["Stage-left", "stage-left-2"],
    ]);

    await removePage({ userId: alex.id, pageId: again.id });
    await removePage({ userId: alex.id, pageId: home!.id });
    await expect(removePage({ userId: alex.id, pageId: stage.id })).rejects.toMatchObject({
      code: "conflict",
      message: "This is your only page: a portal keeps at least one.",
    });
    // Another user's page is not theirs to touch.
    const robin = await user("manager");
    await expect(renamePage({ userId: robin.id, pageId: stage.id, name: "Mine" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("keep their own layout and configuration each", async () => {
    const alex = await user("admin");
    const [home] = await listPages(alex, ADMIN);
    const other = await addPage({ userId: alex.id, name: "Bus", portletIds: ADMIN });
    await saveLayout({
      userId: alex.id,
      pageId: other.id,
      page: { portlets: [{ id: "message-bus", state: "normal" }], removed: ["tasks", "setup", "inventory"], template: "30-70" },
      portletIds: ADMIN,
    });
    await savePortletConfig({
      userId: alex.id,
      pageId: other.id,
      portletId: "tasks",
      config: { title: "Bus tasks", pageSize: 5 },
    });
    const rows = await listPages(alex, ADMIN);
    const saved = pageLayout(
      rows.find((page) => page.id === other.id)!,
      ADMIN,
    );
    expect(saved.page.template).toBe("30-70");
    expect(saved.page.portlets.map((placement) => placement.id)).toEqual(["message-bus"]);
    expect(saved.config).toEqual({ tasks: { title: "Bus tasks", pageSize: 5 } });
    const first = pageLayout(
      rows.find((page) => page.id === home!.id)!,
      ADMIN,
    );
    expect(first.config).toEqual({});
    expect(first.page.portlets).toHaveLength(4);

    const reset = await resetLayout({ user: alex, pageId: other.id, portletIds: ADMIN });
    expect(reset.portlets).toHaveLength(4);
  });

  it("start as the admin's pages for the role once set; users who have pages keep theirs", async () => {
    const admin = await user("admin");
    const [home] = await listPages(admin, ADMIN);
    await saveLayout({
      userId: admin.id,
      pageId: home!.id,
      page: {
        portlets: [{ id: "tasks", state: "minimized" }],
        removed: ["setup", "inventory", "message-bus"],
        template: "1-2-1",
      },
      portletIds: ADMIN,
    });
    await addPage({ userId: admin.id, name: "Inventory desk", portletIds: ADMIN });
    const before = await user("manager");
    await listPages(before, MANAGER);

    expect(await setRoleStartPages({ role: "manager", fromUserId: admin.id })).toBe(2);
    expect((await listRoleStartPages()).manager?.map((page) => page.name)).toEqual(["Home", "Inventory desk"]);
    const fresh = await user("manager");
    const pages = await listPages(fresh, MANAGER);
    expect(pages.map((page) => page.name)).toEqual(["Home", "Inventory desk"]);
    expect(pageLayout(pages[0]!, MANAGER).page).toEqual({
      portlets: [{ id: "tasks", state: "minimized" }],
      removed: [],
      template: "1-2-1",
    });
    expect((await listPages(before, MANAGER)).map((page) => page.name)).toEqual(["Home"]);

    await clearRoleStartPages("manager");
    expect((await listRoleStartPages()).manager).toBeUndefined();
  });
});

afterEach(async () => {
  await db.userPage.deleteMany({ where: { userId: { startsWith: "pages-user-" } } });
});
