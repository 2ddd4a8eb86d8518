import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signedInContext } from "../support/auth";
import { freshDatabase, startServer, stopServer, type ServerProcess } from "../support/server-process";
import { portlet, taskItem } from "./helpers";
import { expectNoViolations } from "../support/axe";

// A server of its own with the demo data and 1,000 more tasks, so the shared e2e
// server's list stays small for the other suites.
const FILE = "data/e2e-tasks-paging.db";
const EXTRA = 1000;
const TOTAL = EXTRA + 3; // and the three demo tasks, the oldest of them "Stack the amplifiers"

test.describe.configure({ mode: "serial", timeout: 120_000 });

let server: ServerProcess;
test.beforeAll(async () => {
  // A server of its own starts in 2 s on a quiet machine, 20 s or more on a loaded one: more than a hook's default 30 s with its migration.
  test.setTimeout(120_000);
  server = await startServer({ databaseUrl: freshDatabase(FILE), env: { NODE_ENV: "production", SEED_DEMO_DATA: "true" } });
  insertTasks(EXTRA);
});
test.afterAll(async () => {
  if (server) await stopServer(server, "SIGTERM");
});

/**
 * 1,000 tasks straight into the server's database, newer than the demo's: "Open", no
 * replies yet (so "Waiting"). Nobody sends their requests (the running server resends
 * only at start); the list is what is under test here.
 */
function insertTasks(count: number): void {
  const db = new Database(FILE);
  try {
    db.pragma("busy_timeout = 5000");
    const insert = db.prepare(
      `INSERT INTO "Task" ("id", "name", "description", "status", "requestId", "gear", "standing", "createdAt") VALUES (?, ?, ?, 'Open', ?, '[]', 'Waiting', ?)`,
    );
    const start = Date.now() + 1000;
    db.transaction(() => {
      for (let i = 1; i <= count; i++) {
        const at = new Date(start + i).toISOString().replace("Z", "+00:00");
        insert.run(crypto.randomUUID(), `Load-in step ${i}`, `Crate ${i} to the stage`, crypto.randomUUID(), at);
      }
    })();
  } finally {
    db.close();
  }
}

async function openAs(browser: Browser, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const session = await signedInContext(server.url, "manager");
  const context = await browser.newContext({ baseURL: server.url, storageState: await session.storageState(), colorScheme });
  await session.dispose();
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  return page;
}

const list = (page: Page) => portlet(page, "Tasks").getByRole("list", { name: "Setup tasks" });
const count = (page: Page) => portlet(page, "Tasks").locator("#task-count");

test("1,000 tasks: the first 100 with the count, then the next page on 'Show more'", async ({ browser }) => {
  const page = await openAs(browser);
  await expect(count(page)).toHaveText(`Showing 100 of ${TOTAL.toLocaleString("en-US")} tasks.`);
  await expect(count(page)).toHaveAttribute("aria-live", "polite");
  await expect(count(page)).toHaveRole("status");
  await expect(list(page).getByRole("listitem")).toHaveCount(100);
  await expect(list(page).getByRole("listitem").first()).toContainText(`Load-in step ${EXTRA}`);

  // The next page is on its way: the button says so and cannot be pressed twice.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/api/tasks",
    async (route) => {
      await held;
      await route.continue();
    },
  );
  const more = portlet(page, "Tasks").getByRole("button", { name: "Show more" });
  await more.click();
  const loading = portlet(page, "Tasks").getByRole("button", { name: "Loading more…" });
  await expect(loading).toBeDisabled();
  await expect(loading).toHaveAttribute("aria-busy", "true");
  release();
  await expect(count(page)).toHaveText(`Showing 200 of ${TOTAL.toLocaleString("en-US")} tasks.`);
  await expect(list(page).getByRole("listitem")).toHaveCount(200);
  await expect(list(page).getByRole("listitem").nth(100)).toContainText(`Load-in step ${EXTRA - 100}`);
  await page.unrouteAll();
  await page.context().close();
});

test("a search over all tasks finds the oldest, and the status filter runs on the server too", async ({ browser }) => {
  const page = await openAs(browser);
  const tasks = portlet(page, "Tasks");
  await expect(list(page).getByRole("heading", { name: "Stack the amplifiers" })).toHaveCount(0);

  await tasks.getByLabel("Search tasks").fill("stack the AMP");
  await expect(count(page)).toHaveText("Showing 1 of 1 task.");
  await expect(list(page).getByRole("listitem")).toHaveCount(1);
  await expect(taskItem(page, "Stack the amplifiers")).toBeVisible();
  await expect(tasks.getByRole("button", { name: "Show more" })).toHaveCount(0);

  await tasks.getByLabel("Search tasks").fill("crate 99");
  await expect(count(page)).toHaveText("Showing 11 of 11 tasks.");

  await tasks.getByLabel("Search tasks").fill("");
  await tasks.getByLabel("Filter by progress").selectOption("Short of gear");
  await expect(count(page)).toHaveText("Showing 1 of 1 task.");
  await expect(taskItem(page, "Test the fog machine")).toContainText("Status: Short of gear");

  await tasks.getByLabel("Filter by progress").selectOption("Waiting");
  await expect(count(page)).toHaveText(`Showing 100 of ${EXTRA.toLocaleString("en-US")} tasks.`);
  await page.context().close();
});

test("live tasks merge with a search: a match is shown and counted, a miss is counted as not shown", async ({ browser }) => {
  const page = await openAs(browser);
  const tasks = portlet(page, "Tasks");
  const id = Date.now().toString(36);
  await tasks.getByLabel("Search tasks").fill(`stack ${id}`);
  await expect(count(page)).toHaveText("Showing 0 of 0 tasks.");
  await expect(tasks.getByText("No task matches the search or filter.")).toBeVisible();

  // Added elsewhere (another manager's client), pushed live to this page.
  const api = await signedInContext(server.url, "manager");
  expect((await api.post("/api/tasks", { data: { name: `Fog check ${id}` } })).status()).toBe(201);
  await expect(count(page)).toHaveText("Showing 0 of 0 tasks. 1 new task not shown: it does not match the search or filter.");
  expect((await api.post("/api/tasks", { data: { name: `Stack ${id} chairs` } })).status()).toBe(201);
  await expect(taskItem(page, `Stack ${id} chairs`)).toBeVisible();
  await expect(count(page)).toHaveText("Showing 1 of 1 task. 1 new task not shown: it does not match the search or filter.");
  await expect(taskItem(page, `Fog check ${id}`)).toHaveCount(0);
  await api.dispose();
  await page.context().close();
});

for (const theme of ["light", "dark"] as const) {
  test(`the Tasks portlet with a page, a search, a gear line and an error has no axe violations (${theme})`, async ({
    browser,
  }) => {
    const page = await openAs(browser, theme);
    const tasks = portlet(page, "Tasks");
    await tasks.getByRole("button", { name: "Add gear item" }).click();
    await tasks.getByLabel("Gear item 1", { exact: true }).selectOption("Amplifier");
    await tasks.getByLabel("Quantity of gear item 1", { exact: true }).fill("0");
    await tasks.getByRole("button", { name: "Add task" }).click();
    await expect(tasks.getByText("Please correct the marked fields.")).toBeVisible();
    await tasks.getByLabel("Search tasks").fill("step 1");
    await expect(count(page)).toHaveText(/^Showing 100 of [\d,]+ tasks\.$/);
    await expectNoViolations(page);
    await page.context().close();
  });
}
