import { expect, test, type Page } from "@playwright/test";
import { apiAs, storageStateOf } from "../support/auth";
import { openBeforeHydration } from "./helpers";

function tasksPortlet(page: Page) {
  return page.getByRole("region", { name: "Tasks" });
}

function taskItem(page: Page, name: string) {
  return tasksPortlet(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name, exact: true }) });
}

/** A name no other test or demo task uses, so assertions cannot match stale rows. */
function uniqueName(label: string) {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

async function addTask(page: Page, fields: { name: string; description?: string; status?: string }) {
  const tasks = tasksPortlet(page);
  await tasks.getByLabel("Name").fill(fields.name);
  await tasks.getByLabel("Description").fill(fields.description ?? "");
  if (fields.status) await tasks.getByLabel("Status").selectOption(fields.status);
  await tasks.getByRole("button", { name: "Add task" }).click();
}

test("the portal shows its three portlets, with demo data", async ({ page }) => {
  await page.goto("/");
  for (const name of ["Tasks", "Setup", "Inventory"]) {
    await expect(page.getByRole("region", { name })).toBeVisible();
  }
  // Other specs add tasks before this one runs, so the demo tasks may be past the first page: find them as a user would.
  const search = tasksPortlet(page).getByLabel("Search tasks");
  await search.fill("Stack the amplifiers");
  await expect(taskItem(page, "Stack the amplifiers")).toContainText("Setup: Received, waiting for a roadie");
  await search.fill("Test the fog machine");
  await expect(taskItem(page, "Test the fog machine")).toContainText("Out of stock: Fog machine");
  await expect(page.getByRole("region", { name: "Setup" })).toContainText("Roadies on this tour: Jo Lindqvist, Sam Okafor");
});

test("adding a task shows both replies live, in a second browser too, and after reload", async ({ page, browser }) => {
  const other = await browser.newContext({ storageState: storageStateOf("manager") });
  const otherPage = await other.newPage();
  await otherPage.goto("/");
  await expect(otherPage.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

  const name = uniqueName("Soundcheck the microphones");
  await addTask(page, { name, description: "Six vocal mics on stage", status: "In progress" });

  for (const view of [page, otherPage]) {
    const item = taskItem(view, name);
    await expect(item).toContainText("Setup: Received, waiting for a roadie", { timeout: 1_000 });
    await expect(item).toContainText("Inventory: In stock: Microphone × 12", { timeout: 1_000 });
    await expect(item).toContainText("All replies in");
    await expect(item).toContainText("In progress");
  }
  await expect(page.getByRole("region", { name: "Setup" })).toContainText(name);
  // The manager sees only the Tasks portlet; the admin sees the listeners' side too.
  await expect(page.getByRole("region", { name: "Inventory" })).toContainText(name);
  await expect(otherPage.getByRole("region", { name: "Inventory" })).toHaveCount(0);

  await otherPage.reload();
  const item = taskItem(otherPage, name);
  await expect(item).toContainText("Setup: Received, waiting for a roadie");
  await expect(item).toContainText("Inventory: In stock: Microphone × 12");
  await expect(item.getByText("Setup: Received, waiting for a roadie")).toHaveCount(1);
  await other.close();
});

test("bad input is explained at the field and nothing is stored", async ({ page, request }) => {
  await page.goto("/");
  // Hydrated (the socket connects from an effect): a submit before that is not the form's.
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  const tasks = tasksPortlet(page);
  const before = await tasks.getByRole("listitem").count();

  await addTask(page, { name: "   " });
  await expect(tasks.getByText("Name is required.")).toBeVisible();
  await expect(tasks.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

  await addTask(page, { name: "x".repeat(121), description: "y".repeat(2001) });
  await expect(tasks.getByText("Name must be at most 120 characters.")).toBeVisible();
  await expect(tasks.getByText("Description must be at most 2000 characters.")).toBeVisible();
  // The form keeps what was typed, so nothing is lost.
  await expect(tasks.getByLabel("Description")).toHaveValue("y".repeat(2001));

  await page.reload();
  await expect(tasksPortlet(page).getByRole("listitem")).toHaveCount(before);
  expect((await request.get("/api/health")).ok()).toBe(true);
});

test("what is typed before the page's script has loaded is kept once it has", async ({ page }) => {
  // The server-rendered form takes keys at once; React arrives later on a slow phone.
  const { release } = await openBeforeHydration(page);
  const tasks = tasksPortlet(page);
  const name = uniqueName("Typed early");
  await tasks.getByLabel("Name").fill(name);
  await tasks.getByLabel("Description").fill("before hydration");
  release();
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  await expect(tasks.getByLabel("Name")).toHaveValue(name);
  await expect(tasks.getByLabel("Description")).toHaveValue("before hydration");
  // And it is the form's now: sent as typed.
  await tasks.getByRole("button", { name: "Add task" }).click();
  await expect(taskItem(page, name)).toBeVisible();
  await expect(tasks.getByLabel("Name")).toHaveValue("");
});

test("an unknown status sent around the form is refused", async ({ page }) => {
  await page.goto("/");
  // Hydrated first: hydration re-selects the select's default, dropping a forged option.
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  const status = tasksPortlet(page).getByLabel("Status");
  const name = uniqueName("Forged status");
  await tasksPortlet(page).getByLabel("Name").fill(name);
  // Forge an option the form does not offer, as a hand-made request would; last, since
  // the fields are controlled: a re-render selects the form's own value again.
  await status.evaluate((select: HTMLSelectElement) => {
    const forged = new Option("Cancelled", "Cancelled", true, true);
    select.add(forged);
  });
  await tasksPortlet(page).getByRole("button", { name: "Add task" }).click();
  await expect(tasksPortlet(page).getByText("Status must be one of: Open, In progress, Done.")).toBeVisible();
  await page.reload();
  await expect(taskItem(page, name)).toHaveCount(0);
});

test("a task and its replies that arrive while a search is loading are shown once it has loaded", async ({ page, baseURL }) => {
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  const name = uniqueName("Rig the follow spots");
  const word = name.split(" ").at(-1)!;
  // The search's page is read at once but reaches the browser only after the task was added and answered:
  // the page the portlet gets is older than the pushes it has seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let read!: () => void;
  const answered = new Promise<void>((resolve) => (read = resolve));
  await page.route(/\/api\/tasks\?.*q=/, async (route) => {
    const response = await route.fetch();
    read();
    await held;
    await route.fulfill({ response });
  });
  await tasksPortlet(page).getByLabel("Search tasks").fill(word);
  await answered;

  const api = await apiAs(baseURL!, "manager");
  expect((await api.post("/api/tasks", { data: { name } })).status()).toBe(201);
  await api.dispose();
  await expect(taskItem(page, name)).toContainText("All replies in");
  release();

  await expect(
    tasksPortlet(page)
      .getByRole("status")
      .filter({ hasText: /^Showing/ }),
  ).toHaveText("Showing 1 of 1 task.");
  await expect(taskItem(page, name)).toContainText("All replies in");
  await expect(taskItem(page, name)).toContainText("Inventory: No stocked gear named in this task");
});
