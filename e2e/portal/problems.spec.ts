import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { apiAs, storageStateOf } from "../support/auth";
import { bell, openLive, portlet, readAll, setHidden, taskItem, uniqueName } from "./helpers";

// The manager's page: the tasks they add are theirs, so their problems reach their bell.
test.use({ storageState: storageStateOf("manager") });

const toasts = (page: Page) => page.getByRole("status", { name: "Notifications" });

async function addTasks(api: APIRequestContext, tasks: { name: string; gear?: string }[]): Promise<string[]> {
  const ids: string[] = [];
  // A few at a time: quick, without a burst the server would rate-limit.
  for (let start = 0; start < tasks.length; start += 10) {
    const answers = await Promise.all(tasks.slice(start, start + 10).map((task) => api.post("/api/tasks", { data: task })));
    for (const answer of answers) {
      expect(answer.status()).toBe(201);
      ids.push(((await answer.json()) as { id: string }).id);
    }
  }
  return ids;
}

test("a task blocked far down the list: within 2 s a toast names it, the bell and the title count it, and its link shows it", async ({
  page,
  browser,
  baseURL,
}) => {
  const api = await apiAs(baseURL!, "manager");
  const name = uniqueName("Rig the truss");
  await addTasks(api, [{ name }]);
  // A hundred newer tasks: the blocked one is no longer on the list's first page.
  await addTasks(
    api,
    Array.from({ length: 100 }, (_, n) => ({ name: uniqueName(`Newer ${n}`) })),
  );
  await openLive(page);
  await readAll(page);
  await expect(taskItem(page, name)).toHaveCount(0);

  const roadieContext = await browser.newContext({ storageState: storageStateOf("roadie") });
  const roadie = await roadieContext.newPage();
  await openLive(roadie);
  const setup = portlet(roadie, "Setup");
  await setup.getByLabel("Search requests").fill(name);
  const card = setup.getByRole("listitem").filter({ has: roadie.getByRole("heading", { name, exact: true }) });
  await card.getByLabel("Reason blocked").fill("No rigging points");
  await card.getByRole("button", { name: "Blocked" }).click();

  const toast = toasts(page).getByText(`“${name}”: Blocked: No rigging points`);
  await expect(toast).toBeVisible({ timeout: 2_000 });
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread problem");
  await expect(page).toHaveTitle("(1) tourbus");

  // The link finds the task though the list's page does not hold it: by searching for it.
  await toasts(page).getByRole("link", { name: "Show task" }).click();
  const item = taskItem(page, name);
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport();
  await expect(item).toContainText("Status: Blocked");
  await expect(portlet(page, "Tasks").getByLabel("Search tasks")).toHaveValue(name);
  // Followed, so read.
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await expect(page).toHaveTitle("tourbus");
  await roadieContext.close();
  await api.dispose();
});

test("gear that is short is a problem too: toasted with the task's name and counted", async ({ page, baseURL }) => {
  await openLive(page);
  await readAll(page);
  const api = await apiAs(baseURL!, "manager");
  const name = uniqueName("Haze for the encore");
  await addTasks(api, [{ name, gear: "2 Fog machine" }]);
  await expect(toasts(page).getByText(`“${name}”: Short: 2 × Fog machine (0 in stock). Nothing reserved.`)).toBeVisible({
    timeout: 5_000,
  });
  await expect(bell(page)).toHaveAccessibleName("Notifications, 1 unread problem");
  await expect(page).toHaveTitle("(1) tourbus");
  await api.dispose();
});

test("the bell counts tasks with problems, not replies, and lists problems apart from routine answers, each a link in 24-hour time", async ({
  page,
  baseURL,
}) => {
  await openLive(page);
  await readAll(page);
  const api = await apiAs(baseURL!, "manager");
  const short = [uniqueName("Short A"), uniqueName("Short B"), uniqueName("Short C")];
  const fine = uniqueName("Fine");
  // Looking elsewhere while they arrive: the routine answers stay unread, to be listed.
  await setHidden(page, true);
  await addTasks(api, [...short.map((name) => ({ name, gear: "1 Fog machine" })), { name: fine }]);
  // Three tasks with a problem; eight replies in all (a receipt and an answer each): the bell says 3.
  await expect(bell(page)).toHaveAccessibleName("Notifications, 3 unread problems");
  await expect(bell(page)).toContainText("3");
  await expect(page).toHaveTitle("(3) tourbus");

  await setHidden(page, false);
  await bell(page).click();
  const problems = page.getByRole("list", { name: "Problems on your tasks" }).getByRole("listitem");
  await expect(problems).toHaveCount(3);
  for (const name of short) await expect(problems.filter({ hasText: name }).getByRole("link")).toHaveCount(1);
  const routine = page.getByRole("list", { name: "Routine answers on your tasks" }).getByRole("listitem");
  await expect(routine.filter({ hasText: `Inventory replied on “${fine}”: No stocked gear named in this task` })).toHaveCount(1);
  await expect(routine.filter({ hasText: `Setup replied on “${fine}”: Received, waiting for a roadie` })).toHaveCount(1);
  // Routine answers are not problems: none of the fine task's is listed with them.
  await expect(problems.filter({ hasText: fine })).toHaveCount(0);
  for (const time of await page.getByRole("group", { name: "New notifications" }).locator("time").allTextContents()) {
    expect(time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  }
  await expect(bell(page)).toHaveAccessibleName("Notifications");

  // An entry is a link to its task.
  await routine
    .filter({ hasText: `Inventory replied on “${fine}”` })
    .getByRole("link")
    .click();
  await expect(taskItem(page, fine)).toBeFocused();
  await expect(bell(page)).toHaveAttribute("aria-expanded", "false");
  await api.dispose();
});
