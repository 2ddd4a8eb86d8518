import { expect, test } from "@playwright/test";
import { apiAs } from "../support/auth";
import { chooseOption, nextAction, portlet, reloadLive, resetAdminPage, uniqueName } from "./helpers";

// Tall enough that every portlet is on screen.
test.use({ viewport: { width: 1280, height: 2400 } });

/** Liferay's layout templates beyond equal columns, and portlet configuration that changes what a portlet shows. */
test.describe("the admin's page", () => {
  test.beforeEach(async ({ page }) => resetAdminPage(page));
  test.afterEach(async ({ page }) => resetAdminPage(page));

  test("layout templates 30/70, 70/30 and 1-2-1 size and place the portlets as named, and are kept", async ({ page }) => {
    const box = async (title: string) => (await portlet(page, title).boundingBox())!;
    const layout = page.getByLabel("Layout");
    // Setup and Inventory share the second row (Tasks, wide, takes the first).
    for (const [template, label, setupShare] of [
      ["30-70", "2 columns, 30/70", 0.3],
      ["70-30", "2 columns, 70/30", 0.7],
    ] as const) {
      const saved = nextAction(page);
      await layout.selectOption(label);
      await saved;
      await expect.poll(async () => (await box("Inventory")).x > (await box("Setup")).x).toBe(true);
      await expect
        .poll(async () => {
          const [setup, inventory] = [await box("Setup"), await box("Inventory")];
          return Math.abs(setup.width / (setup.width + inventory.width) - setupShare) < 0.03;
        })
        .toBe(true);
      await reloadLive(page);
      await expect(page.getByLabel("Layout")).toHaveValue(template);
    }

    const saved = nextAction(page);
    await layout.selectOption("1-2-1");
    await saved;
    // The first and the last portlet take a row each; the two between share one.
    await expect.poll(async () => Math.round((await box("Setup")).y) === Math.round((await box("Inventory")).y)).toBe(true);
    const main = (await page.getByRole("main").boundingBox())!;
    for (const title of ["Tasks", "Message Bus"]) expect(Math.abs((await box(title)).width - main.width)).toBeLessThan(2);
    expect((await box("Message Bus")).y).toBeGreaterThan((await box("Setup")).y);
    await reloadLive(page);
    await expect(page.getByLabel("Layout")).toHaveValue("1-2-1");
  });

  test("configure the Setup portlet to leave out done requests; kept after a reload", async ({ page, baseURL }) => {
    const api = await apiAs(baseURL!, "manager");
    const name = uniqueName("Finished");
    expect((await api.post("/api/tasks", { data: { name } })).status()).toBe(201);
    await api.dispose();
    const card = portlet(page, "Setup").getByRole("listitem").filter({ hasText: name });
    await expect(card).toBeVisible();
    await card.getByRole("button", { name: "Done", exact: true }).click();
    await expect(card).toContainText("Now: Done");

    await chooseOption(page, "Setup", "Configuration");
    const dialog = page.getByRole("dialog", { name: "Configure Setup" });
    await expect(dialog.getByRole("group", { name: "Show requests that are" })).toBeVisible();
    await dialog.getByRole("checkbox", { name: "Done" }).uncheck();
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(card).toHaveCount(0);
    await reloadLive(page);
    await expect(portlet(page, "Setup").getByRole("listitem").filter({ hasText: name })).toHaveCount(0);
    // Nor is it offered as a filter, which could only show "No requests match".
    const byProgress = portlet(page, "Setup").getByLabel("Filter requests by progress");
    await expect(byProgress.getByRole("option", { name: "Done" })).toHaveCount(0);
    await expect(byProgress.getByRole("option", { name: "Blocked" })).toHaveCount(1);
    await chooseOption(page, "Setup", "Configuration");
    await expect(page.getByRole("dialog", { name: "Configure Setup" }).getByRole("checkbox", { name: "Done" })).not.toBeChecked();
    await expect(page.getByRole("dialog", { name: "Configure Setup" }).getByRole("checkbox", { name: "Blocked" })).toBeChecked();
  });
});
