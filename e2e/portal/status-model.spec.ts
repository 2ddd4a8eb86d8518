import { expect, test } from "@playwright/test";
import { openLive, portlet, taskItem, uniqueName } from "./helpers";

// The admin sees Tasks and Setup side by side: one status, shown the same in both.

test("a task added as Done is not Done until a roadie says so, and reads the same in Tasks and Setup", async ({ page }) => {
  await openLive(page);
  const tasks = portlet(page, "Tasks");
  const name = uniqueName("Coil the cables");
  await tasks.getByLabel("Name").fill(name);
  await tasks.getByLabel("Status").selectOption("Done");
  await tasks.getByRole("button", { name: "Add task" }).click();

  const item = taskItem(page, name);
  const card = portlet(page, "Setup")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name, exact: true }) });
  // The Setup desk's automatic receipt: nobody has looked yet, and nothing says a roadie did.
  await expect(item).toContainText("Setup: Received, waiting for a roadie");
  await expect(item).toContainText("Status: Received");
  await expect(item).not.toContainText("Status: Done");
  await expect(item).toContainText("Roadies: not started");
  await expect(item).toContainText("Your note when adding: Done");
  await expect(card).toContainText("Status: Received");
  await expect(card).toContainText("Now: waiting for a roadie");
  // Filtering by Done does not find it either.
  await tasks.getByLabel("Filter by progress").selectOption("Done");
  await expect(item).toHaveCount(0);
  await tasks.getByLabel("Filter by progress").selectOption("all");

  await card.getByRole("button", { name: "Done" }).click();
  await expect(item).toContainText("Status: Done");
  await expect(item).toContainText("Roadies: Done");
  await expect(card).toContainText("Status: Done");
  await expect(card).toContainText("Now: Done");
  // After a reload too: the server stored the same status.
  await page.reload();
  await expect(taskItem(page, name)).toContainText("Status: Done");
});
