import { expect, test, type Browser, type Page } from "@playwright/test";
import { signedInContext } from "../support/auth";
import { freshDatabase, startServer, stopServer, type ServerProcess } from "../support/server-process";
import { pickGear, portlet, taskItem, uniqueName } from "./helpers";

// Issue 12, gap 1: a submit while the server is down once replaced the portal with
// the error page and lost what was typed. A server of its own, stopped and started
// again on the same port (the page's origin).
const FILE = "data/e2e-offline-submit.db";

test.describe.configure({ mode: "serial", timeout: 180_000 });

let server: ServerProcess;
let databaseUrl = "";
test.beforeAll(async () => {
  // A server of its own starts in 2 s on a quiet machine, 20 s or more on a loaded one: more than a hook's default 30 s with its migration.
  test.setTimeout(120_000);
  databaseUrl = freshDatabase(FILE);
  server = await startServer({ databaseUrl, env: { NODE_ENV: "production", SEED_DEMO_DATA: "true" } });
});
test.afterAll(async () => {
  if (server) await stopServer(server, "SIGTERM");
});

async function openAs(browser: Browser, role: "manager" | "admin" = "manager"): Promise<Page> {
  const session = await signedInContext(server.url, role);
  const context = await browser.newContext({ baseURL: server.url, storageState: await session.storageState() });
  await session.dispose();
  const page = await context.newPage();
  await page.goto("/");
  await expect(liveStatus(page)).toHaveText("Live");
  return page;
}

const liveStatus = (page: Page) => page.getByRole("status").filter({ hasText: /^(Live|Reconnecting…|Connecting…)$/ });

async function restartOnSamePort(): Promise<void> {
  const port = new URL(server.url).port;
  server = await startServer({ databaseUrl, env: { NODE_ENV: "production", SEED_DEMO_DATA: "true", PORT: port } });
  expect(new URL(server.url).port).toBe(port);
}

/** How many tasks have exactly this name, asked of the server. */
async function tasksNamed(name: string): Promise<number> {
  const api = await signedInContext(server.url, "manager");
  const page = (await (await api.get(`/api/tasks?q=${encodeURIComponent(name)}`)).json()) as { tasks: { name: string }[] };
  await api.dispose();
  return page.tasks.filter((task) => task.name === name).length;
}

test("a task submitted while the server is stopped is kept, said to be unsent, and sent once when it is back", async ({
  browser,
}) => {
  const page = await openAs(browser);
  const tasks = portlet(page, "Tasks");
  const name = uniqueName("Offline load-in");
  await tasks.getByLabel("Name").fill(name);
  await tasks.getByLabel("Description").fill("Typed while the server was away");
  await pickGear(page, [{ name: "Amplifier", quantity: 2 }]);

  await stopServer(server, "SIGTERM");
  await expect(liveStatus(page)).toHaveText("Reconnecting…", { timeout: 30_000 });
  await tasks.getByRole("button", { name: "Add task" }).click();

  await expect(tasks.getByRole("status").filter({ hasText: "Not sent." })).toContainText("The server could not be reached.");
  await expect(tasks.getByRole("button", { name: "Send again" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "The portal could not be loaded." })).toHaveCount(0);
  await expect(tasks.getByLabel("Name")).toHaveValue(name);
  await expect(tasks.getByLabel("Description")).toHaveValue("Typed while the server was away");
  await expect(tasks.getByLabel("Gear item 1", { exact: true })).toHaveValue("Amplifier");
  await expect(tasks.getByLabel("Quantity of gear item 1", { exact: true })).toHaveValue("2");

  // "Send again" while still down: still kept, still unsent.
  await tasks.getByRole("button", { name: "Send again" }).click();
  await expect(tasks.getByRole("status").filter({ hasText: "Not sent." })).toBeVisible();
  await expect(tasks.getByLabel("Name")).toHaveValue(name);

  await restartOnSamePort();
  // Back: the page reconnects and sends it by itself, with the same Idempotency-Key.
  await expect(liveStatus(page)).toHaveText("Live", { timeout: 30_000 });
  await expect(taskItem(page, name)).toContainText("Needs: 2 Amplifier", { timeout: 30_000 });
  await expect(tasks.getByLabel("Name")).toHaveValue("");
  // Said in a toast: the form's own "asking the crew…" lasts only until both replies are in, which may be before this line.
  await expect(page.getByRole("status", { name: "Notifications" }).getByText(`Task “${name}” added.`)).toBeVisible();
  await expect(tasks.getByRole("button", { name: "Send again" })).toHaveCount(0);
  expect(await tasksNamed(name)).toBe(1);

  // A resend of the same key (a second tab, a double click) adds nothing more.
  await page.reload();
  await expect(liveStatus(page)).toHaveText("Live");
  expect(await tasksNamed(name)).toBe(1);
  await page.context().close();
});

test("what is typed survives a reload, and a draft that was not sent is sent once the page is back", async ({ browser }) => {
  const page = await openAs(browser);
  const tasks = portlet(page, "Tasks");
  const name = uniqueName("Draft kept");
  await tasks.getByLabel("Name").fill(name);
  await tasks.getByLabel("Description").fill("Half typed");
  await page.reload();
  await expect(liveStatus(page)).toHaveText("Live");
  await expect(tasks.getByLabel("Name")).toHaveValue(name);
  await expect(tasks.getByLabel("Description")).toHaveValue("Half typed");

  await stopServer(server, "SIGKILL");
  await tasks.getByRole("button", { name: "Add task" }).click();
  await expect(tasks.getByRole("status").filter({ hasText: "Not sent." })).toBeVisible();
  await restartOnSamePort();
  // Once the server is back the draft is sent, whether the page reconnects first or is reloaded first.
  await page.reload();
  await expect(taskItem(page, name)).toBeVisible({ timeout: 30_000 });
  await expect(tasks.getByLabel("Name")).toHaveValue("");
  await expect.poll(() => tasksNamed(name)).toBe(1);
  await page.reload();
  await expect(liveStatus(page)).toHaveText("Live");
  await expect(tasks.getByLabel("Name")).toHaveValue("");
  expect(await tasksNamed(name)).toBe(1);
  await page.context().close();
});

test("a submit that reached the server but whose answer was lost is sent again with the same key: one task", async ({
  browser,
}) => {
  const page = await openAs(browser);
  const tasks = portlet(page, "Tasks");
  const name = uniqueName("Answer lost");
  await tasks.getByLabel("Name").fill(name);
  // The first submit goes through to the server, which stores the task; its answer never reaches the page.
  let dropped = false;
  await page.route(
    (url) => url.pathname === "/",
    async (route) => {
      if (route.request().method() !== "POST" || dropped) return route.fallback();
      dropped = true;
      await route.fetch();
      await route.abort("connectionreset");
    },
  );
  await tasks.getByRole("button", { name: "Add task" }).click();
  await expect(tasks.getByRole("status").filter({ hasText: "Not sent." })).toBeVisible();
  await expect.poll(() => tasksNamed(name)).toBe(1);
  await expect(tasks.getByLabel("Name")).toHaveValue(name);

  await tasks.getByRole("button", { name: "Send again" }).click();
  // Said in a toast: the form's own "asking the crew…" lasts only until both replies are in, which may be before this line.
  await expect(page.getByRole("status", { name: "Notifications" }).getByText(`Task “${name}” added.`)).toBeVisible();
  await expect(tasks.getByLabel("Name")).toHaveValue("");
  await expect(taskItem(page, name)).toHaveCount(1);
  expect(await tasksNamed(name)).toBe(1);
  await page.context().close();
});

test("the error page, should another form land there, leaves by itself once the server is back; the task being typed is kept", async ({
  browser,
}) => {
  const page = await openAs(browser, "admin");
  const name = uniqueName("Typed before the error");
  await portlet(page, "Tasks").getByLabel("Name").fill(name);

  await stopServer(server, "SIGKILL");
  // The Inventory form does not catch a server it cannot reach: the portal shows its error page.
  const inventory = portlet(page, "Inventory");
  await inventory.getByLabel("Gear name").fill(uniqueName("Cable"));
  await inventory.getByRole("button", { name: "Add gear" }).click();
  const error = page.getByRole("heading", { name: "The portal could not be loaded." });
  await expect(error).toBeVisible();

  await restartOnSamePort();
  await expect(error).toHaveCount(0, { timeout: 30_000 });
  await expect(portlet(page, "Tasks").getByLabel("Name")).toHaveValue(name);
  await expect(liveStatus(page)).toHaveText("Live", { timeout: 30_000 });
  await page.context().close();
});

test("the error page leaves even when the portal takes longer to render than its retry interval", async ({ browser }) => {
  const page = await openAs(browser, "admin");
  // The Inventory form's call fails as if the server were unreachable: the portal shows its error page.
  await page.route("**/*", (route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"]
      ? route.abort("connectionrefused")
      : route.fallback(),
  );
  const inventory = portlet(page, "Inventory");
  await inventory.getByLabel("Gear name").fill(uniqueName("Cable"));
  await inventory.getByRole("button", { name: "Add gear" }).click();
  const error = page.getByRole("heading", { name: "The portal could not be loaded." });
  await expect(error).toBeVisible();

  // The server is back at once, but each render of the portal takes 5 s, longer than the 3 s between health checks
  // (a restarted server's first render on a loaded machine): a retry must be let finish, not replaced by the next.
  await page.unrouteAll();
  await page.route("**/*", async (route) => {
    if (route.request().method() === "GET" && route.request().headers()["rsc"] === "1")
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    await route.fallback();
  });
  await expect(error).toHaveCount(0, { timeout: 40_000 });
  await expect(portlet(page, "Tasks").getByLabel("Name")).toBeVisible();
  await page.context().close();
});
