import { expect, test, type Browser, type Page } from "@playwright/test";
import de from "@/lib/shared/i18n/messages/de.json" with { type: "json" };
import en from "@/lib/shared/i18n/messages/en.json" with { type: "json" };
import type { Role } from "@/lib/shared/roles";
import { NO_SESSION, storageStateOf } from "../support/auth";
import { expectNoViolations } from "../support/axe";

/**
 * Every page a user can reach, in both languages and both themes and on a phone: no axe
 * violations, and at 390 px nothing wider than the screen and no scroll space below the
 * content. Each page is recognised by the catalogue's words of the language it is in.
 * Other suites check each page in its states (dialogs open, errors shown); this one
 * makes sure none is forgotten.
 */
type Messages = typeof en;
const LANGUAGES = { en: { messages: en, browser: "en-US" }, de: { messages: de, browser: "de-DE" } } as const;
type Language = keyof typeof LANGUAGES;

type PageCase = {
  name: string;
  path: string;
  as: Role | "signed out";
  ready: (page: Page, words: Messages) => Promise<void>;
  /** Makes what the path shows, when it is not there from the start (once: it is kept). */
  prepare?: (page: Page, words: Messages) => Promise<void>;
};

/** The roadie's second page, added through "Manage pages" the first time it is needed. */
const SECOND_PAGE = { name: "Every page check", path: "/p/every-page-check" };

async function addSecondPage(page: Page, words: Messages) {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: words.portal.pages.nav });
  if ((await nav.getByRole("link", { name: SECOND_PAGE.name }).count()) > 0) return;
  await page.getByRole("button", { name: words.portal.pages.manage }).click();
  await page.getByLabel(words.portal.pages.newName).fill(SECOND_PAGE.name);
  await page.getByRole("button", { name: words.portal.pages.add }).click();
  await expect(page).toHaveURL(new RegExp(`${SECOND_PAGE.path}$`));
}

const heading = (text: (words: Messages) => string) => async (page: Page, words: Messages) => {
  await expect(page.getByRole("heading", { level: 1, name: text(words) })).toBeVisible();
};

const PAGES: PageCase[] = [
  {
    name: "the portal",
    path: "/",
    as: "admin",
    ready: async (page, words) => {
      await expect(page.getByRole("status").filter({ hasText: words.connection.live })).toBeVisible();
      // Some portlet, not a named one: customize.spec, in the other lane, removes and puts back
      // the demo admin's portlets. (A new admin of this suite's own would make the demo admin
      // no longer the last one, which users.spec counts on.)
      await expect(page.getByRole("main").getByRole("region").first()).toBeVisible();
    },
  },
  {
    name: "the roadie's portal",
    path: "/",
    as: "roadie",
    ready: async (page, words) =>
      void (await expect(page.getByRole("region", { name: words.portlets.setup.title })).toBeVisible()),
  },
  {
    name: "a second portal page, empty",
    path: SECOND_PAGE.path,
    as: "roadie",
    prepare: addSecondPage,
    ready: async (page, words) => void (await expect(page.getByText(words.portal.layout.empty)).toBeVisible()),
  },
  { name: "API tokens", path: "/tokens", as: "manager", ready: heading((words) => words.tokens.page.heading) },
  { name: "Users", path: "/admin/users", as: "admin", ready: heading((words) => words.admin.usersPage.heading) },
  {
    name: "Permissions",
    path: "/admin/permissions",
    as: "admin",
    ready: heading((words) => words.admin.permissionsPage.heading),
  },
  { name: "Start pages", path: "/admin/pages", as: "admin", ready: heading((words) => words.admin.startPagesPage.heading) },
  {
    name: "the refusal of an admin page",
    path: "/admin/users",
    as: "roadie",
    ready: async (page, words) => void (await expect(page.getByText(words.portal.forbidden.heading)).toBeVisible()),
  },
  {
    name: "an address with no page (a removed page's)",
    path: "/p/no-such-page",
    as: "manager",
    ready: async (page, words) => {
      await expect(page.getByRole("heading", { name: words.portal.notFound.heading })).toBeVisible();
      await expect(page.getByRole("link", { name: words.portal.notFound.back })).toHaveAttribute("href", "/");
    },
  },
  {
    name: "sign-in",
    path: "/sign-in",
    as: "signed out",
    ready: async (page, words) =>
      void (await expect(page.getByRole("button", { name: words.auth.signInForm.submit })).toBeVisible()),
  },
];

async function open(browser: Browser, at: PageCase, language: Language) {
  const { messages, browser: locale } = LANGUAGES[language];
  const context = await browser.newContext({
    storageState: at.as === "signed out" ? NO_SESSION : storageStateOf(at.as),
    colorScheme: "light",
    viewport: { width: 1280, height: 900 },
    // The browser's preference picks the language: the demo users have chosen none.
    locale,
  });
  const page = await context.newPage();
  await at.prepare?.(page, messages);
  const ready = async () => {
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await at.ready(page, messages);
  };
  await page.goto(at.path);
  await ready();
  return { context, page, ready };
}

/** Every key of the catalogue ("notifications.toasts.label"): what a page shows in place of a message it was not handed. */
const KEYS = new Set<string>();
(function collect(messages: object, prefix: string) {
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") KEYS.add(`${prefix}${key}`);
    else collect(value as object, `${prefix}${key}.`);
  }
})(en, "");

/** The catalogue keys the page shows, as text or as an accessible name, title or placeholder. */
async function keysShown(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => [
    document.body.innerText,
    ...[...document.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap((element) =>
      ["aria-label", "title", "placeholder"].map((name) => element.getAttribute(name) ?? ""),
    ),
  ]);
  return [...new Set(texts.flatMap((text) => text.match(/[A-Za-z]+(?:\.[A-Za-z]+)+/g) ?? []))].filter((word) => KEYS.has(word));
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

// One page load per page and language, then the theme and the screen switched in place:
// the colours follow the system's scheme (CSS light-dark()), so no reload is needed for
// the dark theme; the phone gets a reload, as a phone would load the page at its width.
for (const at of PAGES) {
  for (const language of ["en", "de"] as const) {
    const themes = language === "en" ? "the light and dark themes" : "the light theme";
    test(`${at.name} (${at.path}, ${at.as}, ${language}): no axe violations in ${themes}; on a 390 px phone no wider than the screen, no longer than its content`, async ({
      browser,
    }) => {
      // Up to three loads and two axe scans: the admin's portal, large late in a run, takes 10–20 s a scan on two busy cores.
      test.setTimeout(90_000);
      const { context, page, ready } = await open(browser, at, language);
      // Every message the page's client components read was handed to them (client-messages.tsx).
      expect(await keysShown(page)).toEqual([]);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await test.step("light theme", () => expectNoViolations(page));
      // The colours do not depend on the language: the dark theme is checked in English.
      if (language === "en") {
        const light = await background();
        await test.step("dark theme", async () => {
          await page.emulateMedia({ colorScheme: "dark" });
          // Checked in the dark colours, not the light ones again.
          await expect.poll(background).not.toBe(light);
          await expectNoViolations(page);
        });
      }
      await test.step("390 px phone", async () => {
        await page.emulateMedia({ colorScheme: "light" });
        await page.setViewportSize({ width: 390, height: 844 });
        await page.reload();
        await ready();
        const size = await measure(page);
        expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
        expect(size.scrollHeight).toBeLessThanOrEqual(Math.max(size.viewport, Math.ceil(size.contentBottom) + 1));
      });
      await context.close();
    });
  }
}
