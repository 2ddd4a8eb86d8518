import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations } from "../support/axe";
import { addUserOnPage, newUser, userRow } from "./helpers";

const PAGES = [
  { path: "/admin/users", heading: "Users" },
  { path: "/admin/permissions", heading: "Permissions" },
] as const;

async function open(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

// Each page in both themes and languages, as it first shows: e2e/portal/every-page.spec.ts.

test("/admin/users has no axe violations with field errors, a disabled user and an open dialog", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await open(page, "/admin/users", "Users");
  const gus = newUser("roadie", "Gus");
  await addUserOnPage(page, gus);
  const row = userRow(page, gus);
  await row.getByRole("button", { name: `Disable ${gus.name}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Disable user" }).click();
  await expect(row.getByRole("button", { name: `Enable ${gus.name}` })).toBeVisible();
  const form = page.getByRole("region", { name: "Add a user" });
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expectNoViolations(page);
  await row.getByRole("button", { name: `Reset password of ${gus.name}` }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoViolations(page);
});

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const { path, heading } of PAGES) {
    test(`${path} is no longer than its content and nothing overflows sideways`, async ({ page }) => {
      await open(page, path, heading);
      if (path === "/admin/users") {
        // A long name and email, as a real crew has: they wrap instead of widening the table.
        const long = newUser("inventory", "Maximiliane-Konstantinopoulou");
        await addUserOnPage(page, { ...long, email: `very.long.address.of.${long.email}` });
      }
      const size = await page.evaluate(() => {
        const root = document.documentElement;
        // The page's own wrapper (Next puts other elements in <body> too).
        const content = document.querySelector("h1")!.closest("body > *")!.getBoundingClientRect();
        let widest = 0;
        for (const element of document.body.querySelectorAll("*"))
          widest = Math.max(widest, element.getBoundingClientRect().right);
        return {
          scrollWidth: root.scrollWidth,
          clientWidth: root.clientWidth,
          widest,
          scrollHeight: root.scrollHeight,
          contentBottom: content.bottom + window.scrollY,
          viewport: window.innerHeight,
        };
      });
      expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
      expect(size.widest).toBeLessThanOrEqual(size.clientWidth);
      expect(size.scrollHeight).toBeLessThanOrEqual(Math.max(size.viewport, Math.ceil(size.contentBottom) + 1));
    });
  }
});
