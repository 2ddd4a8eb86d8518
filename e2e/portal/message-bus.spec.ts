import { expect, test } from "@playwright/test";

test("the Message Bus portlet lights the flow, logs deliveries and shows a task's whole trail", async ({ page, request }) => {
  await page.goto("/");
  const bus = page.getByRole("region", { name: "Message Bus" });
  await expect(bus.getByRole("table", { name: "Statistics per destination" })).toContainText("tour/roadie/setup");
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

  // Each hop lights up as the message passes, for a moment only: a busy machine can
  // render and clear it between two polls of an assertion. So watch the flow from before
  // the task is sent, and resolve on the first hop that lights (the event, not its afterglow).
  type Watched = Window & { firstLitHop?: Promise<string> };
  await bus.getByRole("list", { name: "Message flow" }).evaluate((flow) => {
    (window as Watched).firstLitHop = new Promise<string>((resolve) => {
      const observer = new MutationObserver(() => {
        const hop = flow.querySelector('[data-lit="true"]')?.textContent?.trim();
        if (hop) {
          observer.disconnect();
          resolve(hop);
        }
      });
      observer.observe(flow, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-lit"] });
    });
  });

  const name = `Trail check ${Date.now().toString(36)}`;
  const created = await request.post("/api/tasks", { data: { name, description: "one amplifier" } });
  expect(created.status()).toBe(201);

  expect(await page.evaluate(() => (window as Watched).firstLitHop)).toMatch(/\S/);
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
