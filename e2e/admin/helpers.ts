import { expect, type Browser, type Page } from "@playwright/test";
import type { Role } from "@/lib/shared/roles";
import { NO_SESSION } from "../support/auth";

export type NewUser = { name: string; email: string; role: Role; password: string };

/** A user no other test made: unique name and email. */
export function newUser(role: Role, label: string): NewUser {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `${label} ${id}`, email: `${label.toLowerCase()}-${id}@crew.test`, role, password: `first-pass-${id}` };
}

export function userRow(page: Page, user: { email: string }) {
  return page.getByRole("row").filter({ hasText: user.email });
}

/** Fills "Add user" on /admin/users and waits for the new row. */
export async function addUserOnPage(page: Page, user: NewUser) {
  const form = page.getByRole("region", { name: "Add a user" });
  await form.getByLabel("Name").fill(user.name);
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Role").selectOption(user.role);
  await form.getByLabel("First password").fill(user.password);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("status").getByText(`${user.name} was added and can sign in now.`)).toBeVisible();
  await expect(userRow(page, user)).toBeVisible();
}

/** Signs in through the form in a browser context of its own; answers the page on the portal. */
export async function signInElsewhere(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ storageState: NO_SESSION });
  const page = await context.newPage();
  await signIn(page, user);
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  return page;
}

export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}
