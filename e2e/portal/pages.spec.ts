import { expect, test, type Browser, type Page } from "@playwright/test";
import { addUserOnPage, newUser, signInElsewhere } from "../admin/helpers";
import { apiAs } from "../support/auth";
import { expectNoViolations } from "../support/axe";
import { addTask, openLive, portlet, reloadLive, taskItem } from "./helpers";

/** The links of the page bar, in order. */
function pageLinks(page: Page) {
  return page.getByRole("navigation", { name: "Pages" }).getByRole("link");
}

/** A manager made for one test (through the admin's page, as an admin would), signed in in a browser of their own. */
async function managerOfTheirOwn(admin: Page, browser: Browser, label: string): Promise<Page> {
  const user = newUser("manager", label);
  await admin.goto("/admin/users");
  await addUserOnPage(admin, user);
  return signInElsewhere(browser, user);
}

async function managePages(page: Page) {
  await page.getByRole("button", { name: "Manage pages" }).click();
  const dialog = page.getByRole("dialog", { name: "Manage pages" });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("several pages: add, rename, reorder and remove, each with its own portlets, layout and configuration, all kept", async ({
  page,
  browser,
}) => {
  // A whole day's worth of page edits, in two browsers: three times the default.
  test.slow();
  // A user of their own: the demo users' pages are shared by the other suites.
  const crew = await managerOfTheirOwn(page, browser, "Pages");

  // A new user starts with their role's default: one page, Home, at "/".
  await expect(pageLinks(crew)).toHaveText(["Home"]);
  await expect(crew.getByRole("link", { name: "Home" })).toHaveAttribute("aria-current", "page");
  await expect(portlet(crew, "Tasks")).toBeVisible();

  // A name it refuses is said at the field.
  let dialog = await managePages(crew);
  await dialog.getByRole("button", { name: "Add page" }).click();
  await expect(dialog.getByLabel("Name of the new page")).toHaveAccessibleDescription("Enter a name.");
  await dialog.getByLabel("Name of the new page").fill("Stage left");
  await dialog.getByRole("button", { name: "Add page" }).click();
  // A new page is empty, at its own address.
  await expect(crew).toHaveURL(/\/p\/stage-left$/);
  await expect(crew.getByText("Your page has no portlets.")).toBeVisible();
  await expect(pageLinks(crew)).toHaveText(["Home", "Stage left"]);
  await expect(crew.getByRole("link", { name: "Stage left" })).toHaveAttribute("aria-current", "page");

  // Its own portlets, template and configuration.
  await crew.getByRole("button", { name: "Add portlet" }).click();
  await crew.getByRole("dialog", { name: "Add portlet" }).getByRole("button", { name: "Add Tasks" }).click();
  await expect(portlet(crew, "Tasks").getByRole("button", { name: "Add task" })).toBeVisible();
  await crew.getByLabel("Layout").selectOption("2 columns, 70/30");
  await portlet(crew, "Tasks").getByRole("button", { name: "Options", exact: true }).click();
  await crew.getByRole("menuitem", { name: "Configuration" }).click();
  const configure = crew.getByRole("dialog", { name: "Configure Tasks" });
  await configure.getByLabel("Title").fill("Stage tasks");
  await configure.getByLabel("Tasks per page").fill("5");
  await configure.getByRole("button", { name: "Save" }).click();
  await expect(portlet(crew, "Stage tasks")).toBeVisible();

  await reloadLive(crew);
  await expect(crew).toHaveURL(/\/p\/stage-left$/);
  await expect(portlet(crew, "Stage tasks")).toBeVisible();
  await expect(crew.getByLabel("Layout")).toHaveValue("70-30");

  // Home kept its own: the portlet's own title, the default layout.
  await crew.getByRole("link", { name: "Home" }).click();
  await expect(crew).toHaveURL(/\/$/);
  await expect(portlet(crew, "Tasks")).toBeVisible();
  await expect(portlet(crew, "Stage tasks")).toHaveCount(0);
  await expect(crew.getByLabel("Layout")).toHaveValue("1");

  // Rename (the address stays), move it first ("/" shows it then), remove Home.
  dialog = await managePages(crew);
  await dialog.getByLabel("Name of page 2").fill("Load-in");
  await dialog.getByRole("button", { name: "Rename Stage left" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Page renamed to “Load-in”.");
  await dialog.getByRole("button", { name: "Move Load-in earlier" }).click();
  await expect(dialog.getByRole("status")).toHaveText("“Load-in” moved earlier.");
  await expect(pageLinks(crew)).toHaveText(["Load-in", "Home"]);
  await expect(dialog.getByRole("button", { name: "Move Load-in earlier" })).toBeDisabled();
  await dialog.getByRole("button", { name: "Close" }).click();
  await reloadLive(crew);
  await expect(pageLinks(crew)).toHaveText(["Load-in", "Home"]);
  await crew.goto("/");
  await expect(portlet(crew, "Stage tasks")).toBeVisible();
  await crew.goto("/p/stage-left");
  await expect(portlet(crew, "Stage tasks")).toBeVisible();

  dialog = await managePages(crew);
  await dialog.getByRole("button", { name: "Remove Home" }).click();
  await expect(pageLinks(crew)).toHaveText(["Load-in"]);
  // The last page stays.
  await expect(dialog.getByRole("button", { name: "Remove Load-in" })).toBeDisabled();
  await dialog.getByRole("button", { name: "Close" }).click();
  await reloadLive(crew);
  await expect(pageLinks(crew)).toHaveText(["Load-in"]);
  // A page that is not there (any more) is a 404, not someone else's page.
  const gone = await crew.goto("/p/home");
  expect(gone?.status()).toBe(404);
  await crew.context().close();
});

test("the admin sets the pages a role starts with; a new user of that role gets them", async ({ page, browser }) => {
  // Three users made and signed in, in three browsers.
  test.slow();
  // An admin of their own arranges the pages to hand on.
  const admin = newUser("admin", "Designer");
  await page.goto("/admin/users");
  await addUserOnPage(page, admin);
  const designer = await signInElsewhere(browser, admin);
  const dialog = await managePages(designer);
  await dialog.getByLabel("Name of the new page").fill("Gear desk");
  await dialog.getByRole("button", { name: "Add page" }).click();
  await expect(designer).toHaveURL(/\/p\/gear-desk$/);
  await designer.getByRole("button", { name: "Add portlet" }).click();
  await designer.getByRole("dialog", { name: "Add portlet" }).getByRole("button", { name: "Add Inventory" }).click();
  await expect(portlet(designer, "Inventory")).toBeVisible();

  await designer.goto("/admin/pages");
  await designer.getByLabel("Role", { exact: true }).selectOption("Inventory manager");
  await designer.getByRole("button", { name: "Use my pages" }).click();
  await expect(designer.getByRole("status", { name: "Notifications" })).toContainText(
    "Inventory manager: new users start with your 2 pages.",
  );
  const start = designer.getByRole("list", { name: "Start pages of Inventory manager" });
  await expect(start.getByRole("listitem")).toHaveText(["Home: Inventory", "Gear desk: Inventory"]);
  await designer.reload();
  await expect(start.getByRole("listitem")).toHaveText(["Home: Inventory", "Gear desk: Inventory"]);

  try {
    const keeper = newUser("inventory", "Keeper");
    await page.goto("/admin/users");
    await addUserOnPage(page, keeper);
    const crew = await signInElsewhere(browser, keeper);
    await expect(pageLinks(crew)).toHaveText(["Home", "Gear desk"]);
    await crew.getByRole("link", { name: "Gear desk" }).click();
    await expect(portlet(crew, "Inventory")).toBeVisible();
    await crew.context().close();
  } finally {
    await designer.goto("/admin/pages");
    await designer.getByRole("button", { name: "Back to the default for Inventory manager" }).click();
    await expect(designer.getByRole("list", { name: "Start pages of Inventory manager" })).toHaveCount(0);
    await designer.context().close();
  }
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds nothing with Manage pages open (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openLive(page);
    await managePages(page);
    await expectNoViolations(page);
  });
}

test("'Show task' followed on a page without the Tasks portlet opens the page that has it, at the task", async ({
  page,
  browser,
}) => {
  const crew = await managerOfTheirOwn(page, browser, "Follow");
  // A task whose gear is short: a problem, listed under the bell.
  const name = `Fog the stage ${Date.now().toString(36)}`;
  await addTask(crew, { name, gear: [{ name: "Fog machine", quantity: 1 }] });
  await expect(taskItem(crew, name)).toContainText("Short");

  const dialog = await managePages(crew);
  await dialog.getByLabel("Name of the new page").fill("Quiet");
  await dialog.getByRole("button", { name: "Add page" }).click();
  await expect(crew).toHaveURL(/\/p\/quiet$/);
  await expect(portlet(crew, "Tasks")).toHaveCount(0);

  await crew.getByRole("button", { name: /^Notifications/ }).click();
  await crew
    .getByRole("list", { name: "Problems on your tasks" })
    .getByRole("link", { name: new RegExp(name) })
    .click();
  await expect(crew).toHaveURL(/\/#task-[\w-]+$/);
  await expect(taskItem(crew, name)).toBeFocused();
  await crew.context().close();
});

test("a link to one of many tasks with the same name shows that task, beyond the search's first page", async ({
  page,
  browser,
  baseURL,
}) => {
  const crew = await managerOfTheirOwn(page, browser, "Many");
  // Five tasks a page: eight with one name do not fit on the search's first.
  await portlet(crew, "Tasks").getByRole("button", { name: "Options", exact: true }).click();
  await crew.getByRole("menuitem", { name: "Configuration" }).click();
  const configure = crew.getByRole("dialog", { name: "Configure Tasks" });
  await configure.getByLabel("Tasks per page").fill("5");
  await configure.getByRole("button", { name: "Save" }).click();
  await expect(configure).toBeHidden();

  const api = await apiAs(baseURL!, "admin");
  const name = `Soundcheck ${Date.now().toString(36)}`;
  const ids: string[] = [];
  for (let i = 0; i < 8; i++) {
    const created = await api.post("/api/tasks", { data: { name } });
    expect(created.status()).toBe(201);
    ids.push(((await created.json()) as { id: string }).id);
  }
  await api.dispose();

  // The oldest, as a bell's link or a shared address would ask for it, in a new tab (a load, not a hash change).
  const opened = await crew.context().newPage();
  await opened.goto(`/#task-${ids[0]}`);
  await expect(opened.locator(`[id="task-${ids[0]}"]`)).toBeFocused();
  await expect(portlet(opened, "Tasks").getByLabel("Search tasks")).toHaveValue(name);
  // The search's first page holds the five newest; the one asked for is held after them.
  await expect(opened.locator("[data-task-id]")).toHaveCount(6);
  await crew.context().close();
});

test("Manage pages says a refused name at the field it was typed in: blank, taken or too long, nothing cut", async ({
  page,
  browser,
}) => {
  const crew = await managerOfTheirOwn(page, browser, "Names");
  const dialog = await managePages(crew);
  const home = dialog.getByLabel("Name of page 1");

  await home.fill("   ");
  await dialog.getByRole("button", { name: "Rename Home" }).click();
  await expect(home).toHaveAccessibleDescription("Enter a name.");
  await expect(dialog.getByLabel("Name of the new page")).not.toHaveAttribute("aria-invalid", "true");

  const long = "Bühnenaufbau und Lichtprobe für die Hauptbühne";
  await home.fill(long);
  await dialog.getByRole("button", { name: "Rename Home" }).click();
  await expect(home).toHaveAccessibleDescription("At most 40 characters.");
  await expect(home).toHaveValue(long);

  const added = dialog.getByLabel("Name of the new page");
  await added.fill("home");
  await dialog.getByRole("button", { name: "Add page" }).click();
  await expect(added).toHaveAccessibleDescription("You have a page called “home” already: choose another name.");
  await expect(pageLinks(crew)).toHaveText(["Home"]);
  await crew.context().close();
});

test("moving a page in Manage pages keeps focus on that page's buttons", async ({ page, browser }) => {
  const crew = await managerOfTheirOwn(page, browser, "Order");
  let dialog = await managePages(crew);
  await dialog.getByLabel("Name of the new page").fill("Second");
  await dialog.getByRole("button", { name: "Add page" }).click();
  await expect(crew).toHaveURL(/\/p\/second$/);

  dialog = await managePages(crew);
  await dialog.getByRole("button", { name: "Move Second earlier" }).click();
  await expect(dialog.getByLabel("Name of page 1")).toHaveValue("Second");
  // First now, so "earlier" is off: focus is on its other move, not lost to the page.
  await expect(dialog.getByRole("button", { name: "Move Second later" })).toBeFocused();
  await crew.context().close();
});
