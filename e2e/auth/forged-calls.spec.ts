import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import type { Role } from "@/lib/shared/roles";
import { uniqueName } from "../portal/helpers";
import { apiAs, NO_SESSION, storageStateOf } from "../support/auth";
import { callFormAction, serverActionId } from "../support/server-action";

async function taskNames(api: APIRequestContext): Promise<string[]> {
  const response = await api.get("/api/tasks");
  expect(response.status()).toBe(200);
  return ((await response.json()) as { tasks: { name: string }[] }).tasks.map((task) => task.name);
}

/** Calls "Add task"'s server action directly, with the role's session and no page showing the form. */
async function forgeAddTask(browser: Browser, baseURL: string, role: Role, name: string) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  try {
    const response = await callFormAction(
      context.request,
      serverActionId("lib/features/tasks/actions/add-task.ts", "addTaskAction"),
      {
        origin: baseURL,
        previousState: { status: "idle" },
        fields: { name, description: "forged", status: "Open", gear: "" },
      },
    );
    return { status: response.status(), body: await response.text() };
  } finally {
    await context.close();
  }
}

test("the acceptance: POST /api/tasks without a token is 401, with a roadie's 403, with a manager's 201", async ({
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL, storageState: NO_SESSION });
  const name = uniqueName("Acceptance");
  const data = { name, description: "curl", status: "Open" };

  const none = await anonymous.post("/api/tasks", { data });
  expect(none.status()).toBe(401);
  expect((await none.json()).error.code).toBe("unauthenticated");

  const roadie = await apiAs(baseURL!, "roadie");
  const refused = await roadie.post("/api/tasks", { data });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("forbidden");

  const manager = await apiAs(baseURL!, "manager");
  expect(await taskNames(manager)).not.toContain(name);
  const created = await manager.post("/api/tasks", { data });
  expect(created.status()).toBe(201);
  expect((await created.json()).name).toBe(name);
  expect((await taskNames(manager)).filter((n) => n === name)).toHaveLength(1);
  await Promise.all([anonymous.dispose(), roadie.dispose(), manager.dispose()]);
});

test("a roadie calling the 'Add task' server action directly is refused and nothing is stored", async ({ browser, baseURL }) => {
  const manager = await apiAs(baseURL!, "manager");
  // The same forged call as a manager adds the task: proof that the call itself is well made.
  const control = uniqueName("Forged by the manager");
  const allowed = await forgeAddTask(browser, baseURL!, "manager", control);
  expect(allowed.status).toBe(200);
  await expect.poll(async () => taskNames(manager)).toContain(control);

  const name = uniqueName("Forged by a roadie");
  const refused = await forgeAddTask(browser, baseURL!, "roadie", name);
  expect(refused.body).toContain("Your role (roadie) may not do this.");
  expect(await taskNames(manager)).not.toContain(name);
  await manager.dispose();
});

test("the API refuses what a role may not do, and a token cannot manage tokens", async ({ baseURL }) => {
  const cases: { role: Role; method: "get" | "post"; path: string; data?: object; status: number }[] = [
    { role: "roadie", method: "get", path: "/api/tasks", status: 403 },
    { role: "inventory", method: "post", path: "/api/tasks", data: { name: "x" }, status: 403 },
    { role: "manager", method: "get", path: "/api/bus/dead-letters", status: 403 },
    { role: "manager", method: "get", path: "/api/bus/destinations", status: 403 },
    {
      role: "roadie",
      method: "post",
      path: "/api/bus/dead-letters/replay",
      data: { messageId: "m", listener: "setup" },
      status: 403,
    },
    { role: "manager", method: "get", path: "/api/tokens", status: 403 },
    { role: "admin", method: "get", path: "/api/bus/destinations", status: 200 },
    { role: "manager", method: "get", path: "/api/tasks", status: 200 },
  ];
  for (const c of cases) {
    const api = await apiAs(baseURL!, c.role);
    const response = c.method === "get" ? await api.get(c.path) : await api.post(c.path, { data: c.data });
    expect(response.status(), `${c.role} ${c.method.toUpperCase()} ${c.path}`).toBe(c.status);
    await api.dispose();
  }
});

test("a server action posted from another origin is refused (Next's origin check stays on)", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStateOf("manager") });
  const name = uniqueName("Cross-site");
  const response = await callFormAction(
    context.request,
    serverActionId("lib/features/tasks/actions/add-task.ts", "addTaskAction"),
    {
      origin: "https://evil.example",
      previousState: { status: "idle" },
      fields: { name, description: "csrf", status: "Open", gear: "" },
    },
  );
  expect(response.ok()).toBe(false);
  await context.close();
  const manager = await apiAs(baseURL!, "manager");
  expect(await taskNames(manager)).not.toContain(name);
  await manager.dispose();
});
