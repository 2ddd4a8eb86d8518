import { expect, test } from "@playwright/test";
import { addTask, openLive, portlet, reloadLive, taskItem, uniqueName } from "./helpers";
import { storageStateOf } from "../support/auth";

test("a task short of gear gets a 'Short' answer and reserves nothing", async ({ page }) => {
  await openLive(page);
  const quantity = portlet(page, "Inventory").getByLabel("Quantity of Amplifier", { exact: true });
  const before = await quantity.inputValue();
  const name = uniqueName("Haze the stage");

  await addTask(page, { name, gear: "1 Amplifier, 3 Fog machine" });

  const item = taskItem(page, name);
  await expect(item).toContainText("Inventory: Short: 3 × Fog machine (0 in stock). Nothing reserved.");
  await expect(item).toContainText("Crew: Short of gear");
  await expect(item).toContainText("Needs: 1 Amplifier, 3 Fog machine");
  await reloadLive(page);
  await expect(portlet(page, "Inventory").getByLabel("Quantity of Amplifier", { exact: true })).toHaveValue(before);
});

test("a task's gear is reserved from stock, and the stock shows it live", async ({ page }) => {
  await openLive(page);
  const inventory = portlet(page, "Inventory");
  const before = Number(await inventory.getByLabel("Quantity of Speaker cabinet", { exact: true }).inputValue());
  const name = uniqueName("Fly the PA");

  await addTask(page, { name, gear: "2 speaker cabinets" });

  await expect(taskItem(page, name)).toContainText("Inventory: Reserved: 2 × Speaker cabinet");
  await expect(inventory.getByLabel("Quantity of Speaker cabinet", { exact: true })).toHaveValue(String(before - 2));
  await expect(inventory).toContainText(name);
});

test("gear that cannot be read is explained at the field", async ({ page }) => {
  await openLive(page);
  const tasks = portlet(page, "Tasks");
  await tasks.getByLabel("Name").fill(uniqueName("Bad gear"));
  await tasks.getByLabel("Gear").fill("two amps, 0 Fog machine");
  await tasks.getByRole("button", { name: "Add task" }).click();
  await expect(tasks.getByText("“0 Fog machine” is not a gear item.")).toBeVisible();
  await expect(tasks.getByLabel("Gear")).toHaveAttribute("aria-invalid", "true");
  await expect(tasks.getByLabel("Gear")).toHaveValue("two amps, 0 Fog machine");
});

test("a roadie's 'Done' reaches the Tasks portlet live in another browser", async ({ page, browser }) => {
  const other = await browser.newContext({ storageState: storageStateOf("manager") });
  const manager = await other.newPage();
  await openLive(manager);
  await openLive(page);
  const name = uniqueName("Tape the setlists");
  await addTask(page, { name });

  const request = portlet(page, "Setup").getByRole("listitem").filter({ hasText: name });
  await expect(request).toContainText("Answered: Yes");
  await request.getByRole("button", { name: "In progress" }).click();
  await expect(taskItem(manager, name)).toContainText("Crew: In progress");
  await request.getByRole("button", { name: "Done" }).click();

  const item = taskItem(manager, name);
  await expect(item).toContainText("Crew: Done");
  await expect(item).toContainText("Roadies: Done");
  await expect(request).toContainText("Now: Done");
  await expect(manager.getByRole("status").filter({ hasText: `Setup replied to ${name}: Done` })).toBeAttached();

  await reloadLive(manager);
  await expect(taskItem(manager, name)).toContainText("Crew: Done");
  await other.close();
});

test("'Blocked' needs a reason, and carries it to the task", async ({ page }) => {
  await openLive(page);
  const name = uniqueName("Run the snake");
  await addTask(page, { name });
  const request = portlet(page, "Setup").getByRole("listitem").filter({ hasText: name });

  await request.getByRole("button", { name: "Blocked" }).click();
  await expect(request.getByText("Say why it is blocked.")).toBeVisible();
  await expect(taskItem(page, name)).toContainText("Crew: Acknowledged");

  await request.getByLabel("Reason blocked").fill("No power on stage left");
  await request.getByLabel("Reason blocked").press("Enter");
  await expect(taskItem(page, name)).toContainText("Crew: Blocked");
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
  await expect(inventory.getByText(`There is already gear called “${gear}”: names that differ only in case, spacing or plural are one item.`)).toBeVisible();

  await inventory.getByLabel(`Quantity of ${gear}`, { exact: true }).fill("-1");
  await inventory.getByRole("button", { name: `Save ${gear} quantity` }).click();
  await expect(inventory.getByText("Quantity cannot be negative.")).toBeVisible();

  await inventory.getByLabel(`Quantity of ${gear}`, { exact: true }).fill("5");
  await inventory.getByRole("button", { name: `Save ${gear} quantity` }).click();
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText(`${gear}: 5 in stock.`);
  await reloadLive(page);
  await expect(portlet(page, "Inventory").getByLabel(`Quantity of ${gear}`, { exact: true })).toHaveValue("5");
});

test("tasks can be searched and filtered by crew status", async ({ page }) => {
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
  await expect(tasks.getByText("No task matches the filter.")).toBeVisible();
});
