import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "../support/axe";
import { openLive, portlet, taskItem, uniqueName } from "./helpers";

// The admin sees Tasks, Setup and the Message Bus portlet (the project's default user).

async function addTask(page: Page, name: string) {
  const created = await page.request.post("/api/tasks", { data: { name, description: "one amplifier" } });
  expect(created.status()).toBe(201);
  await expect(taskItem(page, name)).toContainText("All replies in");
}

test("'Trail' brings the trail into view with focus, and closing hands focus back", async ({ page }) => {
  await openLive(page);
  const name = uniqueName("Trail focus");
  await addTask(page, name);

  const button = taskItem(page, name).getByRole("button", { name: `Show trail of ${name}` });
  const box = await button.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(24);
  expect(box!.width).toBeGreaterThanOrEqual(24);
  await button.scrollIntoViewIfNeeded();
  await button.click();

  const trail = portlet(page, "Message Bus").getByRole("region", { name: `Trail of ${name}` });
  await expect(trail).toBeFocused();
  await expect(trail).toBeInViewport();
  await expect(trail.getByRole("list", { name: `Trail of ${name}` }).locator(":scope > li")).toHaveCount(3);

  const close = trail.getByRole("button", { name: "Close trail" });
  const closeBox = await close.boundingBox();
  expect(closeBox!.height).toBeGreaterThanOrEqual(24);
  expect(closeBox!.width).toBeGreaterThanOrEqual(24);
  await close.click();
  await expect(trail).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toBeInViewport();
});

test("'Trail' from the keyboard: Enter opens and focuses it, 'Close trail' returns to the button", async ({ page }) => {
  await openLive(page);
  const name = uniqueName("Trail keys");
  await addTask(page, name);
  const button = taskItem(page, name).getByRole("button", { name: `Show trail of ${name}` });
  await button.focus();
  await page.keyboard.press("Enter");
  const trail = page.getByRole("region", { name: `Trail of ${name}` });
  await expect(trail).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(trail.getByRole("button", { name: "Close trail" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(button).toBeFocused();
});

test("the trail shows a roadie's reports with their state, in the responders' words", async ({ page }) => {
  await openLive(page);
  const name = uniqueName("Trail progress");
  await addTask(page, name);
  const request = portlet(page, "Setup").getByRole("listitem").filter({ hasText: name });
  await request.getByRole("button", { name: "In progress" }).click();
  await expect(taskItem(page, name)).toContainText("Roadies: In progress");
  await request.getByLabel("Reason blocked").fill("No power on stage left");
  await request.getByRole("button", { name: "Blocked" }).click();
  await expect(taskItem(page, name)).toContainText("Roadies: Blocked: No power on stage left");

  await taskItem(page, name)
    .getByRole("button", { name: `Show trail of ${name}` })
    .click();
  const steps = page.getByRole("list", { name: `Trail of ${name}` }).locator(":scope > li");
  await expect(steps).toHaveCount(5);
  await expect(steps.nth(1)).toContainText("Setup: Received, waiting for a roadie");
  await expect(steps.filter({ hasText: "Setup: In progress" })).toHaveCount(1);
  await expect(steps.filter({ hasText: "Setup: Blocked: No power on stage left" })).toHaveCount(1);
  await expect(steps.filter({ hasText: "Inventory: " })).toHaveCount(1);
});

test("a log filter without a match says so and can be cleared", async ({ page }) => {
  await openLive(page);
  await addTask(page, uniqueName("Log filter"));
  const bus = portlet(page, "Message Bus");
  const log = bus.getByRole("list", { name: "Bus log" });
  await expect(log.getByRole("listitem").first()).toBeVisible();

  const id = bus.getByLabel("Correlation or message id");
  await id.fill("no-such-id");
  await expect(bus.getByText("No messages match id “no-such-id”.")).toBeVisible();
  await expect(bus.getByText("Nothing on the bus yet.")).toHaveCount(0);
  await expect(log).toHaveCount(0);

  await bus.getByLabel("Destination").selectOption("tour/manager/task");
  await expect(bus.getByText("No messages match destination tour/manager/task and id “no-such-id”.")).toBeVisible();
  const clear = bus.getByRole("button", { name: "Clear filter" });
  expect((await clear.boundingBox())!.height).toBeGreaterThanOrEqual(24);
  await clear.click();
  await expect(id).toHaveValue("");
  await expect(id).toBeFocused();
  await expect(bus.getByLabel("Destination")).toHaveValue("");
  await expect(log.getByRole("listitem").first()).toBeVisible();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the Message Bus portlet has no axe violations in the ${colorScheme} theme, trail open and log filtered`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openLive(page);
    const name = uniqueName("Trail axe");
    await addTask(page, name);
    await taskItem(page, name)
      .getByRole("button", { name: `Show trail of ${name}` })
      .click();
    await expect(page.getByRole("region", { name: `Trail of ${name}` })).toBeFocused();
    await portlet(page, "Message Bus").getByLabel("Correlation or message id").fill("no-such-id");
    await expect(page.getByText("No messages match id “no-such-id”.")).toBeVisible();
    // The whole page in the light theme; in the dark one the portlet, the trail and the task it opened from.
    await expectNoViolations(page, colorScheme === "dark" ? { within: "main" } : {});
  });
}

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the Message Bus portlet, its trail and log fit the width", async ({ page }) => {
    await openLive(page);
    const name = uniqueName("Trail on a phone with a rather long task name for a small screen");
    await addTask(page, name);
    await taskItem(page, name)
      .getByRole("button", { name: `Show trail of ${name}` })
      .click();
    const trail = page.getByRole("region", { name: `Trail of ${name}` });
    await expect(trail).toBeFocused();
    await expect(trail).toBeInViewport();
    const bus = portlet(page, "Message Bus");
    await expect(bus.getByRole("list", { name: "Bus log" }).getByRole("listitem").first()).toBeVisible();

    const widths = await bus.evaluate((section) => {
      const right = section.getBoundingClientRect().right;
      // Descendants sticking out of the portlet (a scrolling table's cells are inside its scroller).
      const outside = [...section.querySelectorAll("*")].filter((el) => {
        const scroller = el.closest(".overflow-x-auto");
        return !scroller && el.getBoundingClientRect().right > right + 0.5;
      });
      return {
        outside: outside.map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 40)}`),
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      };
    });
    expect(widths.outside).toEqual([]);
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.clientWidth);
  });
});
