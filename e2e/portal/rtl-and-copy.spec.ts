import { expect, test, type Locator } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { openLive, portlet, taskItem, uniqueName } from "./helpers";

const direction = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction);

test("right-to-left task names, descriptions and reasons read right to left, wherever they are shown", async ({ page }) => {
  await openLive(page);
  // Hebrew first: the name's direction is right to left.
  const name = `הגברה לבמה ${uniqueName("").trim()}`;
  const tasks = portlet(page, "Tasks");
  await tasks.getByLabel("Name").fill(name);
  await tasks.getByLabel("Description").fill("تركيب مكبرات الصوت على المسرح");
  await tasks.getByRole("button", { name: "Add task" }).click();

  const item = taskItem(page, name);
  const heading = item.getByRole("heading", { name });
  await expect(heading).toHaveAttribute("dir", "auto");
  expect(await direction(heading)).toBe("rtl");
  expect(await direction(item.getByText("تركيب مكبرات الصوت على المسرح"))).toBe("rtl");

  const card = portlet(page, "Setup")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name, exact: true }) });
  expect(await direction(card.getByRole("heading", { name }))).toBe("rtl");
  await card.getByLabel("Reason blocked").fill("אין חשמל");
  await card.getByRole("button", { name: "Blocked" }).click();
  const reason = item.getByText("Blocked: אין חשמל");
  await expect(reason).toBeVisible();
  // A <bdi>: the reason's own direction, without turning the line around it.
  expect(await reason.evaluate((element) => element.tagName)).toBe("BDI");
});

test.describe("the one-time API token", () => {
  test.use({ storageState: storageStateOf("manager") });

  test("has a Copy button that copies it and says Copied", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/tokens");
    await page.getByLabel("Token name").fill(uniqueName("Copy me"));
    await page.getByRole("button", { name: "Create token" }).click();
    const token = await page.getByLabel("New token", { exact: true }).inputValue();
    expect(token).toMatch(/^tb_/);
    await page.getByRole("button", { name: "Copy token" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    // Said to a screen reader too, in a live region.
    await expect(page.getByRole("status").filter({ hasText: /^Copied to the clipboard\.$/ })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    // It reads "Copy" again after a moment, ready for another go.
    await expect(page.getByRole("button", { name: "Copy token" })).toBeVisible({ timeout: 5_000 });
  });
});
