import { expect, test } from "@playwright/test";

test("a page that was offline while replies arrived shows them once back online", async ({ page, context, request }) => {
  await page.goto("/");
  const status = page.getByRole("status").filter({ hasText: /Live|Reconnecting|Connecting/ });
  await expect(status).toHaveText("Live");

  await context.setOffline(true);
  await expect(status).toHaveText("Reconnecting…", { timeout: 30_000 });

  // Tasks added elsewhere while this page is cut off; their replies arrive meanwhile.
  const names = [1, 2, 3].map((n) => `Offline check ${n} ${Date.now().toString(36)}`);
  const ids: string[] = [];
  for (const name of names) {
    const response = await request.post("/api/tasks", { data: { name, description: "one microphone" } });
    expect(response.status()).toBe(201);
    ids.push((await response.json()).id);
  }
  await expect
    .poll(async () =>
      (await Promise.all(ids.map(async (id) => (await (await request.get(`/api/tasks/${id}`)).json()).replies.length))).every(
        (n) => n === 2,
      ),
    )
    .toBe(true);

  await context.setOffline(false);
  await expect(status).toHaveText("Live", { timeout: 30_000 });
  const tasks = page.getByRole("region", { name: "Tasks" });
  for (const name of names) {
    const item = tasks.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
    await expect(item).toContainText("Setup: Received, waiting for a roadie");
    await expect(item).toContainText("Inventory: In stock: Microphone × 12");
  }
});
