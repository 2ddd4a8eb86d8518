import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { addTask, openLive, portlet, portletOrder, reloadLive, taskItem, uniqueName } from "./helpers";

test.describe("the manager's page", () => {
  test.use({ storageState: storageStateOf("manager"), viewport: { width: 1280, height: 900 } });

  test("“asking the crew…” goes once every reply is in", async ({ page }) => {
    await openLive(page);
    const name = uniqueName("Tune the guitars");
    await addTask(page, { name, gear: [{ name: "Amplifier", quantity: 1 }] });
    await expect(taskItem(page, name)).toContainText("All replies in");
    await expect(portlet(page, "Tasks").getByText(/asking the crew/)).toHaveCount(0);
  });

  test("stacked toasts leave the Roadies: column uncovered", async ({ page }) => {
    await openLive(page);
    for (let n = 0; n < 4; n += 1) await addTask(page, { name: uniqueName(`Toast ${n}`) });
    const toasts = page.getByRole("status", { name: "Notifications" }).getByRole("button", { name: "Dismiss notification" });
    // Three at most: an older one gives way.
    await expect(toasts).toHaveCount(3);
    const overlaps = await page.evaluate(() => {
      const region = document.querySelector('[role=status][aria-label="Notifications"]')!;
      const cards = [...region.children].map((element) => element.getBoundingClientRect());
      const roadies = [...document.querySelectorAll("dt")]
        .filter((term) => term.textContent === "Roadies:")
        .flatMap((term) => [term, term.nextElementSibling!]);
      const onScreen = roadies
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.bottom > 0 && box.top < window.innerHeight);
      return {
        cards: cards.length,
        checked: onScreen.length,
        hits: onScreen.filter((box) =>
          cards.some((card) => card.left < box.right && box.left < card.right && card.top < box.bottom && box.top < card.bottom),
        ).length,
      };
    });
    expect(overlaps.cards).toBe(3);
    expect(overlaps.checked).toBeGreaterThan(0);
    expect(overlaps.hits).toBe(0);
  });
});

test.describe("the admin's page", () => {
  test.use({ viewport: { width: 1280, height: 2400 } });

  async function resetLayout(page: Page) {
    await openLive(page);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Reset layout" }).click();
    await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Layout reset.");
    await reloadLive(page);
  }
  test.beforeEach(async ({ page }) => resetLayout(page));
  test.afterEach(async ({ page }) => resetLayout(page));

  test("a portlet removed and added back returns where it was", async ({ page }) => {
    const before = await portletOrder(page);
    expect(before).toEqual(["Tasks", "Setup", "Inventory", "Message Bus"]);
    await portlet(page, "Inventory").getByRole("button", { name: "Options", exact: true }).click();
    await page.getByRole("menuitem", { name: "Remove" }).click();
    await expect(portlet(page, "Inventory")).toHaveCount(0);

    await page.getByRole("button", { name: "Add portlet" }).click();
    await expect(page.getByRole("dialog", { name: "Add portlet" })).toBeVisible();
    const saved = page.waitForResponse((response) => response.request().headers()["next-action"] !== undefined);
    await page.getByRole("dialog", { name: "Add portlet" }).getByRole("button", { name: "Add Inventory" }).click();
    await saved;
    expect(await portletOrder(page)).toEqual(before);
    await reloadLive(page);
    expect(await portletOrder(page)).toEqual(before);
  });
});
