import { expect, test, type Browser, type Page } from "@playwright/test";
import { apiAs, storageStateOf } from "../support/auth";
import { expectNoViolations } from "../support/axe";
import type { Role } from "@/lib/shared/roles";
import {
  ALL_PORTLETS,
  chooseOption,
  nextAction,
  openLive,
  portlet,
  portletOrder,
  portletsWithout,
  reloadLive,
  resetAdminPage,
  uniqueName,
} from "./helpers";

// Tall enough that every portlet is on screen.
test.use({ viewport: { width: 1280, height: 2400 } });

test.describe("the admin's page", () => {
  test.beforeEach(async ({ page }) => resetAdminPage(page));
  test.afterEach(async ({ page }) => resetAdminPage(page));

  test("remove a portlet and add it back through Add portlet; both survive a reload", async ({ page }) => {
    let saved = nextAction(page);
    await chooseOption(page, "Setup", "Remove");
    await saved;
    await expect(portlet(page, "Setup")).toHaveCount(0);
    // The removed portlet's menu is gone: focus moves on to Add portlet.
    await expect(page.getByRole("button", { name: "Add portlet" })).toBeFocused();
    await reloadLive(page);
    expect(await portletOrder(page)).toEqual(portletsWithout("Setup"));

    await page.getByRole("button", { name: "Add portlet" }).click();
    const dialog = page.getByRole("dialog", { name: "Add portlet" });
    await expect(dialog).toBeVisible();
    const listed = dialog.getByRole("list", { name: "Portlets you may place" }).getByRole("listitem");
    await expect(listed).toHaveCount(ALL_PORTLETS.length);
    // Placed ones are marked, not offered twice.
    await expect(listed.filter({ hasText: "Tasks" })).toContainText("On your page");
    await expect(dialog.getByRole("button", { name: "Add Tasks" })).toHaveCount(0);

    saved = nextAction(page);
    await dialog.getByRole("button", { name: "Add Setup" }).click();
    await saved;
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("button", { name: "Add portlet" })).toBeFocused();
    // Back in its place (removed before the reload: its place in the default order), with its live body loaded.
    expect(await portletOrder(page)).toEqual([...ALL_PORTLETS]);
    await expect(portlet(page, "Setup")).toBeInViewport();
    await expect(portlet(page, "Setup").getByText("Loading…")).toHaveCount(0);
    await reloadLive(page);
    expect(await portletOrder(page)).toEqual([...ALL_PORTLETS]);
  });

  test("configure the Tasks portlet: errors at the field, then a title and a page size that survive a reload", async ({
    page,
    baseURL,
  }) => {
    // More tasks than a page of five.
    const api = await apiAs(baseURL!, "admin");
    for (let i = 0; i < 6; i++) {
      expect((await api.post("/api/tasks", { data: { name: uniqueName(`Paged ${i}`) } })).status()).toBe(201);
    }
    await api.dispose();
    await reloadLive(page);

    await chooseOption(page, "Tasks", "Configuration");
    const dialog = page.getByRole("dialog", { name: "Configure Tasks" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Title")).toBeFocused();

    // Esc closes without saving; focus goes back to the menu's button.
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(portlet(page, "Tasks").getByRole("button", { name: "Options", exact: true })).toBeFocused();

    await chooseOption(page, "Tasks", "Configuration");
    // Focus stays in the dialog while it is open.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      expect(await dialog.evaluate((node) => node.contains(document.activeElement))).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Shift+Tab");
      expect(await dialog.evaluate((node) => node.contains(document.activeElement))).toBe(true);
    }
    await dialog.getByLabel("Title").fill("Load-in");
    await dialog.getByLabel("Tasks per page").fill("2");
    await dialog.getByLabel("Default status filter").selectOption("All");
    await dialog.getByRole("button", { name: "Save" }).click();
    const pageSize = dialog.getByLabel("Tasks per page");
    await expect(pageSize).toHaveAttribute("aria-invalid", "true");
    await expect(pageSize).toHaveAccessibleDescription("At least 5.");
    await expect(pageSize).toBeFocused();

    await pageSize.fill("5");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Configuration saved.");
    // The section's accessible name follows the title; the list shows a page of five.
    const tasks = portlet(page, "Load-in");
    await expect(tasks).toBeVisible();
    await expect(portlet(page, "Tasks")).toHaveCount(0);
    await expect(tasks.getByRole("button", { name: "Options", exact: true })).toBeFocused();
    await expect(tasks.getByRole("list", { name: "Setup tasks" }).getByRole("listitem")).toHaveCount(5);
    await expect(tasks.getByRole("button", { name: "Show more tasks" })).toBeVisible();

    await reloadLive(page);
    const items = portlet(page, "Load-in").getByRole("list", { name: "Setup tasks" }).getByRole("listitem");
    await expect(items).toHaveCount(5);
    const total = Number(
      (await portlet(page, "Load-in")
        .getByText(/^Showing 5 of \d+ tasks\.$/)
        .textContent())!.match(/of (\d+)/)![1],
    );
    expect(total).toBeGreaterThan(5);
    await portlet(page, "Load-in").getByRole("button", { name: "Show more tasks" }).click();
    await expect(items).toHaveCount(Math.min(10, total));

    // Cancel keeps what was saved.
    await chooseOption(page, "Load-in", "Configuration");
    await page.getByRole("dialog", { name: "Configure Load-in" }).getByLabel("Title").fill("Something else");
    await page.getByRole("dialog", { name: "Configure Load-in" }).getByRole("button", { name: "Cancel" }).click();
    await expect(portlet(page, "Load-in")).toBeVisible();
  });

  test("the Message Bus shows only the destinations chosen in its configuration", async ({ page }) => {
    const stats = portlet(page, "Message Bus").getByRole("table", { name: "Statistics per destination" });
    await expect(stats.getByRole("rowheader", { name: "tour/manager/task" })).toBeVisible();

    await chooseOption(page, "Message Bus", "Configuration");
    const dialog = page.getByRole("dialog", { name: "Configure Message Bus" });
    const destinations = dialog.getByRole("group", { name: "Destinations shown" });
    await destinations.getByLabel("tour/roadie/setup").uncheck();
    await destinations.getByLabel("tour/manager/task").uncheck();
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(destinations).toHaveAccessibleDescription("Choose at least one destination.");

    await destinations.getByLabel("tour/roadie/setup").check();
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(stats.getByRole("rowheader", { name: "tour/roadie/setup" })).toBeVisible();
    await expect(stats.getByRole("rowheader", { name: "tour/manager/task" })).toHaveCount(0);
    await reloadLive(page);
    await expect(stats.getByRole("rowheader", { name: "tour/manager/task" })).toHaveCount(0);
  });

  test("layout templates: one, two or three columns, chosen per user and kept", async ({ page }) => {
    const lefts = async () =>
      Object.fromEntries(
        await Promise.all(ALL_PORTLETS.map(async (title) => [title, Math.round((await portlet(page, title).boundingBox())!.x)])),
      ) as Record<(typeof ALL_PORTLETS)[number], number>;
    const widthOf = async (title: string) => (await portlet(page, title).boundingBox())!.width;
    const layout = page.getByLabel("Layout");
    await expect(layout).toHaveValue("2");

    // Two columns (the admin's default): Tasks across, Setup and Inventory side by side.
    let x = await lefts();
    expect(x.Inventory).toBeGreaterThan(x.Setup);
    expect(Math.abs((await widthOf("Tasks")) - (await widthOf("Setup")) * 2)).toBeLessThan(30);

    let saved = nextAction(page);
    await layout.selectOption("1 column");
    await saved;
    await expect.poll(async () => new Set(Object.values(await lefts())).size).toBe(1);
    expect(Math.abs((await widthOf("Setup")) - (await widthOf("Tasks")))).toBeLessThan(2);

    saved = nextAction(page);
    await layout.selectOption("3 columns");
    await saved;
    // Tasks (wide) and Setup fill the first row; Inventory and Message Bus (wide) the second.
    await expect.poll(async () => new Set(Object.values(await lefts())).size).toBe(3);
    x = await lefts();
    expect(x.Setup).toBeGreaterThan(x["Message Bus"]);
    expect(x["Message Bus"]).toBeGreaterThan(x.Inventory);
    expect(x.Inventory).toBe(x.Tasks);

    await reloadLive(page);
    await expect(page.getByLabel("Layout")).toHaveValue("3");
    await expect.poll(async () => new Set(Object.values(await lefts())).size).toBe(3);

    // Alone on the page, a portlet takes the whole width, whatever the template.
    for (const title of ["Tasks", "Setup", "Message Bus"]) {
      saved = nextAction(page);
      await chooseOption(page, title, "Remove");
      await saved;
    }
    const grid = (await page.getByRole("main").boundingBox())!;
    expect(Math.abs((await widthOf("Inventory")) - grid.width)).toBeLessThan(2);

    // Reset: the role's portlets and template again.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Reset layout" }).click();
    await expect(page.getByLabel("Layout")).toHaveValue("2");
    expect(await portletOrder(page)).toEqual(ALL_PORTLETS);
    await reloadLive(page);
    await expect(page.getByLabel("Layout")).toHaveValue("2");
  });

  for (const theme of ["light", "dark"] as const) {
    test(`axe finds nothing with the portal's dialogs and menus open (${theme})`, async ({ page }) => {
      // Three axe passes (over the whole portal in the light theme): ~10 s each while the other lane runs beside it.
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: theme });
      await reloadLive(page);
      await portlet(page, "Tasks").getByRole("button", { name: "Options", exact: true }).click();
      await expect(page.getByRole("menu", { name: "Options for Tasks" })).toBeVisible();
      // The whole page in the light theme; in the dark one, what opened (the page itself: every-page).
      const opened = (selector: string) => (theme === "dark" ? { within: selector } : {});
      await expectNoViolations(page, opened('[role="menu"]'));
      await page.keyboard.press("Escape");

      await page.getByRole("button", { name: "Add portlet" }).click();
      await expect(page.getByRole("dialog", { name: "Add portlet" })).toBeVisible();
      await expectNoViolations(page, opened("dialog[open]"));
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog", { name: "Add portlet" })).toBeHidden();
      await expect(page.getByRole("button", { name: "Add portlet" })).toBeFocused();

      await chooseOption(page, "Tasks", "Configuration");
      const dialog = page.getByRole("dialog", { name: "Configure Tasks" });
      await dialog.getByLabel("Tasks per page").fill("1000");
      await dialog.getByRole("button", { name: "Save" }).click();
      await expect(dialog.getByLabel("Tasks per page")).toHaveAttribute("aria-invalid", "true");
      await expectNoViolations(page, opened("dialog[open]"));
    });
  }
});

test("the Add portlet dialog lists only what the role may place", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("manager") });
  const page = await context.newPage();
  await openLive(page);
  await page.getByRole("button", { name: "Add portlet" }).click();
  const listed = page.getByRole("dialog", { name: "Add portlet" }).getByRole("listitem");
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText("Tasks");
  await context.close();
});

/** The page's scrollable height against where its content ends. */
async function blankBelowContent(page: Page) {
  return page.evaluate(() => {
    const content = document.querySelector("main")!.parentElement!;
    const end = content.getBoundingClientRect().bottom + window.scrollY;
    return document.documentElement.scrollHeight - end;
  });
}

async function openAs(browser: Browser, role: Role, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ storageState: storageStateOf(role), viewport });
  const page = await context.newPage();
  await openLive(page);
  return { context, page };
}

test.describe("phone, 390 px wide", () => {
  // Long enough lists that each portlet scrolls inside itself (their hidden labels must not escape).
  test.beforeAll(async ({ baseURL }) => {
    const api = await apiAs(baseURL!, "manager");
    for (let i = 0; i < 10; i++) {
      expect(
        (
          await api.post("/api/tasks", { data: { name: uniqueName(`Phone ${i}`), gear: [{ name: "Amplifier", quantity: 1 }] } })
        ).status(),
      ).toBe(201);
    }
    await api.dispose();
  });

  for (const role of ["manager", "roadie", "inventory", "admin"] as const) {
    test(`no page is longer than its content: ${role}`, async ({ browser }) => {
      const { context, page } = await openAs(browser, role, { width: 390, height: 844 });
      expect(await blankBelowContent(page)).toBeLessThanOrEqual(1);
      // Nor wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await context.close();
    });
  }

  test("a single-portlet role's portlet takes the whole width on a wide screen too", async ({ browser }) => {
    for (const role of ["roadie", "inventory"] as const) {
      const { context, page } = await openAs(browser, role, { width: 1280, height: 900 });
      const main = (await page.getByRole("main").boundingBox())!;
      const only = (await page.locator("section[data-portlet]").boundingBox())!;
      expect(Math.abs(only.width - main.width)).toBeLessThan(2);
      await context.close();
    }
  });
});
