import { expect, test } from "@playwright/test";

test("the Message Bus portlet lights the flow, logs deliveries and shows a task's whole trail", async ({ page, request }) => {
  await page.goto("/");
  const bus = page.getByRole("region", { name: "Message Bus" });
  await expect(bus.getByRole("table", { name: "Statistics per destination" })).toContainText("tour/roadie/setup");
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

  const name = `Trail check ${Date.now().toString(36)}`;
  const created = await request.post("/api/tasks", { data: { name, description: "one amplifier" } });
  expect(created.status()).toBe(201);

  // Each hop lights up as the message passes.
  await expect(bus.getByRole("list", { name: "Message flow" }).locator('[data-lit="true"]').first()).toBeVisible();
  await expect(bus.getByRole("list", { name: "Bus log" })).toContainText("tour/manager/task → tasks delivered");

  const tasks = page.getByRole("region", { name: "Tasks" });
  await expect(tasks.getByRole("listitem").filter({ hasText: name })).toContainText("All replies in");
  await tasks.getByRole("button", { name: `Show trail of ${name}` }).click();

  const trail = bus.getByRole("list", { name: `Trail of ${name}` });
  const steps = trail.locator(":scope > li");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText("tour/roadie/setup");
  await expect(steps.nth(0)).toContainText(/setup\s*done/);
  await expect(steps.nth(0)).toContainText(/inventory\s*done/);
  await expect(steps.nth(1)).toContainText("tour/manager/task — reply from setup");
  await expect(steps.nth(2)).toContainText("tour/manager/task — reply from inventory");
  await expect(steps.nth(2)).toContainText(/tasks\s*done/);
});
