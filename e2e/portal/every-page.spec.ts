import { expect, test, type Browser, type Page } from "@playwright/test";
import type { Role } from "@/lib/shared/roles";
import { NO_SESSION, storageStateOf } from "../support/auth";
import { expectNoViolations } from "../support/axe";

/**
 * Every page a user can reach, in both themes and on a phone: no axe violations, and
 * at 390 px nothing wider than the screen and no scroll space below the content.
 * Other suites check each page in its states (dialogs open, errors shown); this one
 * makes sure none is forgotten.
 */
type PageCase = {
  name: string;
  path: string;
  as: Role | "signed out";
  ready: (page: Page) => Promise<void>;
  /** Makes what the path shows, when it is not there from the start (once: it is kept). */
  prepare?: (page: Page) => Promise<void>;
};

/** The roadie's second page, added through "Manage pages" the first time it is needed. */
const SECOND_PAGE = { name: "Every page check", path: "/p/every-page-check" };

async function addSecondPage(page: Page) {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Pages" });
  if ((await nav.getByRole("link", { name: SECOND_PAGE.name }).count()) > 0) return;
  await page.getByRole("button", { name: "Manage pages" }).click();
  await page.getByLabel("Name of the new page").fill(SECOND_PAGE.name);
  await page.getByRole("button", { name: "Add page" }).click();
  await expect(page).toHaveURL(new RegExp(`${SECOND_PAGE.path}$`));
}

const heading = (text: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole("heading", { level: 1, name: text })).toBeVisible();
};

const PAGES: PageCase[] = [
  {
    name: "the portal",
    path: "/",
    as: "admin",
    ready: async (page) => {
      await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
      await expect(page.getByRole("region", { name: "Tasks" })).toBeVisible();
    },
  },
  {
    name: "the roadie's portal",
    path: "/",
    as: "roadie",
    ready: async (page) => void (await expect(page.getByRole("region", { name: "Setup" })).toBeVisible()),
  },
  {
    name: "a second portal page, empty",
    path: SECOND_PAGE.path,
    as: "roadie",
    prepare: addSecondPage,
    ready: async (page) => void (await expect(page.getByText("Your page has no portlets.")).toBeVisible()),
  },
  { name: "API tokens", path: "/tokens", as: "manager", ready: heading(/tokens/i) },
  { name: "Users", path: "/admin/users", as: "admin", ready: heading("Users") },
  { name: "Permissions", path: "/admin/permissions", as: "admin", ready: heading("Permissions") },
  { name: "Start pages", path: "/admin/pages", as: "admin", ready: heading("Start pages") },
  {
    name: "the refusal of an admin page",
    path: "/admin/users",
    as: "roadie",
    ready: async (page) => void (await expect(page.getByText(/may not open this page/i)).toBeVisible()),
  },
  {
    name: "sign-in",
    path: "/sign-in",
    as: "signed out",
    ready: async (page) => void (await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible()),
  },
];

async function open(
  browser: Browser,
  at: PageCase,
  options: { theme: "light" | "dark"; viewport: { width: number; height: number } },
) {
  const context = await browser.newContext({
    storageState: at.as === "signed out" ? NO_SESSION : storageStateOf(at.as),
    colorScheme: options.theme,
    viewport: options.viewport,
  });
  const page = await context.newPage();
  await at.prepare?.(page);
  await page.goto(at.path);
  await at.ready(page);
  return { context, page };
}

/** How the page's scrollable size compares with the screen and with where its content ends. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    // The page's own wrappers: Next adds invisible elements (route announcer, portals) to <body>.
    const wrappers = [...document.body.children].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.height > 1 && getComputedStyle(element).position !== "fixed";
    });
    const contentBottom = Math.max(...wrappers.map((element) => element.getBoundingClientRect().bottom + window.scrollY));
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      scrollHeight: root.scrollHeight,
      contentBottom,
      viewport: window.innerHeight,
    };
  });
}

for (const at of PAGES) {
  for (const theme of ["light", "dark"] as const) {
    test(`${at.name} (${at.path}, ${at.as}) has no axe violations in the ${theme} theme`, async ({ browser }) => {
      const { context, page } = await open(browser, at, { theme, viewport: { width: 1280, height: 900 } });
      await expectNoViolations(page);
      await context.close();
    });
  }

  test(`${at.name} (${at.path}, ${at.as}) on a 390 px phone: no wider than the screen, no longer than its content`, async ({
    browser,
  }) => {
    const { context, page } = await open(browser, at, { theme: "light", viewport: { width: 390, height: 844 } });
    const size = await measure(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
    expect(size.scrollHeight).toBeLessThanOrEqual(Math.max(size.viewport, Math.ceil(size.contentBottom) + 1));
    await context.close();
  });
}
