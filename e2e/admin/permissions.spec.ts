import { expect, test } from "@playwright/test";

test("the permission matrix shows role × permission and what each permission opens, read from the table", async ({ page }) => {
  await page.goto("/admin/permissions");
  const table = page.getByRole("table", { name: /Which role has which permission/ });
  const headers = table.getByRole("columnheader");
  await expect(headers).toHaveText(["Permission", "Tour manager", "Roadie", "Inventory manager", "Admin", "Opens"]);

  const addTask = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "tasks:add", exact: true }) });
  await expect(addTask.getByRole("cell")).toHaveText([/Yes$/, /No$/, /No$/, /Yes$/, "sends to tour/roadie/setup"]);
  const setup = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "setup:read", exact: true }) });
  await expect(setup.getByRole("cell")).toHaveText([/No$/, /Yes$/, /No$/, /Yes$/, "portlet Setup"]);
  const inspect = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "bus:inspect", exact: true }) });
  await expect(inspect.getByRole("cell").last()).toHaveText("portlet Message Bus");
  const manage = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "users:manage", exact: true }) });
  await expect(manage.getByRole("cell")).toHaveText([/No$/, /No$/, /No$/, /Yes$/, "—"]);
  // Read-only: nothing to change here.
  await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
});
