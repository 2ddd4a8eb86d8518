import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoUser } from "@/lib/shared/demo-users";
import { NO_SESSION, storageStateOf } from "../support/auth";
import { callFormAction, serverActionId } from "../support/server-action";
import { portlet } from "../portal/helpers";
import { addUserOnPage, newUser, signIn, signInElsewhere, userRow } from "./helpers";

async function tokenStatus(request: APIRequestContext, token: string): Promise<number> {
  return (await request.get("/api/tasks", { headers: { authorization: `Bearer ${token}` } })).status();
}

async function openUsers(page: Page) {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
}

test("admins reach the admin pages from the portal's user menu, and each page leads back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Users", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Permissions" }).click();
  await expect(page).toHaveURL(/\/admin\/permissions$/);
  await page.getByRole("link", { name: "Back to the portal" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Permissions", exact: true })).toBeVisible();
});

test("lists the users with name, email, role and state", async ({ page }) => {
  await openUsers(page);
  const admin = demoUser("admin");
  const row = userRow(page, admin);
  await expect(row.getByRole("rowheader")).toContainText(`${admin.name} (you)`);
  await expect(row.getByLabel(`Role of ${admin.name}`)).toHaveValue("admin");
  await expect(row.getByRole("cell", { name: "Active" })).toBeVisible();
  await expect(userRow(page, demoUser("roadie")).getByLabel(/^Role of/)).toHaveValue("roadie");
});

test("Add user shows field errors next to the fields and refuses an email in use", async ({ page }) => {
  await openUsers(page);
  const form = page.getByRole("region", { name: "Add a user" });
  await form.getByLabel("Name").fill("Short Pass");
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("First password").fill("short");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email.");
  await expect(form.getByLabel("First password")).toHaveAccessibleDescription("At least 10 characters.");
  await expect(form.getByLabel("Name")).toHaveValue("Short Pass");

  await form.getByLabel("Email").fill(demoUser("manager").email.toUpperCase());
  await form.getByLabel("First password").fill("long-enough-password");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByLabel("Email")).toHaveAccessibleDescription("A user with this email exists already.");
});

test("a user made here signs in; disabled, they are refused at once everywhere; enabled, they are back", async ({
  page,
  browser,
}) => {
  await openUsers(page);
  const dana = newUser("manager", "Dana");
  await addUserOnPage(page, dana);

  const portal = await signInElsewhere(browser, dana);
  await expect(portlet(portal, "Tasks")).toBeVisible();
  const tokensPage = await portal.context().newPage();
  await tokensPage.goto("/tokens");
  const created = await portal.context().request.post("/api/tokens", { data: { name: "dana's script" } });
  expect(created.status()).toBe(201);
  const { token } = (await created.json()) as { token: string };
  expect(await tokenStatus(page.request, token)).toBe(200);

  const row = userRow(page, dana);
  await row.getByRole("button", { name: `Disable ${dana.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Disable ${dana.name}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Disable user" }).click();
  await expect(page.getByRole("status").getByText(`${dana.name} is disabled`)).toBeVisible();
  await expect(row.getByRole("cell", { name: "Disabled" })).toBeVisible();

  // The open portal's socket is closed at once: the page says so and offers to sign in again (what was typed stays).
  await expect(portal.getByRole("status").filter({ hasText: "Signed out" })).toBeVisible();
  await expect(portal.getByRole("link", { name: "Sign in" })).toBeVisible();
  // A page without a socket: its next action is refused and lands on sign-in.
  await tokensPage.getByLabel("Token name").fill("after disable");
  await tokensPage.getByRole("button", { name: "Create token" }).click();
  await expect(tokensPage).toHaveURL(/\/sign-in$/);
  expect(await tokenStatus(page.request, token)).toBe(401);
  // The right password makes no session.
  await signIn(portal, dana);
  await expect(portal.getByText("Wrong email or password.")).toBeVisible();

  await row.getByRole("button", { name: `Enable ${dana.name}` }).click();
  await expect(row.getByRole("cell", { name: "Active" })).toBeVisible();
  expect(await tokenStatus(page.request, token)).toBe(200);
  await signIn(portal, dana);
  await expect(portlet(portal, "Tasks")).toBeVisible();
  await portal.context().close();
});

test("a role change takes effect on the user's open page at once", async ({ page, browser }) => {
  await openUsers(page);
  const eli = newUser("roadie", "Eli");
  await addUserOnPage(page, eli);
  const portal = await signInElsewhere(browser, eli);
  await expect(portlet(portal, "Setup")).toBeVisible();
  await expect(portlet(portal, "Tasks")).toHaveCount(0);

  const row = userRow(page, eli);
  await row.getByLabel(`Role of ${eli.name}`).selectOption("manager");
  await row.getByRole("button", { name: `Save role of ${eli.name}` }).click();
  await expect(page.getByRole("status").getByText(`${eli.name} is now Tour manager.`)).toBeVisible();

  // Still signed in: the page reconnects as a tour manager.
  await expect(portlet(portal, "Tasks")).toBeVisible();
  await expect(portlet(portal, "Setup")).toHaveCount(0);
  await portal.context().close();
});

test("a password reset ends the user's sessions; the new password works, the old one not", async ({ page, browser }) => {
  await openUsers(page);
  const fay = newUser("inventory", "Fay");
  await addUserOnPage(page, fay);
  const portal = await signInElsewhere(browser, fay);

  const row = userRow(page, fay);
  await row.getByRole("button", { name: `Reset password of ${fay.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `New password for ${fay.name}` });
  await dialog.getByLabel("New password").fill("short");
  await dialog.getByRole("button", { name: "Set password" }).click();
  await expect(dialog.getByLabel("New password")).toHaveAccessibleDescription("At least 10 characters.");
  const password = `${fay.password}-new`;
  await dialog.getByLabel("New password").fill(password);
  await dialog.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("status").getByText(`${fay.name}'s password was reset`)).toBeVisible();
  await expect(dialog).toBeHidden();

  await expect(portal.getByRole("status").filter({ hasText: "Signed out" })).toBeVisible();
  await signIn(portal, fay);
  await expect(portal.getByText("Wrong email or password.")).toBeVisible();
  await signIn(portal, { ...fay, password });
  await expect(portlet(portal, "Inventory")).toBeVisible();
  await portal.context().close();
});

test("the last admin cannot be demoted, and the page says why; nobody may disable themself", async ({ page }) => {
  await openUsers(page);
  const admin = demoUser("admin");
  const row = userRow(page, admin);
  await expect(row.getByRole("button", { name: /^Disable/ })).toHaveCount(0);
  await row.getByLabel(`Role of ${admin.name}`).selectOption("manager");
  await row.getByRole("button", { name: `Save role of ${admin.name}` }).click();
  await expect(page.getByRole("status").getByText(/This is the last admin: they cannot be demoted/)).toBeVisible();
  await expect(row.getByLabel(`Role of ${admin.name}`)).toHaveValue("admin");
  await page.reload();
  await expect(userRow(page, admin).getByLabel(`Role of ${admin.name}`)).toHaveValue("admin");
});

test.describe("other roles", () => {
  test.use({ storageState: storageStateOf("manager") });

  test("are refused both pages with 403 and see no admin links", async ({ page }) => {
    for (const path of ["/admin/users", "/admin/permissions"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByText("Your role may not open this page.")).toBeVisible();
      await expect(page.getByRole("table")).toHaveCount(0);
    }
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Users", exact: true })).toHaveCount(0);
  });

  test("cannot add a user by calling the action directly", async ({ page, baseURL }) => {
    const forged = newUser("admin", "Forged");
    const response = await callFormAction(page.request, serverActionId("lib/server/users/actions/add-user.ts", "addUserAction"), {
      origin: baseURL!,
      previousState: { status: "idle" },
      fields: { name: forged.name, email: forged.email, role: "admin", password: forged.password },
    });
    expect(await response.text()).toContain("may not do this");
    const context = await page.context().browser()!.newContext({ storageState: NO_SESSION });
    const probe = await context.newPage();
    await signIn(probe, forged);
    await expect(probe.getByText("Wrong email or password.")).toBeVisible();
    await context.close();
  });
});

test.describe("signed out", () => {
  test.use({ storageState: NO_SESSION });

  test("is sent to sign-in", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test("Add user and Reset password say at the field why a password is refused: common, published, a pattern, or the user's own name", async ({
  page,
}) => {
  await openUsers(page);
  const form = page.getByRole("region", { name: "Add a user" });
  const weak = newUser("roadie", "Weak");
  await form.getByLabel("Name").fill(weak.name);
  await form.getByLabel("Email").fill(weak.email);
  await form.getByLabel("First password").fill("password12");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByLabel("First password")).toHaveAccessibleDescription(/one of the most common passwords/);
  // The demo crew's passwords are in the README. (Each message differs from the one before: the answer is in before the next fill.)
  await form.getByLabel("First password").fill(demoUser("roadie").password);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByLabel("First password")).toHaveAccessibleDescription(/published with tourbus/);
  // Dressed up as people do: still the common one.
  await form.getByLabel("First password").fill("P@ssw0rd2026!");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByLabel("First password")).toHaveAccessibleDescription(/one of the most common passwords/);
  await expect(userRow(page, weak)).toHaveCount(0);

  const kit = newUser("roadie", "Kit");
  await addUserOnPage(page, kit);
  await userRow(page, kit)
    .getByRole("button", { name: `Reset password of ${kit.name}` })
    .click();
  const dialog = page.getByRole("dialog", { name: `New password for ${kit.name}` });
  await dialog.getByLabel("New password").fill("aaaaaaaaaa");
  await dialog.getByRole("button", { name: "Set password" }).click();
  await expect(dialog.getByLabel("New password")).toHaveAccessibleDescription(/repeated or sequential pattern/);
  await dialog.getByLabel("New password").fill(`${kit.email.split("@")[0]}!`);
  await dialog.getByRole("button", { name: "Set password" }).click();
  await expect(dialog.getByLabel("New password")).toHaveAccessibleDescription(
    /built from the user's name, email or the product's name/,
  );
});

test("a refused Add user puts focus on the first field to correct", async ({ page }) => {
  await openUsers(page);
  const form = page.getByRole("region", { name: "Add a user" });
  await form.getByLabel("Name").fill("Focus Kept");
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("First password").fill("long-enough-password-9");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Email")).toBeFocused();
});

test("Add user the server cannot be reached for says so on the page and keeps what was typed", async ({ page }) => {
  await openUsers(page);
  await page.route("**/*", (route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"]
      ? route.abort("internetdisconnected")
      : route.fallback(),
  );
  const form = page.getByRole("region", { name: "Add a user" });
  const user = newUser("roadie", "Offline");
  await form.getByLabel("Name").fill(user.name);
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("First password").fill(user.password);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("alert")).toHaveText("Not saved: the server could not be reached. Try again.");
  await expect(form.getByLabel("Name")).toHaveValue(user.name);
  await expect(form.getByLabel("Email")).toHaveValue(user.email);
  await expect(page.getByRole("heading", { name: "The portal could not be loaded." })).toHaveCount(0);
});
