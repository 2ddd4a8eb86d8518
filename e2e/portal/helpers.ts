import { expect, type Page } from "@playwright/test";
import { FEATURES } from "@/lib/features/registry";

export function portlet(page: Page, name: string) {
  return page.getByRole("region", { name, exact: true });
}

export function taskItem(page: Page, name: string) {
  return portlet(page, "Tasks")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name, exact: true }) });
}

/** A name no other test or demo task uses, so assertions cannot match stale rows. */
export function uniqueName(label: string) {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export type GearLine = { name: string; quantity: number | string };

/** Picks gear lines in the Tasks form's gear picker, after the lines it shows already. */
export async function pickGear(page: Page, lines: readonly GearLine[]) {
  const tasks = portlet(page, "Tasks");
  const first = await tasks.getByRole("combobox", { name: /^Gear item \d+$/ }).count();
  for (const [index, line] of lines.entries()) {
    const n = first + index + 1;
    await tasks.getByRole("button", { name: "Add gear item" }).click();
    await expect(tasks.getByLabel(`Gear item ${n}`, { exact: true })).toBeFocused();
    await tasks.getByLabel(`Gear item ${n}`, { exact: true }).selectOption(line.name);
    await tasks.getByLabel(`Quantity of gear item ${n}`, { exact: true }).fill(String(line.quantity));
  }
}

export async function addTask(page: Page, fields: { name: string; description?: string; gear?: readonly GearLine[] }) {
  const tasks = portlet(page, "Tasks");
  await tasks.getByLabel("Name").fill(fields.name);
  await tasks.getByLabel("Description").fill(fields.description ?? "");
  await pickGear(page, fields.gear ?? []);
  await tasks.getByRole("button", { name: "Add task" }).click();
  await expect(taskItem(page, fields.name)).toBeVisible();
  // The form clears once the action has answered (the list may show the task sooner, pushed live).
  await expect(tasks.getByLabel("Name")).toHaveValue("");
}

/**
 * Opens the portal and waits until it is live: the socket connects from an effect, so
 * "Live" also means React has hydrated (a click before that is lost) and no push is missed.
 */
export async function openLive(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
}

/**
 * Opens the portal with its scripts held back, as on a slow phone: the server-rendered
 * fields take keys before React has hydrated them. `release` lets the scripts load.
 */
export async function openBeforeHydration(page: Page): Promise<{ release: () => void }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/", { waitUntil: "commit" });
  return { release };
}

/** Reloads and waits until the page is live again (see openLive). */
export async function reloadLive(page: Page) {
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
}

/** The portlets' titles in page order. */
export function portletOrder(page: Page) {
  return page.getByRole("heading", { level: 2 }).allTextContents();
}

/** Every portlet's title in the registry's (the default page's) order: the admin sees them all. */
export type PortletTitle = (typeof FEATURES)[number]["title"];
export const ALL_PORTLETS: readonly PortletTitle[] = FEATURES.map((feature) => feature.title);

/** ALL_PORTLETS without `titles`, in the same order. */
export function portletsWithout(...titles: PortletTitle[]): PortletTitle[] {
  return ALL_PORTLETS.filter((title) => !titles.includes(title));
}

/** The bell in the header; its name carries the unread count ("Notifications, 3 unread problems"). */
export function bell(page: Page) {
  return page.getByRole("button", { name: /^Notifications/ });
}

/**
 * The tab goes to the background (or comes back), as when the crew switches to another
 * tab or app: routine replies are then not read by arriving on screen.
 */
export async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((hide) => {
    if (hide) {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
    } else {
      // Back to the prototype's getters.
      Reflect.deleteProperty(document, "visibilityState");
      Reflect.deleteProperty(document, "hidden");
    }
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
}

/** Reads whatever earlier suites left unread, so a test counts from zero. */
export async function readAll(page: Page) {
  await bell(page).click();
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await page.keyboard.press("Escape");
  await expect(page).toHaveTitle("tourbus");
}

/** Resolves when the page's next server action has answered. */
export function nextAction(page: Page) {
  return page.waitForResponse((response) => response.request().headers()["next-action"] !== undefined);
}

/** The admin's page is shared by the suites: they start and end each test from the default layout. */
export async function resetAdminPage(page: Page) {
  await openLive(page);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Reset layout" }).click();
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Layout reset.");
  await reloadLive(page);
  expect(await portletOrder(page)).toEqual(ALL_PORTLETS);
}

/** Picks an item of a portlet's Options menu. */
export async function chooseOption(page: Page, title: string, item: "Configuration" | "Remove") {
  await portlet(page, title).getByRole("button", { name: "Options", exact: true }).click();
  await page.getByRole("menuitem", { name: item }).click();
}
