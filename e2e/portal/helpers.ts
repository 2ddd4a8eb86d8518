import { expect, type Page } from "@playwright/test";

export function portlet(page: Page, name: string) {
  return page.getByRole("region", { name, exact: true });
}

export function taskItem(page: Page, name: string) {
  return portlet(page, "Tasks").getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

/** A name no other test or demo task uses, so assertions cannot match stale rows. */
export function uniqueName(label: string) {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function addTask(page: Page, fields: { name: string; description?: string; gear?: string }) {
  const tasks = portlet(page, "Tasks");
  await tasks.getByLabel("Name").fill(fields.name);
  await tasks.getByLabel("Description").fill(fields.description ?? "");
  await tasks.getByLabel("Gear").fill(fields.gear ?? "");
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

/** Reloads and waits until the page is live again (see openLive). */
export async function reloadLive(page: Page) {
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
}

/** The portlets' titles in page order. */
export function portletOrder(page: Page) {
  return page.getByRole("heading", { level: 2 }).allTextContents();
}
