import { expect, test } from "@playwright/test";
import { addTask, openBeforeHydration, openLive, pickGear, portlet, reloadLive, taskItem, uniqueName } from "./helpers";
import { storageStateOf } from "../support/auth";

test("a task short of gear gets a 'Short' answer and reserves nothing", async ({ page }) => {
  await openLive(page);
  const quantity = portlet(page, "Inventory").getByLabel("Quantity of Amplifier", { exact: true });
  const before = await quantity.inputValue();
  const name = uniqueName("Haze the stage");

  await addTask(page, {
    name,
    gear: [
      { name: "Amplifier", quantity: 1 },
      { name: "Fog machine", quantity: 3 },
    ],
  });

  const item = taskItem(page, name);
  await expect(item).toContainText("Inventory: Short: 3 × Fog machine (0 in stock). Nothing reserved.");
  await expect(item).toContainText("Status: Short of gear");
  await expect(item).toContainText("Needs: 1 Amplifier, 3 Fog machine");
  await reloadLive(page);
  await expect(portlet(page, "Inventory").getByLabel("Quantity of Amplifier", { exact: true })).toHaveValue(before);
});

test("a task's gear is reserved from stock, and the stock shows it live", async ({ page }) => {
  await openLive(page);
  const inventory = portlet(page, "Inventory");
  const before = Number(await inventory.getByLabel("Quantity of Speaker cabinet", { exact: true }).inputValue());
  const name = uniqueName("Fly the PA");

  await addTask(page, { name, gear: [{ name: "Speaker cabinet", quantity: 2 }] });

  await expect(taskItem(page, name)).toContainText("Inventory: Reserved: 2 × Speaker cabinet");
  await expect(inventory.getByLabel("Quantity of Speaker cabinet", { exact: true })).toHaveValue(String(before - 2));
  await expect(inventory).toContainText(name);
});

test("the gear picker offers the stock, and a bad quantity is explained at the field with nothing lost", async ({ page }) => {
  await openLive(page);
  const tasks = portlet(page, "Tasks");
  const name = uniqueName("Bad gear");
  await tasks.getByLabel("Name").fill(name);
  await pickGear(page, [
    { name: "Amplifier", quantity: 2 },
    { name: "Fog machine", quantity: 0 },
  ]);
  const options = await tasks.getByLabel("Gear item 1", { exact: true }).locator("option").allTextContents();
  expect(options).toEqual(
    expect.arrayContaining([
      "Choose an item…",
      expect.stringMatching(/^Amplifier \(\d+ in stock\)$/),
      "Fog machine (0 in stock)",
    ]),
  );
  await tasks.getByRole("button", { name: "Add task" }).click();

  const second = tasks.getByLabel("Quantity of gear item 2", { exact: true });
  await expect(second).toHaveAttribute("aria-invalid", "true");
  await expect(second).toHaveAccessibleDescription("Each gear quantity must be at least 1.");
  await expect(second).toHaveValue("0");
  await expect(tasks.getByLabel("Gear item 1", { exact: true })).toHaveValue("Amplifier");
  await expect(tasks.getByLabel("Name")).toHaveValue(name);

  // Removing a line moves focus to the line before it; nothing of the task is stored meanwhile.
  await tasks.getByRole("button", { name: "Remove gear item 2" }).click();
  await expect(tasks.getByLabel("Gear item 1", { exact: true })).toBeFocused();
  await expect(tasks.getByLabel("Gear item 2", { exact: true })).toHaveCount(0);
  await expect(taskItem(page, name)).toHaveCount(0);
});

test("a roadie's 'Done' reaches the Tasks portlet live in another browser", async ({ page, browser }) => {
  const other = await browser.newContext({ storageState: storageStateOf("manager") });
  const manager = await other.newPage();
  await openLive(manager);
  await openLive(page);
  const name = uniqueName("Tape the setlists");
  await addTask(page, { name });

  const request = portlet(page, "Setup").getByRole("listitem").filter({ hasText: name });
  await expect(request).toContainText("Status: Received");
  await request.getByRole("button", { name: "In progress" }).click();
  await expect(taskItem(manager, name)).toContainText("Status: In progress");
  await request.getByRole("button", { name: "Done" }).click();

  const item = taskItem(manager, name);
  await expect(item).toContainText("Status: Done");
  await expect(item).toContainText("Roadies: Done");
  await expect(request).toContainText("Now: Done");
  await expect(manager.getByRole("status").filter({ hasText: `Setup replied to ${name}: Done` })).toBeAttached();

  await reloadLive(manager);
  await expect(taskItem(manager, name)).toContainText("Status: Done");
  await other.close();
});

test("'Blocked' needs a reason, and carries it to the task", async ({ page }) => {
  await openLive(page);
  const name = uniqueName("Run the snake");
  await addTask(page, { name });
  const request = portlet(page, "Setup").getByRole("listitem").filter({ hasText: name });

  await request.getByRole("button", { name: "Blocked" }).click();
  await expect(request.getByText("Say why it is blocked.")).toBeVisible();
  await expect(taskItem(page, name)).toContainText("Status: Received");

  await request.getByLabel("Reason blocked").fill("No power on stage left");
  await request.getByLabel("Reason blocked").press("Enter");
  await expect(taskItem(page, name)).toContainText("Status: Blocked");
  await expect(taskItem(page, name)).toContainText("Roadies: Blocked: No power on stage left");
});

test("the inventory manager adds gear and corrects a quantity", async ({ page }) => {
  await openLive(page);
  const inventory = portlet(page, "Inventory");
  const gear = uniqueName("Theremin");

  await inventory.getByLabel("Gear name").fill(gear);
  await inventory.getByLabel("Quantity", { exact: true }).fill("2");
  await inventory.getByRole("button", { name: "Add gear" }).click();
  await expect(inventory.getByLabel(`Quantity of ${gear}`, { exact: true })).toHaveValue("2");
  await expect(inventory.getByLabel("Gear name")).toHaveValue("");

  await inventory.getByLabel("Gear name").fill(gear.toUpperCase());
  await inventory.getByRole("button", { name: "Add gear" }).click();
  await expect(
    inventory.getByText(
      `There is already gear called “${gear}”: names that differ only in case, spacing or plural are one item.`,
    ),
  ).toBeVisible();

  await inventory.getByLabel(`Quantity of ${gear}`, { exact: true }).fill("-1");
  await inventory.getByRole("button", { name: `Save ${gear} quantity` }).click();
  await expect(inventory.getByText("Quantity cannot be negative.")).toBeVisible();

  await inventory.getByLabel(`Quantity of ${gear}`, { exact: true }).fill("5");
  await inventory.getByRole("button", { name: `Save ${gear} quantity` }).click();
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText(`${gear}: 5 in stock.`);
  await reloadLive(page);
  await expect(portlet(page, "Inventory").getByLabel(`Quantity of ${gear}`, { exact: true })).toHaveValue("5");
});

test("tasks can be searched and filtered by where they stand", async ({ page }) => {
  await openLive(page);
  const tasks = portlet(page, "Tasks");
  const list = tasks.getByRole("list", { name: "Setup tasks" });

  await tasks.getByLabel("Search tasks").fill("fog MACHINE");
  await expect(list.getByRole("heading", { name: "Test the fog machine" })).toBeVisible();
  await expect(list.getByRole("heading", { name: "Stack the amplifiers" })).toHaveCount(0);

  await tasks.getByLabel("Search tasks").fill("");
  await tasks.getByLabel("Filter by progress").selectOption("Short of gear");
  await expect(list.getByRole("heading", { name: "Test the fog machine" })).toBeVisible();
  await expect(list.getByRole("heading", { name: "Rig the lights" })).toHaveCount(0);

  await tasks.getByLabel("Search tasks").fill("no task is called this");
  await expect(tasks.getByText("No task matches the search or filter.")).toBeVisible();
});

test("a reason typed before the page's script has loaded is the one sent with 'Blocked'", async ({ page }) => {
  await openLive(page);
  const name = uniqueName("Gaff the cables");
  await addTask(page, { name });
  const { release } = await openBeforeHydration(page);
  const request = portlet(page, "Setup").getByRole("listitem").filter({ hasText: name });
  await request.getByLabel("Reason blocked").fill("Gaffer tape is out");
  release();
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  // Shown in the field and sent: not "Say why it is blocked." over a filled field.
  await expect(request.getByLabel("Reason blocked")).toHaveValue("Gaffer tape is out");
  await request.getByRole("button", { name: "Blocked" }).click();
  await expect(taskItem(page, name)).toContainText("Status: Blocked");
  await expect(taskItem(page, name)).toContainText("Gaffer tape is out");
  await expect(request.getByText("Say why it is blocked.")).toHaveCount(0);
});

test("a search typed before the page's script has loaded filters the lists once it has", async ({ page }) => {
  await openLive(page);
  const name = uniqueName("Focus the spots");
  await addTask(page, { name });
  const { release } = await openBeforeHydration(page);
  await portlet(page, "Tasks").getByLabel("Search tasks").fill(name);
  await portlet(page, "Setup").getByLabel("Search requests").fill(name);
  release();
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  await expect(
    portlet(page, "Tasks")
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading") }),
  ).toHaveCount(1);
  await expect(taskItem(page, name)).toBeVisible();
  await expect(portlet(page, "Setup").getByRole("listitem")).toHaveCount(1);
  await expect(portlet(page, "Setup").getByRole("listitem")).toContainText(name);
});

test("a report or a stock take the server cannot be reached for is said in place, what was typed kept, and goes once it can", async ({
  page,
}) => {
  await openLive(page);
  const name = uniqueName("Tie down the truss");
  await addTask(page, { name });
  const unreachable = "Not saved: the server could not be reached. Try again.";
  // Every server action call fails as on a dropped connection.
  await page.route("**/*", (route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"]
      ? route.abort("internetdisconnected")
      : route.fallback(),
  );

  const request = portlet(page, "Setup").getByRole("listitem").filter({ hasText: name });
  await request.getByLabel("Reason blocked").fill("Chain hoist is missing");
  await request.getByRole("button", { name: "Blocked" }).click();
  await expect(request.getByText(unreachable)).toBeVisible();
  await expect(request.getByLabel("Reason blocked")).toHaveValue("Chain hoist is missing");

  const quantity = portlet(page, "Inventory").getByLabel("Quantity of Amplifier", { exact: true });
  await quantity.fill("7");
  await portlet(page, "Inventory").getByRole("button", { name: "Save Amplifier quantity" }).click();
  await expect(portlet(page, "Inventory").getByText(unreachable)).toBeVisible();
  await expect(quantity).toHaveValue("7");
  await expect(page.getByRole("heading", { name: "The portal could not be loaded." })).toHaveCount(0);

  await page.unrouteAll();
  await request.getByRole("button", { name: "Blocked" }).click();
  await expect(taskItem(page, name)).toContainText("Status: Blocked");
  await expect(taskItem(page, name)).toContainText("Chain hoist is missing");
});
