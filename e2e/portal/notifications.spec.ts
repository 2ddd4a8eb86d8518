import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiAs, storageStateOf } from "../support/auth";
import { addTask, bell, openLive, readAll, reloadLive, setHidden, taskItem, uniqueName } from "./helpers";
import { expectNoViolations } from "../support/axe";

// The manager's own tasks: notifications are replies on the tasks a user added.
test.use({ storageState: storageStateOf("manager") });

/**
 * Adds a task over the API; resolves with its id once both replies are stored. Its gear
 * (a Fog machine: none in stock) is short: a problem, which the bell counts.
 */
async function addTaskWithReplies(api: APIRequestContext, name: string) {
  const response = await api.post("/api/tasks", { data: { name, gear: [{ name: "Fog machine", quantity: 1 }] } });
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await expect
    .poll(async () => ((await (await api.get(`/api/tasks/${id}`)).json()) as { replies: unknown[] }).replies.length)
    .toBe(2);
  return id;
}

test("a problem on my task is counted, in the title too, until I read it", async ({ page, browser, baseURL }) => {
  await openLive(page);
  await readAll(page);
  const api = await apiAs(baseURL!, "manager");
  const name = uniqueName("Bell");

  await setHidden(page, true);
  await addTaskWithReplies(api, name);
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread problem");
  await expect(page).toHaveTitle("(1) tourbus");

  // Kept per user on the server: another device (not open when they arrived) shows them too.
  const other = await browser.newContext({ storageState: storageStateOf("manager") });
  const phone = await other.newPage();
  await openLive(phone);
  await expect(bell(phone)).toHaveAccessibleName("Notifications, 1 unread problem");
  await expect(phone).toHaveTitle("(1) tourbus");

  // Coming back does not read it; opening the panel does.
  await setHidden(page, false);
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread problem");
  await bell(page).click();
  await expect(bell(page)).toHaveAttribute("aria-expanded", "true");
  const problems = page.getByRole("list", { name: "Problems on your tasks" }).getByRole("listitem");
  await expect(problems.filter({ hasText: `“${name}”: Short: 1 × Fog machine` })).toHaveCount(1);
  const routine = page.getByRole("list", { name: "Routine answers on your tasks" }).getByRole("listitem");
  await expect(routine.filter({ hasText: `Setup replied on “${name}”` })).toHaveCount(1);
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await expect(page).toHaveTitle("tourbus");
  await page.keyboard.press("Escape");
  await expect(bell(page)).toBeFocused();
  await expect(bell(page)).toHaveAttribute("aria-expanded", "false");

  await reloadLive(phone);
  await expect(bell(phone)).toHaveAccessibleName("Notifications");
  await expect(phone).toHaveTitle("tourbus");
  await other.close();
  await api.dispose();
});

test("a task added in a second browser counts its problem on the first, hidden one", async ({ page, browser }) => {
  await openLive(page);
  await readAll(page);
  const other = await browser.newContext({ storageState: storageStateOf("manager") });
  const second = await other.newPage();
  await openLive(second);
  // Both out of sight: the second window adds the task, then is left in the background too.
  await setHidden(page, true);
  await setHidden(second, true);
  const name = uniqueName("Second browser");
  await addTask(second, { name, gear: [{ name: "Fog machine", quantity: 1 }] });
  await expect(taskItem(second, name)).toContainText("Inventory");
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread problem");
  await expect(page).toHaveTitle("(1) tourbus");
  await expect(bell(second)).toHaveAccessibleName("Notifications, 1 unread problem");
  await bell(second).click();
  await expect(second.getByRole("list", { name: "Problems on your tasks" }).getByRole("listitem")).toHaveCount(1);
  await other.close();
});

test("routine replies I watch arrive are read; a problem is not read by being on screen", async ({ page, baseURL }) => {
  await openLive(page);
  await readAll(page);
  // What the page sends back to the server after each reply (ids of replies it saw arrive).
  const sent: { body: string; answered: Promise<unknown> }[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-action"] !== undefined)
      sent.push({ body: request.postData() ?? "", answered: request.response() });
  });
  const api = await apiAs(baseURL!, "manager");
  const name = uniqueName("Watched");

  const id = await addTaskWithReplies(api, name);
  await expect(taskItem(page, name)).toContainText("Inventory");
  const { replies } = (await (await api.get(`/api/tasks/${id}`)).json()) as { replies: { id: string }[] };
  await expect.poll(() => replies.every((reply) => sent.some(({ body }) => body.includes(reply.id)))).toBe(true);
  await Promise.all(sent.map(({ answered }) => answered));
  // The problem stays counted: it may be on a task far from what the manager is looking at.
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread problem");
  await reloadLive(page);
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread problem");
  await bell(page).click();
  // The receipt, watched as it arrived, was read then: only the problem is listed.
  await expect(page.getByRole("list", { name: "Problems on your tasks" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Routine answers on your tasks" })).toHaveCount(0);
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await expect(page).toHaveTitle("tourbus");
  await api.dispose();
});

test("replies on another user's task are not my notifications", async ({ page, baseURL }) => {
  await openLive(page);
  await readAll(page);
  await setHidden(page, true);
  const admin = await apiAs(baseURL!, "admin");
  const name = uniqueName("Theirs");
  const synced = page.waitForResponse((response) => response.request().headers()["next-action"] !== undefined);
  await addTaskWithReplies(admin, name);
  await synced;
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await expect(page).toHaveTitle("tourbus");
  // The server's count, not just this page's: both replies are stored by now.
  await reloadLive(page);
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await admin.dispose();
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds nothing with the notifications panel open (${theme})`, async ({ page, baseURL }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openLive(page);
    await readAll(page);
    await setHidden(page, true);
    const api = await apiAs(baseURL!, "manager");
    await addTaskWithReplies(api, uniqueName("Axe"));
    await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread problem");
    // The whole page in the light theme; in the dark one the header, where the bell and its panel are (the rest: every-page).
    const scope = theme === "dark" ? { within: "header" } : {};
    await expectNoViolations(page, scope);
    await setHidden(page, false);
    await bell(page).click();
    await expect(page.getByRole("list", { name: "Problems on your tasks" })).toBeVisible();
    await expectNoViolations(page, scope);
    await api.dispose();
  });
}

for (const width of [800, 1024, 1280]) {
  test(`the panel opens within the screen wherever the header put the bell (${width} px, German labels)`, async ({ browser }) => {
    const context = await browser.newContext({
      storageState: storageStateOf("manager"),
      locale: "de-DE",
      viewport: { width, height: 900 },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
    const button = page.getByRole("button", { name: /^Benachrichtigungen/ });
    await button.click();
    const panel = page.locator(`[id="${await button.getAttribute("aria-controls")}"]`);
    await expect(panel).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await context.close();
  });
}
