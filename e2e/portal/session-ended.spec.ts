import { expect, test, type Page } from "@playwright/test";
import { demoUser } from "@/lib/shared/demo-users";
import { apiAs, storageStateOf } from "../support/auth";
import { taskItem, uniqueName } from "./helpers";

test.use({ storageState: storageStateOf("manager") });

/** Fills the sign-in form on `page` as the demo manager: a new session, not the suites' shared one. */
async function signInAsManager(page: Page): Promise<void> {
  const { email, password } = demoUser("manager");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an ended session: the header says Signed out, not Live, and Sign in brings the user back to the page", async ({
  page,
  context,
  baseURL,
}) => {
  const api = await apiAs(baseURL!, "manager");
  const name = uniqueName("After the break");
  const answer = await api.post("/api/tasks", { data: { name } });
  expect(answer.status()).toBe(201);
  const { id } = (await answer.json()) as { id: string };
  await api.dispose();

  // The page the user is on: the portal, at one task.
  await page.goto(`/#task-${id}`);
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  await expect(taskItem(page, name)).toBeFocused();

  // The session ends (here: its cookie is gone), and the live connection is made again: the server refuses it.
  await context.clearCookies();
  await context.setOffline(true);
  await context.setOffline(false);

  await expect(page.getByRole("status").filter({ hasText: "Signed out" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toHaveCount(0);
  const signIn = page.getByRole("link", { name: "Sign in" });
  await expect(signIn).toHaveAttribute("href", `/sign-in?callbackUrl=${encodeURIComponent(`/#task-${id}`)}`);
  // The page stays: nothing typed is lost.
  await expect(taskItem(page, name)).toBeVisible();

  await signIn.click();
  await signInAsManager(page);
  await expect(page).toHaveURL(new RegExp(`/#task-${id}$`));
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  await expect(taskItem(page, name)).toBeFocused();
});

test("sign-in refuses to send the user to another site", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("//evil.example/")}`);
  await signInAsManager(page);
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
  await context.close();
});

test("a way back with spaces or non-Latin letters signs in and arrives there (it once answered 500)", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const failed: string[] = [];
  page.on("response", (response) => void (response.status() >= 500 && failed.push(`${response.status()} ${response.url()}`)));
  // A page address no user has: the point is the way there, which must reach the browser as a valid header.
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/\u3000/x")}`);
  await signInAsManager(page);
  await expect(page).toHaveURL(/\/%E3%80%80\/x$/);
  // Signed in: the session cookie arrived with the answer.
  expect((await context.cookies()).some((cookie) => cookie.name.endsWith("session_token"))).toBe(true);
  // Not by way of a 500 that the browser then recovered from.
  expect(failed).toEqual([]);
  await context.close();
});

test("signing out in one tab ends the session's live feed in its other tabs at once", async ({ browser }) => {
  // A session of its own: signing out the shared one would sign out the other suites.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await signInAsManager(page);
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  const other = await context.newPage();
  await other.goto("/");
  await expect(other.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  // Told within moments, not at the next minute's session check; what it shows stays.
  await expect(other.getByRole("status").filter({ hasText: "Signed out" })).toBeVisible({ timeout: 5_000 });
  await expect(other.getByRole("link", { name: "Sign in" })).toBeVisible();
  await context.close();
});

test("signing in and out work without the page's script (a form post, through the same body screen)", async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await signInAsManager(page);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("region", { name: "Tasks" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await context.close();
});
