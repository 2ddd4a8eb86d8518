import { expect, test, type Page } from "@playwright/test";
import { io, type Socket } from "socket.io-client";
import { portlet, uniqueName } from "../portal/helpers";
import { apiAs, sessionCookieOf, storageStateOf } from "../support/auth";

function cell(page: Page, role: string, permission: string) {
  return page.getByRole("checkbox", { name: `${role}: ${permission}`, exact: true });
}

/** Sets one cell through the page and waits for the server's answer. */
async function setCell(page: Page, options: { role: string; permission: string; granted: boolean }) {
  const box = cell(page, options.role, options.permission);
  await box.setChecked(options.granted);
  const verb = options.granted ? "may now" : "may no longer";
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText(
    `${options.role} ${verb} use ${options.permission}.`,
  );
  await expect(box).toBeEnabled();
}

test("the permission matrix shows role × permission and what each permission opens, with the code's table", async ({ page }) => {
  await page.goto("/admin/permissions");
  const table = page.getByRole("table", { name: /Which role has which permission/ });
  const headers = table.getByRole("columnheader");
  await expect(headers).toHaveText(["Permission", "Tour manager", "Roadie", "Inventory manager", "Admin", "Opens"]);

  const row = (permission: string) =>
    table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: permission, exact: true }) });
  await expect(row("tasks:add").getByRole("cell").last()).toHaveText("sends to tour/roadie/setup");
  await expect(row("setup:read").getByRole("cell").last()).toHaveText("portlet Setup");
  await expect(row("bus:inspect").getByRole("cell").last()).toHaveText("portlet Message Bus");
  await expect(row("users:manage").getByRole("cell").last()).toHaveText("—");
  for (const [role, has] of [
    ["Tour manager", true],
    ["Roadie", false],
    ["Inventory manager", false],
    ["Admin", true],
  ] as const) {
    await expect(cell(page, role, "tasks:add")).toBeChecked({ checked: has });
  }
  // The admins' way back to this page cannot be cleared, and the page says why.
  await expect(cell(page, "Admin", "users:manage")).toBeChecked();
  await expect(cell(page, "Admin", "users:manage")).toBeDisabled();
  await expect(cell(page, "Admin", "users:manage")).toHaveAccessibleDescription(/no admin could open this page/);
});

test("a grant and a removal survive a reload, and every change is listed with who made it", async ({ page }) => {
  await page.goto("/admin/permissions");
  try {
    await setCell(page, { role: "Inventory manager", permission: "bus:inspect", granted: true });
    await setCell(page, { role: "Roadie", permission: "setup:report", granted: false });
    await page.reload();
    await expect(cell(page, "Inventory manager", "bus:inspect")).toBeChecked();
    await expect(cell(page, "Roadie", "setup:report")).not.toBeChecked();
    const changes = page.getByRole("list", { name: "Changes to the permissions, newest first" }).getByRole("listitem");
    await expect(changes.nth(0)).toHaveText(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\s*Robin Admin removed setup:report from Roadie$/,
    );
    await expect(changes.nth(1)).toHaveText(/Robin Admin granted bus:inspect to Inventory manager$/);
  } finally {
    await setCell(page, { role: "Inventory manager", permission: "bus:inspect", granted: false });
    await setCell(page, { role: "Roadie", permission: "setup:report", granted: true });
  }
  await page.reload();
  await expect(cell(page, "Inventory manager", "bus:inspect")).not.toBeChecked();
  await expect(cell(page, "Roadie", "setup:report")).toBeChecked();
});

test("a permission removed is refused at once in an open session and its socket; granted back, it returns", async ({
  page,
  browser,
  baseURL,
}) => {
  // Two browsers, a socket and five tasks through the crew.
  test.slow();
  // The inventory manager's page is open and live, and a socket of theirs listens.
  const context = await browser.newContext({ storageState: storageStateOf("inventory") });
  const crew = await context.newPage();
  await crew.goto("/");
  await expect(crew.getByRole("status").filter({ hasText: "Live" })).toBeVisible({ timeout: 15_000 });
  await expect(portlet(crew, "Inventory")).toBeVisible();
  const socket: Socket = io(baseURL!, { transports: ["websocket"], extraHeaders: { cookie: sessionCookieOf("inventory") } });
  const received: string[] = [];
  socket.onAny((type: string, data: unknown) => {
    if (type !== "batch") return void received.push(type);
    for (const [batched, payload] of data as [string, unknown][]) received.push(`${batched} ${JSON.stringify(payload)}`);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("connect_error", reject);
  });
  const manager = await apiAs(baseURL!, "manager");
  const inventoryHeard = (name: string) =>
    received.some((event) => event.startsWith("listener:activity") && event.includes(name));

  await page.goto("/admin/permissions");
  try {
    // Before: the inventory's socket hears its listener's work on a new task.
    const before = uniqueName("Heard");
    expect((await manager.post("/api/tasks", { data: { name: before } })).status()).toBe(201);
    await expect.poll(() => inventoryHeard(before)).toBe(true);

    await setCell(page, { role: "Inventory manager", permission: "inventory:read", granted: false });
    // The socket is told, and hears no more of it; the open page reloads without the portlet.
    await expect.poll(() => received.includes("access:changed")).toBe(true);
    await expect(portlet(crew, "Inventory")).toHaveCount(0);
    await expect(crew.getByText("Your page has no portlets.")).toBeVisible();
    const after = uniqueName("Not heard");
    const created = await manager.post("/api/tasks", { data: { name: after } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    // Both replies stored means the Inventory listener's activity was pushed (or not) by then.
    await expect
      .poll(async () => ((await (await manager.get(`/api/tasks/${id}`)).json()) as { replies: unknown[] }).replies.length)
      .toBe(2);
    await crew.waitForTimeout(300);
    expect(inventoryHeard(after)).toBe(false);
    // Catching up answers by the new rule too.
    const catchUp = (await socket.timeout(5_000).emitWithAck("events:since", 0)) as { events: { type: string }[] };
    expect(catchUp.events.some((event) => event.type === "listener:activity")).toBe(false);
  } finally {
    await setCell(page, { role: "Inventory manager", permission: "inventory:read", granted: true });
  }
  await expect(portlet(crew, "Inventory")).toBeVisible();
  const back = uniqueName("Heard again");
  expect((await manager.post("/api/tasks", { data: { name: back } })).status()).toBe(201);
  await expect.poll(() => inventoryHeard(back)).toBe(true);
  socket.close();
  await manager.dispose();
  await context.close();
});

test("a write permission removed takes its controls off the role's open pages; granted back, they return", async ({
  page,
  browser,
}) => {
  const roadieContext = await browser.newContext({ storageState: storageStateOf("roadie") });
  const roadie = await roadieContext.newPage();
  await roadie.goto("/");
  await expect(roadie.getByRole("status").filter({ hasText: "Live" })).toBeVisible({ timeout: 15_000 });
  const reports = portlet(roadie, "Setup").getByRole("button", { name: "Blocked" });
  await expect(reports.first()).toBeVisible();
  const managerContext = await browser.newContext({ storageState: storageStateOf("manager") });
  const manager = await managerContext.newPage();
  await manager.goto("/");
  await expect(manager.getByRole("status").filter({ hasText: "Live" })).toBeVisible({ timeout: 15_000 });
  await expect(portlet(manager, "Tasks").getByRole("button", { name: "Add task" })).toBeVisible();

  await page.goto("/admin/permissions");
  try {
    await setCell(page, { role: "Roadie", permission: "setup:report", granted: false });
    await setCell(page, { role: "Tour manager", permission: "tasks:add", granted: false });
    // The open pages are drawn again for the role: no buttons that would only be refused.
    await expect(reports).toHaveCount(0);
    await expect(portlet(roadie, "Setup").getByRole("listitem").first()).toBeVisible();
    await expect(portlet(manager, "Tasks").getByRole("button", { name: "Add task" })).toHaveCount(0);
    await expect(portlet(manager, "Tasks").getByRole("list").first()).toBeVisible();
  } finally {
    await setCell(page, { role: "Roadie", permission: "setup:report", granted: true });
    await setCell(page, { role: "Tour manager", permission: "tasks:add", granted: true });
  }
  await expect(reports.first()).toBeVisible();
  await expect(portlet(manager, "Tasks").getByRole("button", { name: "Add task" })).toBeVisible();
  await roadieContext.close();
  await managerContext.close();
});
