import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "../support/api-test";
import { apiAs, NO_SESSION } from "../support/auth";
import { apiClient } from "../support/openapi";

// Every answer here is checked against /api/openapi.json (support/api-test.ts, support/openapi.ts).

test("POST /api/tasks adds a task: 201 with the task and where to find it (the typed client)", async ({ request }) => {
  const api = apiClient(request);
  const name = `API task ${Date.now().toString(36)}`;
  const { data: task, response } = await api.POST("/api/tasks", {
    body: { name, description: "Two amplifiers", status: "In progress" },
  });
  expect(response.status).toBe(201);
  expect(task).toMatchObject({ name, description: "Two amplifiers", status: "In progress", replies: [] });
  expect(response.headers.get("location")).toBe(`/api/tasks/${task!.id}`);

  // The replies come back through the bus; GET shows them against the task.
  await expect
    .poll(async () =>
      (await api.GET("/api/tasks/{id}", { params: { path: { id: task!.id } } })).data?.replies.map((r) => r.from).sort(),
    )
    .toEqual(["inventory", "setup"]);
  const { data: list } = await api.GET("/api/tasks", { params: { query: {} } });
  expect(list?.tasks.some((t) => t.id === task!.id)).toBe(true);
});

test("GET /api/openapi.json is the OpenAPI 3.1 description, and /docs/api shows it as a page", async ({ request, page }) => {
  const document = await (await request.get("/api/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/api/tasks", "/api/tasks/{id}", "/api/health"]));
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "HTTP API" })).toBeVisible();
  await expect(page.getByRole("region", { name: "POST /api/tasks" })).toContainText("Add a task");
  await expect(page.getByRole("link", { name: "/api/openapi.json" })).toHaveAttribute("href", "/api/openapi.json");
});

test.describe("POST /api/tasks refuses bad input with field errors and stores nothing", () => {
  const cases: [string, unknown, Record<string, string>][] = [
    ["empty name", { name: "" }, { name: "Name is required." }],
    ["missing name", { description: "x" }, { name: "Name is required." }],
    ["name of the wrong type", { name: 12 }, { name: "Name is required." }],
    ["over-long name", { name: "n".repeat(121) }, { name: "Name must be at most 120 characters." }],
    [
      "over-long description",
      { name: "ok", description: "d".repeat(2001) },
      { description: "Description must be at most 2000 characters." },
    ],
    ["unknown status", { name: "ok", status: "Cancelled" }, { status: "Status must be one of: Open, In progress, Done." }],
  ];
  for (const [label, body, fields] of cases) {
    test(label, async ({ request }) => {
      const before = (await (await request.get("/api/tasks")).json()).total;
      const response = await request.post("/api/tasks", { data: body as object });
      expect(response.status()).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "invalid_input", message: "Some fields are invalid.", fields } });
      expect((await (await request.get("/api/tasks")).json()).total).toBe(before);
    });
  }

  test("a body that is not JSON", async ({ request }) => {
    const response = await request.post("/api/tasks", {
      data: Buffer.from("{not json"),
      headers: { "content-type": "application/json" },
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.code).toBe("invalid_json");
  });

  test("a body that is too large", async ({ request }) => {
    const response = await request.post("/api/tasks", { data: { name: "big", description: "x".repeat(70_000) } });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });
});

test("GET /api/tasks/:id answers 404 for an unknown task", async ({ request }) => {
  const response = await request.get("/api/tasks/no-such-task");
  expect(response.status()).toBe(404);
  expect((await response.json()).error.code).toBe("not_found");
});

test("GET /api/bus/destinations reports statistics per destination", async ({ request }) => {
  await request.post("/api/tasks", { data: { name: `Stats ${Date.now()}` } });
  const { destinations } = await (await request.get("/api/bus/destinations")).json();
  const setup = destinations.find((d: { destination: string }) => d.destination === "tour/roadie/setup");
  expect(setup).toMatchObject({ type: "serial", listeners: ["setup", "inventory"] });
  expect(setup.sent).toBeGreaterThan(0);
  for (const key of ["pending", "inFlight", "failed", "dead", "rejected", "largestQueue"]) {
    expect(typeof setup[key]).toBe("number");
  }
  await expect
    .poll(async () => (await (await request.get("/api/bus/destinations")).json()).destinations[0].handlingMs)
    .not.toBeNull();
});

test("POST /api/bus/dead-letters/replay answers 404 when there is nothing to replay", async ({ request }) => {
  const response = await request.post("/api/bus/dead-letters/replay", { data: { messageId: "nope", listener: "setup" } });
  expect(response.status()).toBe(404);
  expect((await response.json()).error.code).toBe("not_found");
  const list = await (await request.get("/api/bus/dead-letters")).json();
  expect(Array.isArray(list.deadLetters)).toBe(true);
});

test("POST /api/tasks with an Idempotency-Key adds once: the retry gets the same task, another body with the key is 422", async ({
  request,
}) => {
  const key = `key-${Date.now().toString(36)}`;
  const name = `Idempotent ${key}`;
  const first = await request.post("/api/tasks", { data: { name }, headers: { "idempotency-key": key } });
  expect(first.status()).toBe(201);
  const again = await request.post("/api/tasks", { data: { name }, headers: { "idempotency-key": key } });
  expect(again.status()).toBe(201);
  expect(again.headers()["idempotent-replayed"]).toBe("true");
  expect((await again.json()).id).toBe((await first.json()).id);
  const { tasks } = await (await request.get("/api/tasks")).json();
  expect(tasks.filter((t: { name: string }) => t.name === name)).toHaveLength(1);

  const reused = await request.post("/api/tasks", {
    data: { name: `${name} but different` },
    headers: { "idempotency-key": key },
  });
  expect(reused.status()).toBe(422);
  expect((await reused.json()).error.code).toBe("idempotency_conflict");
  const bad = await request.post("/api/tasks", { data: { name }, headers: { "idempotency-key": "not a key" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields).toHaveProperty("Idempotency-Key");
  // An empty header is a broken key, not none: the client meant to send one, and would get a second task on retry.
  const empty = await request.post("/api/tasks", { data: { name: `${name} empty key` }, headers: { "idempotency-key": "" } });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error.fields).toHaveProperty("Idempotency-Key");
  const after = await (await request.get(`/api/tasks?q=${encodeURIComponent(`${name} empty key`)}`)).json();
  expect(after.tasks).toHaveLength(0);
});

test("GET /api/ready says this instance takes work; GET /metrics is Prometheus text for admins only", async ({
  request,
  baseURL,
}) => {
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({
    ready: true,
    checks: {
      draining: false,
      backfilling: false,
      databaseWritable: true,
      storageFault: null,
      busCaughtUp: true,
      redisReachable: null,
    },
  });

  await request.post("/api/tasks", { data: { name: `Metrics ${Date.now()}` } });
  const metrics = await request.get("/metrics");
  expect(metrics.status()).toBe(200);
  const text = await metrics.text();
  expect(text).toMatch(/^tourbus_sql_statements_total\{connection="engine"\} [1-9]\d*$/m);
  expect(text).toMatch(/^tourbus_bus_sent_total\{destination="tour\/roadie\/setup"\} [1-9]\d*$/m);
  expect(text).toMatch(/^tourbus_sockets_connected \d+$/m);
  await expect
    .poll(async () =>
      (await (await request.get("/metrics")).text()).match(
        /^tourbus_bus_handling_seconds_count\{destination="tour\/roadie\/setup",listener="setup"\} ([1-9]\d*)$/m,
      ),
    )
    .toBeTruthy();
  expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);

  const roadie = await apiAs(baseURL!, "roadie");
  expect((await roadie.get("/metrics")).status()).toBe(403);
  const anonymous = await playwrightRequest.newContext({ baseURL, storageState: NO_SESSION });
  expect((await anonymous.get("/metrics")).status()).toBe(401);
  await Promise.all([roadie.dispose(), anonymous.dispose()]);
});

test.describe("GET /api/tasks: search, status, cursor and limit", () => {
  test("pages with a cursor, newest first, each task once, with the count", async ({ request }) => {
    const id = Date.now().toString(36);
    const names = [1, 2, 3].map((n) => `Paged ${id} ${n}`);
    for (const name of names) expect((await request.post("/api/tasks", { data: { name } })).status()).toBe(201);

    const first = await (await request.get(`/api/tasks?q=${encodeURIComponent(`paged ${id}`)}&limit=2`)).json();
    expect(first.total).toBe(3);
    expect(first.tasks.map((t: { name: string }) => t.name)).toEqual([names[2], names[1]]);
    expect(typeof first.nextCursor).toBe("string");
    const second = await (
      await request.get(`/api/tasks?q=${encodeURIComponent(`PAGED ${id}`)}&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second).toMatchObject({ total: 3, nextCursor: null });
    expect(second.tasks.map((t: { name: string }) => t.name)).toEqual([names[0]]);
  });

  test("caps the limit at 200 and filters by where tasks stand", async ({ request }) => {
    const page = await (await request.get("/api/tasks?limit=100000")).json();
    expect(page.tasks.length).toBeLessThanOrEqual(200);
    const short = await (await request.get(`/api/tasks?status=${encodeURIComponent("Short of gear")}&q=fog`)).json();
    expect(short.tasks.map((t: { name: string }) => t.name)).toContain("Test the fog machine");
  });

  const bad: [string, string][] = [
    ["limit=0", "limit"],
    ["limit=ten", "limit"],
    ["limit=-5", "limit"],
    ["status=Cancelled", "status"],
    ["cursor=not-a-cursor", "cursor"],
    [`q=${"x".repeat(201)}`, "q"],
  ];
  for (const [query, field] of bad) {
    test(`?${query.slice(0, 30)} is 400 at ${field}`, async ({ request }) => {
      const response = await request.get(`/api/tasks?${query}`);
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe("invalid_input");
      expect(Object.keys(body.error.fields)).toEqual([field]);
    });
  }
});

test.describe("gear must name stocked items", () => {
  for (const [label, gear, unknown] of [
    ["free text", "two amps; ,,", "Unknown gear: two amps"],
    [
      "a list",
      [
        { name: "Amplifier", quantity: 1 },
        { name: "Kazoo", quantity: 2 },
      ],
      "Unknown gear: Kazoo",
    ],
  ] as const) {
    test(`unknown gear as ${label} is 400 at gear, and nothing is stored or sent`, async ({ request }) => {
      const name = `Unknown gear ${label} ${Date.now().toString(36)}`;
      // Requests sent to the roadies so far: a refused task sends none.
      const sent = async () =>
        (
          (await (await request.get("/api/bus/destinations")).json()) as { destinations: { destination: string; sent: number }[] }
        ).destinations.find((d) => d.destination === "tour/roadie/setup")!.sent;
      const before = await sent();
      const response = await request.post("/api/tasks", { data: { name, gear } });
      expect(response.status()).toBe(400);
      expect(await response.json()).toEqual({
        error: { code: "invalid_input", message: "Some fields are invalid.", fields: { gear: unknown } },
      });
      expect((await (await request.get(`/api/tasks?q=${encodeURIComponent(name)}`)).json()).total).toBe(0);
      expect(await sent()).toBe(before);
    });
  }

  test("stocked gear in another spelling is stored under the stock's name", async ({ request }) => {
    const response = await request.post("/api/tasks", {
      data: { name: `Known gear ${Date.now().toString(36)}`, gear: [{ name: "amplifiers", quantity: 1 }] },
    });
    expect(response.status()).toBe(201);
    expect((await response.json()).gear).toEqual([{ name: "Amplifier", quantity: 1 }]);
  });
});
