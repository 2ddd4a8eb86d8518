import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openLive } from "./helpers";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
}

test("the portal has no axe violations in the light theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openLive(page);
  await expectNoViolations(page);
});

test("the portal has no axe violations in the dark theme, chosen with the toggle and kept", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openLive(page);
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveClass("dark");

  // The server renders the saved choice, so the page arrives dark (no flash).
  const html = await (await page.request.get("/")).text();
  expect(html).toMatch(/<html[^>]*class="dark"/);
  await openLive(page);
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => localStorage.getItem("tourbus-theme"))).toBe("dark");
  await expectNoViolations(page);
});

test("the dark theme follows the system when nothing was chosen", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openLive(page);
  await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  await expectNoViolations(page);
});
