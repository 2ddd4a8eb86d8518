import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { demoUser } from "@/lib/shared/demo-users";
import type { Role } from "@/lib/shared/roles";
import { addTask, ALL_PORTLETS, openLive, portlet, portletOrder, taskItem, uniqueName } from "../portal/helpers";
import { apiAs, NO_SESSION, storageStateOf } from "../support/auth";

const E2E_DATABASE = "data/e2e.db";

const EXPECTED: Record<Role, { portlets: string[]; actions: string[]; absentActions: string[] }> = {
  manager: { portlets: ["Tasks"], actions: ["Add task"], absentActions: ["Add gear", "Replay", "Trail"] },
  roadie: { portlets: ["Setup"], actions: ["In progress"], absentActions: ["Add task", "Add gear"] },
  inventory: { portlets: ["Inventory"], actions: ["Add gear"], absentActions: ["Add task", "In progress"] },
  admin: { portlets: [...ALL_PORTLETS], actions: ["Add task", "Add gear", "In progress"], absentActions: [] },
};

for (const role of Object.keys(EXPECTED) as Role[]) {
  test(`the ${role} sees only their portlets and actions`, async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf(role) });
    const page = await context.newPage();
    await openLive(page);
    const expected = EXPECTED[role];
    expect((await portletOrder(page)).sort()).toEqual([...expected.portlets].sort());
    // The account menu is in the page twice (a row on wide screens, a folded menu on a phone): the visible one.
    await expect(page.getByText(demoUser(role).name, { exact: true }).filter({ visible: true })).toBeVisible();
    for (const action of expected.actions) {
      await expect(page.getByRole("button", { name: action, exact: true }).first()).toBeVisible();
    }
    for (const action of expected.absentActions) {
      await expect(page.getByRole("button", { name: action, exact: true })).toHaveCount(0);
    }
    await context.close();
  });
}

test.describe("signed out", () => {
  test.use({ storageState: NO_SESSION });

  test("a signed-out visitor is sent to sign-in, signs in, and signs out again", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { name: /sign in/i })).toBeVisible();

    const { email, password, name } = demoUser("manager");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);

    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
    await expect(page.getByText(name, { exact: true }).filter({ visible: true })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/tokens");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("the API tokens page and the Socket.IO handshake refuse a visitor", async ({ page, request }) => {
    await page.goto("/tokens");
    await expect(page).toHaveURL(/\/sign-in$/);
    expect((await request.get("/api/tasks")).status()).toBe(401);
  });

  test("five wrong passwords lock the account out, even for the right password", async ({ request }) => {
    const { email, password } = demoUser("inventory");
    for (let attempt = 0; attempt < 5; attempt++) {
      const wrong = await request.post("/api/auth/sign-in/email", { data: { email, password: `wrong-${attempt}` } });
      // 429 on a retry of this test: the lockout from the first try still holds.
      expect([401, 429]).toContain(wrong.status());
    }
    const locked = await request.post("/api/auth/sign-in/email", { data: { email, password } });
    expect(locked.status()).toBe(429);
    expect((await locked.json()).error.message).toMatch(/Too many failed sign-ins/);
  });
});

/** Signs in through the form, in a fresh context: a session of this test's own. */
async function signInFresh(page: Page, role: Role) {
  const { email, password } = demoUser(role);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
}

/** Ends a session as time would: its expiry moved into the past, in the server's database. */
async function expireSession(page: Page): Promise<number> {
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("session_token"));
  if (!cookie) throw new Error("no session cookie");
  // The cookie is "<token>.<signature>"; the database keeps the token.
  const token = decodeURIComponent(cookie.value).split(".")[0];
  const db = new Database(E2E_DATABASE);
  try {
    const row = db.prepare(`SELECT "expiresAt" FROM "Session" WHERE "token" = ?`).get(token) as
      { expiresAt: unknown } | undefined;
    const past = new Date(Date.now() - 60_000);
    // Written the way Prisma wrote it (epoch milliseconds or ISO text), so the server reads it back.
    const value = typeof row?.expiresAt === "number" ? past.getTime() : past.toISOString();
    return db.prepare(`UPDATE "Session" SET "expiresAt" = ? WHERE "token" = ?`).run(value, token).changes;
  } finally {
    db.close();
  }
}

test.describe("session expiry", () => {
  test.use({ storageState: NO_SESSION });

  test("an expired session cannot act, and the page goes back to sign-in", async ({ page, baseURL }) => {
    await signInFresh(page, "manager");
    const before = uniqueName("Before expiry");
    await addTask(page, { name: before });
    // The add's follow-ups settle first: both replies pushed, and what they fetch. One still
    // to come when the session ends takes the page to sign-in before the click below
    // (right, but not what is tested).
    await expect(taskItem(page, before)).toContainText("Setup: Received, waiting for a roadie");
    await expect(taskItem(page, before)).toContainText("Inventory: No stocked gear named in this task");
    await page.waitForLoadState("networkidle");

    expect(await expireSession(page)).toBe(1);
    const name = uniqueName("After expiry");
    const tasks = portlet(page, "Tasks");
    await tasks.getByLabel("Name").fill(name);
    await tasks.getByRole("button", { name: "Add task" }).click();
    // The refused action clears the dead cookie, Next re-renders the page, and the page sends the user to sign in.
    await expect(page).toHaveURL(/\/sign-in$/);
    const admin = await apiAs(baseURL!, "admin");
    const { tasks: stored } = (await (await admin.get("/api/tasks")).json()) as { tasks: { name: string }[] };
    expect(stored.map((task) => task.name)).not.toContain(name);
    await admin.dispose();
  });
});
