/**
 * Bad input at every door — the forms, the HTTP API and Socket.IO. Each case checks
 * that it gets a clear error, that nothing is stored half-way, that the server stays up
 * (afterEach) and that script text renders inert.
 *
 * Sign-in attempts are limited (5 failures per email and address, 60 per minute per
 * address): failing cases use made-up emails, one each, and never the demo users'.
 * Socket events are limited per user (30 per 10 s): the flood runs as the inventory
 * manager, whom no other socket case uses.
 */
import type { Page } from "@playwright/test";
import { demoUser } from "@/lib/shared/demo-users";
import { GEAR_NEEDS_MAX, GEAR_QUANTITY_MAX } from "@/lib/shared/gear-limits";
import { TASK_DESCRIPTION_MAX, TASK_NAME_MAX } from "@/lib/shared/task";
import { io } from "socket.io-client";
import { sessionCookieOf } from "../support/auth";
import { openLive, pickGear, portlet, taskItem, type GearLine } from "../portal/helpers";
import {
  ask,
  connected,
  expect,
  expectApiError,
  refusal,
  snapshot,
  tasksContaining,
  tasksNamed,
  test,
  tokenNames,
  uniqueId,
} from "./support";

const GEAR_HINT = "Write each item as a number and a name, e.g. “2 Amplifier, 1 Fog machine”.";
/** Markup that would run if it ever reached the DOM as HTML. */
const SCRIPT_NAME = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
const SQL_NAME = `Robert'); DROP TABLE "Task"; -- " OR 1=1 --`;
// Emoji (astral), accents, RTL, a combining mark, a zero-width space, a musical symbol.
const UNICODE_NAME = "🎸🥁 Zürich · שלום עולם · مرحبا · e\u0301 · a\u200Bb · 𝄞 ✓";

test.afterEach(async ({ anonymous }) => {
  const health = await anonymous.get("/api/health");
  expect(health.status()).toBe(200);
  expect((await health.json()).ok).toBe(true);
});

/** Script text stayed text: nothing ran and no element was injected. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(
    await page.locator("script").evaluateAll((scripts) => scripts.filter((s) => s.textContent === "window.__pwned=1").length),
  ).toBe(0);
}

// ───────────────────────────── Form: the Tasks portlet (as admin) ─────────────────────────────

test.describe("Tasks form", () => {
  type FormCase = {
    title: string;
    fields: { name?: string; description?: string; gear?: GearLine[] };
    field: "Name" | "Description" | "Quantity of gear item 1";
    message: string;
  };
  const id = uniqueId();
  const cases: FormCase[] = [
    {
      title: "an empty name is refused at the Name field",
      fields: { name: "", description: `empty ${id}` },
      field: "Name",
      message: "Name is required.",
    },
    {
      title: "a whitespace-only name is refused at the Name field",
      fields: { name: " \t  ", description: `blank ${id}` },
      field: "Name",
      message: "Name is required.",
    },
    {
      title: "a name of only zero-width spaces is refused at the Name field",
      fields: { name: "\u200B\u200B", description: `invisible ${id}` },
      field: "Name",
      message: "Name is required.",
    },
    {
      title: "a name with a right-to-left override (“exe.png” that is “gnp.exe”) is refused at the Name field",
      fields: { name: `invoice ${id} \u202Egnp.exe`, description: `override ${id}` },
      field: "Name",
      message: "Remove the hidden control characters (such as a right-to-left override).",
    },
    {
      title: `a name one over ${TASK_NAME_MAX} characters is refused at the Name field`,
      fields: { name: `long ${id} `.padEnd(TASK_NAME_MAX + 1, "n") },
      field: "Name",
      message: `Name must be at most ${TASK_NAME_MAX} characters.`,
    },
    {
      title: `a description one over ${TASK_DESCRIPTION_MAX} characters is refused at the Description field`,
      fields: { name: `desc ${id}`, description: "d".repeat(TASK_DESCRIPTION_MAX + 1) },
      field: "Description",
      message: `Description must be at most ${TASK_DESCRIPTION_MAX} characters.`,
    },
    {
      title: "a gear quantity of zero is refused at that quantity",
      fields: { name: `gear zero ${id}`, gear: [{ name: "Amplifier", quantity: "0" }] },
      field: "Quantity of gear item 1",
      message: "Each gear quantity must be at least 1.",
    },
    {
      title: `a gear quantity over ${GEAR_QUANTITY_MAX} is refused at that quantity`,
      fields: { name: `gear big ${id}`, gear: [{ name: "Amplifier", quantity: String(GEAR_QUANTITY_MAX + 1) }] },
      field: "Quantity of gear item 1",
      message: `Each gear quantity must be at most ${GEAR_QUANTITY_MAX}.`,
    },
  ];

  for (const c of cases) {
    test(c.title, async ({ page, adminApi }) => {
      await openLive(page);
      const before = await snapshot(adminApi);
      const tasks = portlet(page, "Tasks");
      await tasks.getByLabel("Name", { exact: true }).fill(c.fields.name ?? "");
      await tasks.getByLabel("Description", { exact: true }).fill(c.fields.description ?? "");
      await pickGear(page, c.fields.gear ?? []);
      await tasks.getByRole("button", { name: "Add task" }).click();

      const field = tasks.getByLabel(c.field, { exact: true });
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(c.message);
      await expect(tasks.getByRole("status").filter({ hasText: "Please correct the marked fields." })).toBeVisible();
      // What was typed is kept, so nothing is lost.
      await expect(tasks.getByLabel("Description", { exact: true })).toHaveValue(c.fields.description ?? "");

      expect(await snapshot(adminApi)).toEqual(before);
      expect(await tasksContaining(adminApi, id)).toEqual([]);
    });
  }

  test(`gear whose repeated lines add up past ${GEAR_QUANTITY_MAX} is refused at the Gear field`, async ({ page, adminApi }) => {
    // Each line is within the limit; summed ("the same name twice is summed") it is not.
    await openLive(page);
    const before = await snapshot(adminApi);
    const name = `gear sum ${uniqueId()}`;
    const tasks = portlet(page, "Tasks");
    await tasks.getByLabel("Name", { exact: true }).fill(name);
    await pickGear(page, [
      { name: "Amplifier", quantity: GEAR_QUANTITY_MAX },
      { name: "Amplifier", quantity: GEAR_QUANTITY_MAX },
    ]);
    await tasks.getByRole("button", { name: "Add task" }).click();

    // Whatever the form answers ("Added …" or "Please correct …"), nothing may be stored.
    await expect(tasks.getByRole("status").filter({ hasText: /Added|Please correct the marked fields/ })).toBeVisible();
    expect(await tasksNamed(adminApi, name), "the task was stored (its request is then dead-lettered by both listeners)").toEqual(
      [],
    );
    expect(await snapshot(adminApi)).toEqual(before);
    await expect(tasks.getByLabel("Gear item 1", { exact: true })).toHaveAttribute("aria-invalid", "true");
  });

  test("an HTML/script name and description are stored literally and shown as text", async ({ page, adminApi }) => {
    await openLive(page);
    const name = `${SCRIPT_NAME} ${uniqueId()}`;
    const description = `<b>bold</b><iframe src="javascript:window.__pwned=1"></iframe>`;
    const tasks = portlet(page, "Tasks");
    await tasks.getByLabel("Name", { exact: true }).fill(name);
    await tasks.getByLabel("Description", { exact: true }).fill(description);
    await tasks.getByRole("button", { name: "Add task" }).click();

    // Rendered live (client-side): the heading's text is the markup, character for character.
    const item = taskItem(page, name);
    await expect(item).toBeVisible();
    await expect(item.getByRole("heading", { level: 3 })).toHaveText(name);
    await expect(item.getByText(description, { exact: true })).toBeVisible();
    await expect(item).toContainText("All replies in");
    // The listeners' portlets show the name too.
    await expect(portlet(page, "Setup").getByText(name, { exact: true })).toBeVisible();
    await expect(page.locator("iframe")).toHaveCount(0);
    await expectInert(page);

    // Rendered by the server after a reload.
    await page.reload();
    await expect(taskItem(page, name).getByRole("heading", { level: 3 })).toHaveText(name);
    await expect(page.locator("iframe")).toHaveCount(0);
    await expectInert(page);

    const stored = await tasksNamed(adminApi, name);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ name, description });
  });

  test("a unicode name (emoji, RTL, combining mark, zero-width space) round-trips exactly", async ({ page, adminApi }) => {
    await openLive(page);
    const name = `${UNICODE_NAME} ${uniqueId()}`;
    expect(name.length).toBeLessThanOrEqual(TASK_NAME_MAX);
    const tasks = portlet(page, "Tasks");
    await tasks.getByLabel("Name", { exact: true }).fill(name);
    await tasks.getByRole("button", { name: "Add task" }).click();

    const heading = taskItem(page, name).getByRole("heading", { level: 3 });
    await expect(heading).toBeVisible();
    expect(await heading.evaluate((h) => h.textContent)).toBe(name);
    await page.reload();
    expect(
      await taskItem(page, name)
        .getByRole("heading", { level: 3 })
        .evaluate((h) => h.textContent),
    ).toBe(name);
    expect(await tasksNamed(adminApi, name)).toHaveLength(1);
  });

  test("an SQL-looking name round-trips exactly and the task list keeps working", async ({ page, adminApi }) => {
    await openLive(page);
    const before = await snapshot(adminApi);
    const name = `${SQL_NAME} ${uniqueId()}`;
    const tasks = portlet(page, "Tasks");
    await tasks.getByLabel("Name", { exact: true }).fill(name);
    await tasks.getByRole("button", { name: "Add task" }).click();
    await expect(taskItem(page, name).getByRole("heading", { level: 3 })).toHaveText(name);

    await page.reload();
    await expect(taskItem(page, name)).toBeVisible();
    // The seeded tasks are still there (past the first page by now, so searched for): nothing was dropped.
    const seeded = (await (await adminApi.get(`/api/tasks?q=${encodeURIComponent("Stack the amplifiers")}`)).json()) as {
      tasks: { name: string }[];
    };
    expect(seeded.tasks.map((task) => task.name)).toContain("Stack the amplifiers");
    const after = await snapshot(adminApi);
    expect(after.taskCount).toBe(Math.min(before.taskCount + 1, 100));
    expect(after.setupRequestsSent).toBe(before.setupRequestsSent + 1);
    expect(await tasksNamed(adminApi, name)).toHaveLength(1);
  });
});

// ───────────────────────────── Form: sign-in (signed out) ─────────────────────────────

test.describe("Sign-in form", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  async function signIn(page: Page, email: string, password: string) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  async function expectSignedOut(page: Page) {
    await expect(page).toHaveURL(/\/sign-in$/);
    const cookies = await page.context().cookies();
    expect(cookies.filter((cookie) => cookie.name.includes("session"))).toEqual([]);
  }

  const cases: { title: string; email: string; password: string; field: "Email" | "Password"; message: string }[] = [
    {
      title: "an empty email is refused at the Email field",
      email: "",
      password: "some-password",
      field: "Email",
      message: "Enter your email.",
    },
    {
      title: "a malformed email is refused at the Email field",
      email: "not-an-email@",
      password: "some-password",
      field: "Email",
      message: "Enter a valid email.",
    },
    {
      title: "an email over 254 characters is refused at the Email field",
      email: `${"a".repeat(250)}@example.com`,
      password: "some-password",
      field: "Email",
      message: "That email is too long.",
    },
    {
      title: "an empty password is refused at the Password field",
      email: `nobody-${uniqueId()}@example.com`,
      password: "",
      field: "Password",
      message: "Enter your password.",
    },
    {
      title: "a password over 200 characters is refused at the Password field",
      email: `nobody-${uniqueId()}@example.com`,
      password: "p".repeat(201),
      field: "Password",
      message: "That password is too long.",
    },
  ];
  for (const c of cases) {
    test(c.title, async ({ page }) => {
      await signIn(page, c.email, c.password);
      const field = page.getByLabel(c.field, { exact: true });
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(c.message);
      await expectSignedOut(page);
    });
  }

  test("a wrong password for an unknown email gets the generic message (no user enumeration)", async ({ page }) => {
    const email = `nobody-${uniqueId()}@example.com`;
    await signIn(page, email, "wrong-password-123");
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toHaveText("Wrong email or password.");
    // Neither field is blamed: the answer does not say which part was wrong.
    await expect(page.getByLabel("Email")).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expectSignedOut(page);
  });
});

// ───────────────────────────── Form: API tokens page (as admin) ─────────────────────────────

test.describe("API token form", () => {
  async function createToken(page: Page, name: string) {
    await page.getByLabel("Token name").fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
  }

  const cases: { title: string; name: string; message: string }[] = [
    { title: "an empty token name is refused at the field", name: "", message: "Name the token (what will use it?)." },
    {
      title: "a whitespace-only token name is refused at the field",
      name: "    ",
      message: "Name the token (what will use it?).",
    },
    {
      title: "a token name over 60 characters (sent around maxlength) is refused at the field",
      name: `long ${uniqueId()} `.padEnd(61, "t"),
      message: "At most 60 characters.",
    },
  ];
  for (const c of cases) {
    test(c.title, async ({ page, request }) => {
      const before = await tokenNames(request);
      await page.goto("/tokens");
      // The browser caps the field at 60; a hand-made request would not.
      await page.getByLabel("Token name").evaluate((input) => input.removeAttribute("maxlength"));
      await createToken(page, c.name);
      const field = page.getByLabel("Token name");
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expect(field).toHaveAccessibleDescription(c.message);
      await expect(page.getByRole("textbox", { name: "New token" })).toHaveCount(0);
      expect(await tokenNames(request)).toEqual(before);
    });
  }

  test("an HTML/script token name is stored literally and listed as text", async ({ page, request }) => {
    const name = `<img src=x onerror="window.__pwned=1"> ${uniqueId()}`;
    await page.goto("/tokens");
    await createToken(page, name);
    await expect(page.getByRole("status").filter({ hasText: "Copy it now" })).toContainText(`Token “${name}” created.`);
    await expect(page.getByRole("region", { name: "Your tokens" }).getByText(name, { exact: true })).toBeVisible();
    await expectInert(page);
    await page.reload();
    await expect(page.getByRole("region", { name: "Your tokens" }).getByText(name, { exact: true })).toBeVisible();
    await expectInert(page);

    const { tokens } = (await (await request.get("/api/tokens")).json()) as { tokens: { id: string; name: string }[] };
    const made = tokens.filter((token) => token.name === name);
    expect(made).toHaveLength(1);
    expect((await request.delete(`/api/tokens/${made[0]!.id}`)).status()).toBe(204);
  });
});

// ───────────────────────────── HTTP API: who is asking ─────────────────────────────

test.describe("API authentication", () => {
  const UNAUTHENTICATED = /^A valid API token is required/;
  const cases: { title: string; authorization?: string }[] = [
    { title: "no Authorization header (and no cookie) is 401" },
    {
      title: "an `Authorization: Basic` header is 401",
      authorization: `Basic ${Buffer.from("admin@tourbus.dev:admin-demo-pass").toString("base64")}`,
    },
    { title: "an unknown tb_ token is 401", authorization: `Bearer tb_${"A".repeat(43)}` },
    { title: "a garbage bearer value is 401", authorization: "Bearer ' OR 1=1 --" },
    { title: "an over-long tb_ token is 401", authorization: `Bearer tb_${"x".repeat(5000)}` },
    { title: "an empty Bearer is 401", authorization: "Bearer " },
  ];
  for (const c of cases) {
    test(c.title, async ({ anonymous, adminApi }) => {
      const before = await snapshot(adminApi);
      const name = `unauth ${uniqueId()}`;
      const headers: Record<string, string> = c.authorization === undefined ? {} : { authorization: c.authorization };
      const read = await anonymous.get("/api/tasks", { headers });
      await expectApiError(read, { status: 401, code: "unauthenticated", message: UNAUTHENTICATED });
      const write = await anonymous.post("/api/tasks", { headers, data: { name } });
      expect(write.status()).toBe(401);
      expect(await tasksNamed(adminApi, name)).toEqual([]);
      expect(await snapshot(adminApi)).toEqual(before);
    });
  }

  test("a bad token is 401 even with a valid session cookie", async ({ request, adminApi }) => {
    const before = await snapshot(adminApi);
    const name = `bad token with cookie ${uniqueId()}`;
    const response = await request.post("/api/tasks", { headers: { authorization: "Bearer tb_forged" }, data: { name } });
    await expectApiError(response, { status: 401, code: "unauthenticated", message: UNAUTHENTICATED });
    expect(await snapshot(adminApi)).toEqual(before);
  });

  test("a roadie's token may not add a task: 403, nothing stored", async ({ apiOf, adminApi }) => {
    const before = await snapshot(adminApi);
    const name = `roadie task ${uniqueId()}`;
    const roadie = await apiOf("roadie");
    await expectApiError(await roadie.post("/api/tasks", { data: { name } }), {
      status: 403,
      code: "forbidden",
      message: "Your role (roadie) may not do this.",
    });
    expect(await tasksNamed(adminApi, name)).toEqual([]);
    expect(await snapshot(adminApi)).toEqual(before);
  });

  test("a manager's token may not read the bus: 403", async ({ apiOf }) => {
    const manager = await apiOf("manager");
    await expectApiError(await manager.get("/api/bus/destinations"), {
      status: 403,
      code: "forbidden",
      message: "Your role (manager) may not do this.",
    });
    await expectApiError(await manager.get("/api/bus/dead-letters"), { status: 403, code: "forbidden" });
  });
});

// ───────────────────────────── HTTP API: POST /api/tasks bodies ─────────────────────────────

test.describe("POST /api/tasks with a bad body", () => {
  type BodyCase = {
    title: string;
    /** The body as sent, built around a unique name so a stored row would be found. */
    body: (name: string) => string;
    contentType?: string;
    status: number;
    code: string;
    message?: string;
    fields?: Record<string, unknown>;
  };
  const json = (value: unknown) => () => JSON.stringify(value);
  const withName = (extra: Record<string, unknown>) => (name: string) => JSON.stringify({ name, ...extra });
  const NOT_OBJECT = "The body must be a JSON object.";
  const INVALID = "Some fields are invalid.";
  const gearCase = (title: string, gear: unknown, message: unknown): BodyCase => ({
    title,
    body: withName({ gear }),
    status: 400,
    code: "invalid_input",
    message: INVALID,
    fields: { gear: message },
  });

  const cases: BodyCase[] = [
    {
      title: "a text/plain body is 415",
      body: withName({}),
      contentType: "text/plain",
      status: 415,
      code: "unsupported_media_type",
    },
    {
      title: "a form-encoded body is 415",
      body: (name) => `name=${encodeURIComponent(name)}`,
      contentType: "application/x-www-form-urlencoded",
      status: 415,
      code: "unsupported_media_type",
    },
    {
      title: "a body that is not JSON is 400 invalid_json",
      body: (name) => `{"name": "${name}",`,
      status: 400,
      code: "invalid_json",
      message: "The body is not valid JSON.",
    },
    {
      title: "a JSON array body is 400",
      body: (name) => JSON.stringify([{ name }]),
      status: 400,
      code: "invalid_input",
      message: NOT_OBJECT,
    },
    { title: "a JSON null body is 400", body: json(null), status: 400, code: "invalid_input", message: NOT_OBJECT },
    { title: "a JSON number body is 400", body: json(42), status: 400, code: "invalid_input", message: NOT_OBJECT },
    {
      title: "a JSON string body is 400",
      body: (name) => JSON.stringify(name),
      status: 400,
      code: "invalid_input",
      message: NOT_OBJECT,
    },
    {
      title: "a name that is null is 400 at name",
      body: json({ name: null }),
      status: 400,
      code: "invalid_input",
      message: INVALID,
      fields: { name: "Name is required." },
    },
    {
      title: "a name that is an object is 400 at name",
      body: (name) => JSON.stringify({ name: { value: name } }),
      status: 400,
      code: "invalid_input",
      message: INVALID,
      fields: { name: "Name is required." },
    },
    {
      title: "a name that is an array is 400 at name",
      body: (name) => JSON.stringify({ name: [name] }),
      status: 400,
      code: "invalid_input",
      message: INVALID,
      fields: { name: "Name is required." },
    },
    {
      title: "a status in the wrong case is 400 at status",
      body: withName({ status: "done" }),
      status: 400,
      code: "invalid_input",
      message: INVALID,
      fields: { status: "Status must be one of: Open, In progress, Done." },
    },
    {
      title: "a description that is a number is 400 at description",
      body: withName({ description: 5 }),
      status: 400,
      code: "invalid_input",
      message: INVALID,
      fields: { description: expect.any(String) },
    },
    gearCase("gear of the wrong type (a number) is 400 at gear", 5, GEAR_HINT),
    gearCase("gear with a negative quantity is 400 at gear", [{ name: "Amplifier", quantity: -1 }], expect.any(String)),
    gearCase("gear with a zero quantity is 400 at gear", [{ name: "Amplifier", quantity: 0 }], expect.any(String)),
    gearCase("gear with a fractional quantity is 400 at gear", [{ name: "Amplifier", quantity: 1.5 }], GEAR_HINT),
    gearCase("gear with a quantity as text is 400 at gear", [{ name: "Amplifier", quantity: "2" }], GEAR_HINT),
    gearCase(
      `gear with a quantity over ${GEAR_QUANTITY_MAX} is 400 at gear`,
      [{ name: "Amplifier", quantity: GEAR_QUANTITY_MAX + 1 }],
      expect.any(String),
    ),
    gearCase(
      `gear of ${GEAR_NEEDS_MAX + 1} items is 400 at gear`,
      Array.from({ length: GEAR_NEEDS_MAX + 1 }, (_, i) => ({ name: `Item${i}`, quantity: 1 })),
      GEAR_HINT,
    ),
    gearCase("gear given as unreadable text is 400 at gear", "!!!", `“!!!” is not a gear item. ${GEAR_HINT}`),
    gearCase(
      `gear whose repeated names add up past ${GEAR_QUANTITY_MAX} is 400 at gear`,
      [
        { name: "Amplifier", quantity: GEAR_QUANTITY_MAX },
        { name: "amplifier", quantity: GEAR_QUANTITY_MAX },
      ],
      expect.any(String),
    ),
    {
      title: "a body over 64 KiB in bytes (though under it in characters) is 413",
      body: withName({ description: "€".repeat(30_000) }),
      status: 413,
      code: "payload_too_large",
      message: "The body must be at most 65536 bytes.",
    },
    {
      title: "deeply nested JSON (20 000 levels) is 400, not a crash",
      body: (name) => `{"name": ${JSON.stringify(name)}, "description": ${"[".repeat(20_000)}${"]".repeat(20_000)}}`,
      status: 400,
      code: "invalid_input",
      message: INVALID,
      fields: { description: expect.any(String) },
    },
    {
      title: "a name with control characters (NUL, a right-to-left override) is 400 at name",
      body: (name) => JSON.stringify({ name: `${name}\u0000\u202Egnp.exe` }),
      status: 400,
      code: "invalid_input",
      message: INVALID,
      fields: { name: "Remove the hidden control characters (such as a right-to-left override)." },
    },
    {
      title: "a description with a bell is 400 at description",
      body: (name) => JSON.stringify({ name, description: "ring\u0007" }),
      status: 400,
      code: "invalid_input",
      message: INVALID,
      fields: { description: "Remove the hidden control characters (such as a right-to-left override)." },
    },
    {
      title: "a name of only zero-width characters is 400 at name",
      body: () => JSON.stringify({ name: "\u200B\u200D\uFEFF" }),
      status: 400,
      code: "invalid_input",
      message: INVALID,
      fields: { name: "Name is required." },
    },
    {
      title: "a name with a lone UTF-16 surrogate is 400, not a 500",
      body: (name) => `{"name": "${name} \\ud800"}`,
      status: 400,
      code: "invalid_input",
      message: INVALID,
      fields: { name: "Text must be valid Unicode (it holds a lone surrogate)." },
    },
  ];

  for (const c of cases) {
    test(c.title, async ({ adminApi }) => {
      const before = await snapshot(adminApi);
      const name = `bad body ${uniqueId()}`;
      const response = await adminApi.post("/api/tasks", {
        // Bytes, sent as they are (Playwright would JSON-encode a string it cannot parse).
        data: Buffer.from(c.body(name)),
        headers: { "content-type": c.contentType ?? "application/json" },
      });
      await expectApiError(response, { status: c.status, code: c.code, message: c.message, fields: c.fields });
      expect(await tasksContaining(adminApi, name)).toEqual([]);
      expect(await snapshot(adminApi)).toEqual(before);
    });
  }

  test("a __proto__ key cannot smuggle fields in: the task is stored with defaults", async ({ adminApi }) => {
    const name = `proto ${uniqueId()}`;
    const response = await adminApi.post("/api/tasks", {
      data: Buffer.from(
        `{"name": ${JSON.stringify(name)}, "__proto__": {"status": "Done", "description": "smuggled"}, "constructor": {"prototype": {"status": "Done"}}}`,
      ),
      headers: { "content-type": "application/json" },
    });
    expect(response.status()).toBe(201);
    expect(await response.json()).toMatchObject({ name, status: "Open", description: "" });
    expect(await tasksNamed(adminApi, name)).toEqual([expect.objectContaining({ status: "Open", description: "" })]);
  });
});

// ───────────────────────────── HTTP API: valid but hostile text round-trips ─────────────────────────────

test.describe("POST /api/tasks round-trips hostile but valid text exactly", () => {
  const cases = [
    { title: "an HTML/script name", name: SCRIPT_NAME, description: `<svg onload="window.__pwned=1"></svg>` },
    { title: "an SQL-looking name", name: SQL_NAME, description: `'; DELETE FROM "ApiToken"; --` },
    {
      title: "a unicode name",
      name: UNICODE_NAME,
      description: "RTL \u202Bembedding\u202C, \u2067isolate\u2069, mark\u200F, NUL-free, tab\tand\nnewline",
    },
  ];
  for (const c of cases) {
    test(`${c.title} is stored and answered exactly`, async ({ adminApi }) => {
      const before = await snapshot(adminApi);
      const name = `${c.name} ${uniqueId()}`;
      const created = await adminApi.post("/api/tasks", { data: { name, description: c.description } });
      expect(created.status()).toBe(201);
      const task = (await created.json()) as { id: string; name: string; description: string };
      expect(task).toMatchObject({ name, description: c.description });

      const fetched = await adminApi.get(`/api/tasks/${task.id}`);
      expect(fetched.status()).toBe(200);
      expect(await fetched.json()).toMatchObject({ id: task.id, name, description: c.description });
      // The list still answers and holds it once.
      expect(await tasksNamed(adminApi, name)).toEqual([expect.objectContaining({ id: task.id, description: c.description })]);
      const after = await snapshot(adminApi);
      expect(after.setupRequestsSent).toBe(before.setupRequestsSent + 1);
      expect(after.newestTaskId).toBe(task.id);
    });
  }
});

// ───────────────────────────── HTTP API: forged ids ─────────────────────────────

test.describe("Forged ids", () => {
  const ids = [
    { title: "an unknown task id", path: "does-not-exist", id: "does-not-exist" },
    { title: "a path-traversal-looking task id", path: "..%2F..%2Fetc%2Fpasswd", id: "../../etc/passwd" },
    { title: "an SQL-looking task id", path: encodeURIComponent(`' OR 1=1 --`), id: `' OR 1=1 --` },
    { title: "a task id holding a NUL byte", path: "%00", id: "\u0000" },
  ];
  for (const c of ids) {
    test(`${c.title} is 404 on the task and on its trail`, async ({ adminApi }) => {
      await expectApiError(await adminApi.get(`/api/tasks/${c.path}`), {
        status: 404,
        code: "not_found",
        message: `No task with id "${c.id}".`,
      });
      await expectApiError(await adminApi.get(`/api/tasks/${c.path}/trail`), {
        status: 404,
        code: "not_found",
        message: `No task with id "${c.id}".`,
      });
    });
  }

  test("a task id with malformed percent-encoding is a JSON 4xx, not a 500", async ({ adminApi, request }) => {
    for (const response of [
      await adminApi.get("/api/tasks/%FF"),
      await adminApi.get("/api/tasks/%E0%A4%A/trail"),
      await request.delete("/api/tokens/%FF"),
    ]) {
      expect(
        response.status(),
        `${response.url()} answered ${response.status()}: ${(await response.text()).slice(0, 100)}`,
      ).toBeLessThan(500);
      expect([400, 404]).toContain(response.status());
      expect((await response.json()).error.code).toEqual(expect.any(String));
    }
  });
});

// ───────────────────────────── HTTP API: replaying dead letters ─────────────────────────────

test.describe("POST /api/bus/dead-letters/replay", () => {
  test("an unknown message id is 404", async ({ adminApi }) => {
    const before = await snapshot(adminApi);
    await expectApiError(
      await adminApi.post("/api/bus/dead-letters/replay", { data: { messageId: `forged-${uniqueId()}`, listener: "setup" } }),
      {
        status: 404,
        code: "not_found",
        message: /has no dead delivery to listener "setup"/,
      },
    );
    expect(await snapshot(adminApi)).toEqual(before);
  });

  test("a delivered (not dead) message, or an unknown listener, is 404 and the trail is unchanged", async ({ adminApi }) => {
    const created = await adminApi.post("/api/tasks", { data: { name: `replay target ${uniqueId()}` } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await expect
      .poll(async () => ((await (await adminApi.get(`/api/tasks/${id}`)).json()) as { replies: unknown[] }).replies.length)
      .toBe(2);
    const trailOf = async () =>
      ((await (await adminApi.get(`/api/tasks/${id}/trail`)).json()) as { trail: { id: string; deliveries: unknown[] }[] }).trail;
    const trail = await trailOf();
    const request = trail[0]!;
    const before = await snapshot(adminApi);

    for (const listener of ["setup", "no-such-listener", "../setup", "tasks"]) {
      await expectApiError(await adminApi.post("/api/bus/dead-letters/replay", { data: { messageId: request.id, listener } }), {
        status: 404,
        code: "not_found",
      });
    }
    expect(await trailOf()).toEqual(trail);
    expect(await snapshot(adminApi)).toEqual(before);
  });

  test("a message id with a lone UTF-16 surrogate is a JSON 4xx, not a 500", async ({ adminApi }) => {
    const before = await snapshot(adminApi);
    const response = await adminApi.post("/api/bus/dead-letters/replay", {
      data: Buffer.from(`{"messageId": "forged \\ud800", "listener": "setup"}`),
      headers: { "content-type": "application/json" },
    });
    expect(response.status(), (await response.text()).slice(0, 200)).toBeLessThan(500);
    expect([400, 404]).toContain(response.status());
    expect((await response.json()).error.code).toBe(response.status() === 400 ? "invalid_input" : "not_found");
    expect(await snapshot(adminApi)).toEqual(before);
  });

  test("fields of the wrong type are 400 with field errors", async ({ adminApi }) => {
    await expectApiError(await adminApi.post("/api/bus/dead-letters/replay", { data: { messageId: 1, listener: ["setup"] } }), {
      status: 400,
      code: "invalid_input",
      message: "Some fields are invalid.",
      fields: { messageId: expect.any(String), listener: expect.any(String) },
    });
  });

  test("blank fields are 400 with field errors", async ({ adminApi }) => {
    await expectApiError(await adminApi.post("/api/bus/dead-letters/replay", { data: { messageId: "  ", listener: "" } }), {
      status: 400,
      code: "invalid_input",
      message: "Some fields are invalid.",
      fields: { messageId: "messageId is required.", listener: "listener is required." },
    });
  });

  test("a manager's token is 403", async ({ apiOf, adminApi }) => {
    const before = await snapshot(adminApi);
    const manager = await apiOf("manager");
    await expectApiError(await manager.post("/api/bus/dead-letters/replay", { data: { messageId: "any", listener: "setup" } }), {
      status: 403,
      code: "forbidden",
      message: "Your role (manager) may not do this.",
    });
    expect(await snapshot(adminApi)).toEqual(before);
  });
});

// ───────────────────────────── HTTP API: managing tokens ─────────────────────────────

test.describe("/api/tokens", () => {
  const REFUSED_BY_TOKEN = "API tokens cannot manage API tokens: sign in to do this.";

  test("creating a token with a bearer token is 403 and creates none", async ({ adminApi, request }) => {
    const before = await tokenNames(request);
    const name = `minted ${uniqueId()}`;
    await expectApiError(await adminApi.post("/api/tokens", { data: { name } }), {
      status: 403,
      code: "forbidden",
      message: REFUSED_BY_TOKEN,
    });
    await expectApiError(await adminApi.get("/api/tokens"), { status: 403, code: "forbidden", message: REFUSED_BY_TOKEN });
    expect(await tokenNames(request)).toEqual(before);
  });

  const nameCases = [
    { title: "an empty token name is 400", name: "", message: "Name the token (what will use it?)." },
    { title: "a token name over 60 characters is 400", name: "t".repeat(61), message: "At most 60 characters." },
  ];
  for (const c of nameCases) {
    test(c.title, async ({ request }) => {
      const before = await tokenNames(request);
      await expectApiError(await request.post("/api/tokens", { data: { name: c.name } }), {
        status: 400,
        code: "invalid_input",
        message: "Some fields are invalid.",
        fields: { name: c.message },
      });
      expect(await tokenNames(request)).toEqual(before);
    });
  }

  test("a token name with a lone UTF-16 surrogate is 400, not a 500", async ({ request }) => {
    const before = await tokenNames(request);
    const marker = `surrogate ${uniqueId()}`;
    const response = await request.post("/api/tokens", {
      data: Buffer.from(`{"name": "${marker} \\udc00"}`),
      headers: { "content-type": "application/json" },
    });
    await expectApiError(response, {
      status: 400,
      code: "invalid_input",
      fields: response.status() === 400 ? { name: expect.any(String) } : undefined,
    });
    expect(await tokenNames(request)).toEqual(before);
  });

  test("revoking a forged token id is 404", async ({ request }) => {
    const before = await tokenNames(request);
    await expectApiError(await request.delete(`/api/tokens/forged-${uniqueId()}`), {
      status: 404,
      code: "not_found",
      message: "No such token.",
    });
    await expectApiError(await request.delete(`/api/tokens/${encodeURIComponent("' OR 1=1 --")}`), {
      status: 404,
      code: "not_found",
    });
    expect(await tokenNames(request)).toEqual(before);
  });

  test("revoking another user's token is 404 and that token keeps working", async ({ request, sessionOf, apiOf }) => {
    const managerSession = await sessionOf("manager");
    const { tokens } = (await (await managerSession.get("/api/tokens")).json()) as { tokens: { id: string }[] };
    expect(tokens.length).toBeGreaterThan(0);
    await expectApiError(await request.delete(`/api/tokens/${tokens[0]!.id}`), {
      status: 404,
      code: "not_found",
      message: "No such token.",
    });
    expect((await (await managerSession.get("/api/tokens")).json()).tokens).toHaveLength(tokens.length);
    expect((await (await apiOf("manager")).get("/api/tasks")).status()).toBe(200);
  });

  test("revoking with a bearer token is 403", async ({ adminApi, request }) => {
    const { tokens } = (await (await request.get("/api/tokens")).json()) as { tokens: { id: string }[] };
    await expectApiError(await adminApi.delete(`/api/tokens/${tokens[0]!.id}`), {
      status: 403,
      code: "forbidden",
      message: REFUSED_BY_TOKEN,
    });
    expect((await (await request.get("/api/tokens")).json()).tokens).toHaveLength(tokens.length);
  });
});

// ───────────────────────────── HTTP API: sign-in endpoints ─────────────────────────────

test.describe("/api/auth", () => {
  test("sign-in with a number as email is 400 at email, not 500", async ({ anonymous }) => {
    const response = await anonymous.post("/api/auth/sign-in/email", { data: { email: 123, password: "whatever-pass" } });
    await expectApiError(response, { status: 400, code: "invalid_input", fields: { email: expect.any(String) } });
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session_token");
  });

  test("sign-in with a body that is not JSON is 400 invalid_json", async ({ anonymous }) => {
    const response = await anonymous.post("/api/auth/sign-in/email", {
      data: Buffer.from(`{"email": "x@example.com",`),
      headers: { "content-type": "application/json" },
    });
    await expectApiError(response, { status: 400, code: "invalid_json" });
  });

  test("sign-in with a text/plain body is 415", async ({ anonymous }) => {
    const response = await anonymous.post("/api/auth/sign-in/email", {
      data: Buffer.from("email=x"),
      headers: { "content-type": "text/plain" },
    });
    await expectApiError(response, { status: 415, code: "unsupported_media_type" });
  });

  test("sign-in with a form-encoded body is 415, so it cannot dodge the lockout's count", async ({ anonymous }) => {
    const { email, password } = demoUser("manager");
    const response = await anonymous.post("/api/auth/sign-in/email", {
      data: Buffer.from(new URLSearchParams({ email, password }).toString()),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    await expectApiError(response, { status: 415, code: "unsupported_media_type" });
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session_token");
  });

  test("sign-in with a 5000-character password is 400 at password", async ({ anonymous }) => {
    const response = await anonymous.post("/api/auth/sign-in/email", {
      data: { email: `nobody-${uniqueId()}@example.com`, password: "p".repeat(5_000) },
    });
    await expectApiError(response, { status: 400, code: "invalid_input", fields: { password: "That password is too long." } });
  });

  test("sign-in with a body over 64 KiB is 413", async ({ anonymous }) => {
    const response = await anonymous.post("/api/auth/sign-in/email", {
      data: { email: `nobody-${uniqueId()}@example.com`, password: "x".repeat(70_000) },
    });
    await expectApiError(response, { status: 413, code: "payload_too_large" });
  });

  test("sign-up is off: 404, and no account is made", async ({ anonymous }) => {
    const email = `newcomer-${uniqueId()}@example.com`;
    const password = "a-long-enough-password";
    await expectApiError(await anonymous.post("/api/auth/sign-up/email", { data: { email, password, name: "Newcomer" } }), {
      status: 404,
      code: "not_found",
      message: "No such sign-in endpoint.",
    });
    const signIn = await anonymous.post("/api/auth/sign-in/email", { data: { email, password } });
    expect(signIn.status()).toBe(401);
    expect(signIn.headers()["set-cookie"] ?? "").not.toContain("session_token");
  });

  test("a signed-in user cannot reach better-auth's other endpoints (update-user, list-sessions): 404", async ({ request }) => {
    await expectApiError(
      await request.post("/api/auth/update-user", { data: { name: "<script>window.__pwned=1</script>", role: "admin" } }),
      {
        status: 404,
        code: "not_found",
      },
    );
    await expectApiError(await request.get("/api/auth/list-sessions"), { status: 404, code: "not_found" });
    await expectApiError(await request.get("/api/auth/get-session"), { status: 404, code: "not_found" });
    // The admin's name and role, as the portal's header shows them, are unchanged.
    expect(await (await request.get("/")).text()).toMatch(
      /<span class="font-medium">Robin Admin<\/span> <span class="text-muted">· (<!-- -->)?Admin<\/span>/,
    );
  });
});

// ───────────────────────────── Socket.IO ─────────────────────────────

test.describe("Socket.IO handshake", () => {
  test('no cookie: connect_error "unauthenticated"', async ({ sockets }) => {
    expect(await refusal(sockets.open())).toBe("unauthenticated");
  });

  test('a forged session cookie value: connect_error "unauthenticated"', async ({ sockets }) => {
    expect(await refusal(sockets.open("better-auth.session_token=forged.c2lnbmF0dXJl"))).toBe("unauthenticated");
  });

  test('a real session cookie with a tampered token: connect_error "unauthenticated"', async ({ sockets }) => {
    const tampered = sessionCookieOf("manager").replace(
      /session_token=(.)/,
      (_, first: string) => `session_token=${first === "A" ? "B" : "A"}`,
    );
    expect(tampered).not.toBe(sessionCookieOf("manager"));
    expect(await refusal(sockets.open(tampered))).toBe("unauthenticated");
  });

  test('a cookie with malformed percent-encoding: connect_error "unauthenticated"', async ({ sockets }) => {
    expect(await refusal(sockets.open("better-auth.session_token=%FF%; other=%E0%A4%A"))).toBe("unauthenticated");
  });

  test("a real session from another site's page (its Origin) is refused; the portal's own origin connects", async ({
    baseURL,
  }) => {
    const from = (origin: string) =>
      io(baseURL!, {
        transports: ["websocket"],
        reconnection: false,
        forceNew: true,
        extraHeaders: { cookie: sessionCookieOf("manager"), origin },
      });
    const foreign = from("http://evil.example");
    const outcome = await new Promise<string>((resolve) => {
      foreign.once("connect", () => resolve("connected"));
      foreign.once("connect_error", () => resolve("refused"));
    });
    foreign.close();
    expect(outcome).toBe("refused");
    const own = from(new URL(baseURL!).origin);
    await connected(own);
    own.close();
  });
});

test.describe("Socket.IO events:since", () => {
  const NOT_A_SEQ = { error: "events:since takes a whole number ≥ 0" };
  // The manager's socket: 2 events per case, well under 30 per 10 s.
  const cases: { title: string; seq: unknown }[] = [
    { title: "a string", seq: "5" },
    { title: "a negative number", seq: -1 },
    { title: "a fraction", seq: 1.5 },
    { title: "an object", seq: { $gt: 0 } },
    { title: "null", seq: null },
    { title: "an array", seq: [0] },
    { title: "a number past Number.MAX_SAFE_INTEGER", seq: 2 ** 53 },
  ];
  for (const c of cases) {
    test(`${c.title} as seq answers an error and the socket keeps working`, async ({ sockets }) => {
      const socket = sockets.as("manager");
      await connected(socket);
      expect(await ask(socket, "events:since", c.seq)).toEqual(NOT_A_SEQ);
      expect(await ask(socket, "events:since", Number.MAX_SAFE_INTEGER)).toEqual({ events: [] });
      expect(socket.connected).toBe(true);
    });
  }

  test("without an answer callback nothing breaks: the next events:since still answers", async ({ sockets }) => {
    const socket = sockets.as("roadie");
    await connected(socket);
    socket.emit("events:since", 0);
    socket.emit("events:since", "not a number");
    // From 0 the answer is the events or, once more were logged than a catch-up replays, a reset: either, never an error.
    const answer = (await ask(socket, "events:since", 0)) as { events?: { seq: number }[]; reset?: true; error?: string };
    expect(answer.error).toBeUndefined();
    expect(Array.isArray(answer.events) || answer.reset === true).toBe(true);
    expect(socket.connected).toBe(true);
  });

  test("with only a callback and no number it answers an error instead of leaving the caller waiting", async ({ sockets }) => {
    const socket = sockets.as("roadie");
    await connected(socket);
    const answer = await socket.timeout(5_000).emitWithAck("events:since");
    expect(answer).toEqual(NOT_A_SEQ);
    expect(socket.connected).toBe(true);
  });
});

test.describe("Socket.IO other events", () => {
  for (const event of ["admin:become", "bus:activity", "__proto__"]) {
    test(`an unknown event "${event}" is refused and the connection stays usable`, async ({ sockets }) => {
      const socket = sockets.as("roadie");
      await connected(socket);
      expect(await ask(socket, event, { seq: 0 })).toEqual({ error: "unknown event" });
      expect(socket.connected).toBe(true);
      expect(await ask(socket, "events:since", Number.MAX_SAFE_INTEGER)).toEqual({ events: [] });
    });
  }

  test("inspector:join as a roadie gets no bus:activity while an admin who joined does", async ({ sockets, adminApi }) => {
    const roadie = sockets.as("roadie");
    const admin = sockets.as("admin");
    await Promise.all([connected(roadie), connected(admin)]);
    const roadieActivity: unknown[] = [];
    const roadieActivityOfSetup: { requestId: string }[] = [];
    const adminActivity: { correlationId: string }[] = [];
    roadie.on("bus:activity", (activity) => roadieActivity.push(activity));
    roadie.on("batch", (events: [string, { requestId: string }][]) => {
      for (const [type, entry] of events) if (type === "listener:activity") roadieActivityOfSetup.push(entry);
    });
    admin.on("bus:activity", (activity: { correlationId: string }) => adminActivity.push(activity));
    roadie.emit("inspector:join");
    admin.emit("inspector:join");
    // A round trip each, so the joins have been handled.
    await Promise.all([
      ask(roadie, "events:since", Number.MAX_SAFE_INTEGER),
      ask(admin, "events:since", Number.MAX_SAFE_INTEGER),
    ]);

    const created = await adminApi.post("/api/tasks", { data: { name: `inspector ${uniqueId()}` } });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await expect
      .poll(async () => ((await (await adminApi.get(`/api/tasks/${id}`)).json()) as { replies: unknown[] }).replies.length)
      .toBe(2);
    const { trail } = (await (await adminApi.get(`/api/tasks/${id}/trail`)).json()) as { trail: { correlationId: string }[] };

    await expect.poll(() => adminActivity.filter((a) => a.correlationId === trail[0]!.correlationId).length).toBeGreaterThan(0);
    // The roadie's socket was live (it got the Setup listener's activity for its portlet) but saw no bus activity.
    await expect.poll(() => roadieActivityOfSetup.filter((entry) => entry.requestId === trail[0]!.correlationId).length).toBe(1);
    expect(roadieActivity).toEqual([]);
  });

  test("a flood of 40 events is told to slow down, for that user only", async ({ sockets }) => {
    const inventory = sockets.as("inventory");
    const manager = sockets.as("manager");
    await Promise.all([connected(inventory), connected(manager)]);
    const answers = await Promise.all(Array.from({ length: 40 }, () => ask(inventory, "events:since", Number.MAX_SAFE_INTEGER)));
    const refused = answers.filter((a) => JSON.stringify(a) === JSON.stringify({ error: "too many events: slow down" }));
    const served = answers.filter((a) => JSON.stringify(a) === JSON.stringify({ events: [] }));
    expect(refused.length).toBeGreaterThanOrEqual(10);
    expect(served.length + refused.length).toBe(40);
    expect(await ask(inventory, "events:since", 0)).toEqual({ error: "too many events: slow down" });
    expect(inventory.connected).toBe(true);
    // Another user is not slowed down.
    expect(await ask(manager, "events:since", Number.MAX_SAFE_INTEGER)).toEqual({ events: [] });
  });

  test("a client that keeps sending past the limit is disconnected", async ({ sockets }) => {
    // Inventory again: its window already holds the flood above; no later case uses it.
    const inventory = sockets.as("inventory");
    await connected(inventory);
    const dropped = new Promise<string>((resolve) => inventory.once("disconnect", resolve));
    for (let i = 0; i < 100; i++) inventory.emit("events:since", Number.MAX_SAFE_INTEGER, () => {});
    expect(await dropped).toBe("io server disconnect");
  });

  test("a message over 4 KiB drops that socket; the server stays up and a new socket connects", async ({
    sockets,
    anonymous,
  }) => {
    const big = sockets.as("roadie");
    await connected(big);
    const dropped = new Promise<string>((resolve) => big.once("disconnect", resolve));
    big.emit("events:since", "x".repeat(5_000), () => {});
    expect(["transport close", "transport error"]).toContain(await dropped);
    expect(big.connected).toBe(false);

    expect((await anonymous.get("/api/health")).ok()).toBe(true);
    const fresh = sockets.as("roadie");
    await connected(fresh);
    expect(await ask(fresh, "events:since", Number.MAX_SAFE_INTEGER)).toEqual({ events: [] });
  });
});
