import { expect, test } from "@playwright/test";
import { NO_SESSION } from "../support/auth";
import { expectNoViolations } from "../support/axe";
import { openLive } from "./helpers";

// The portal as it first shows, in both themes (following the system): e2e/portal/every-page.spec.ts.

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
  await expect(page.locator("html")).not.toHaveClass("dark");
});

test("the API tokens page has no axe violations, with a new token shown", async ({ page }) => {
  await page.goto("/tokens");
  await page.getByLabel("Token name").fill("axe check");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByLabel("New token")).toBeVisible();
  await expectNoViolations(page);
});

test.describe("signed out", () => {
  test.use({ storageState: NO_SESSION });

  test("the sign-in page has no axe violations, with an error shown", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expectNoViolations(page);
  });
});
