import { expect, test, type Page } from "@playwright/test";
import de from "@/lib/shared/i18n/messages/de.json" with { type: "json" };
import en from "@/lib/shared/i18n/messages/en.json" with { type: "json" };
import { addUserOnPage, newUser, type NewUser } from "../admin/helpers";
import { NO_SESSION, storageStateOf } from "../support/auth";
import { reloadLive } from "./helpers";

/**
 * Issue 20, item 10: the portal in English and German. The names the page is checked
 * for come from the catalogues themselves, so a changed text does not break the test
 * but a missing translation (English shown in a German page) does.
 */

/** The account's Language select (the visible one: on a phone the menu folds). */
const languageSelect = (page: Page, label: string) => page.getByRole("combobox", { name: label });

async function signInThroughForm(page: Page, user: NewUser) {
  await page.goto("/sign-in");
  await page.locator("#sign-in-email").fill(user.email);
  await page.locator("#sign-in-password").fill(user.password);
  await page.locator("form").getByRole("button").click();
  await expect(page).toHaveURL(/\/$/);
}

/** A manager of this test's own: the demo users' language stays English for every other suite. */
async function ownManager(browser: import("@playwright/test").Browser): Promise<NewUser> {
  const user = newUser("manager", "Sprache");
  const admin = await browser.newContext({ storageState: storageStateOf("admin") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  await addUserOnPage(page, user);
  await admin.close();
  return user;
}

test("a German browser gets German before sign-in; a chosen language wins over the browser, survives a reload and follows the user", async ({
  browser,
}) => {
  const user = await ownManager(browser);

  // A German browser, nothing chosen: the sign-in page speaks German.
  const german = await browser.newContext({ storageState: NO_SESSION, locale: "de-DE" });
  const page = await german.newPage();
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(languageSelect(page, de.language.label)).toHaveValue("de");
  await signInThroughForm(page, user);
  await expect(page.getByRole("region", { name: de.portlets.tasks.title })).toBeVisible();

  // English, chosen in the account menu: the page is rendered again in English, and stays so.
  await languageSelect(page, de.language.label).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("region", { name: en.portlets.tasks.title })).toBeVisible();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(languageSelect(page, en.language.label)).toHaveValue("en");
  await german.close();

  // Another German browser: once signed in, the user's saved English follows them there.
  const elsewhere = await browser.newContext({ storageState: NO_SESSION, locale: "de-DE" });
  const second = await elsewhere.newPage();
  await signInThroughForm(second, user);
  await expect(second.locator("html")).toHaveAttribute("lang", "en");
  await expect(second.getByRole("region", { name: en.portlets.tasks.title })).toBeVisible();

  // And back to German there: the portlets' titles and the task statuses are German.
  await languageSelect(second, en.language.label).selectOption("de");
  await expect(second.locator("html")).toHaveAttribute("lang", "de");
  const tasks = second.getByRole("region", { name: de.portlets.tasks.title });
  await expect(tasks).toBeVisible();
  // Live again before typing: hydration would otherwise reset a field filled before it.
  await reloadLive(second);
  await expect(second.locator("html")).toHaveAttribute("lang", "de");

  // A task added in German: the form, its toast and the crew's receipt all speak German.
  const name = `Bühne ${Date.now().toString(36)}`;
  await tasks.getByLabel(de.tasks.form.name, { exact: true }).fill(name);
  await tasks.getByLabel(de.tasks.form.description).fill("Licht prüfen");
  await tasks.getByRole("button", { name: de.tasks.form.submit }).click();
  await expect(second.getByText(de.tasks.form.added.replace("{name}", name))).toBeVisible();
  const item = tasks.getByRole("listitem").filter({ hasText: name });
  await expect(item).toContainText(de.status.received);
  await expect(item).toContainText(de.tasks.item.notStarted);
  await expect(item).not.toContainText(en.tasks.item.notStarted);
  // The crew's answers too, live and after a reload: the listeners' words, in the reader's language.
  const answers = [de.setup.reply.receipt, de.inventory.reply.noneNamed];
  for (const answer of answers) await expect(item).toContainText(answer);
  await second.reload();
  for (const answer of answers) await expect(tasks.getByRole("listitem").filter({ hasText: name })).toContainText(answer);
  await expect(tasks.getByRole("listitem").filter({ hasText: name })).not.toContainText(en.setup.reply.receipt);
  await elsewhere.close();
});

test("the API tokens page writes its dates as the reader's language does", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateOf("manager"), locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/tokens");
  const tokens = page.getByRole("region", { name: de.tokens.page.listHeading }).getByRole("listitem");
  await expect(tokens.first()).toBeVisible();
  // "07.12.2026", not ISO's "2026-12-07".
  await expect(tokens.first()).toContainText(/erstellt \d{2}\.\d{2}\.\d{4}/);
  await expect(tokens.first()).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  await context.close();
});
