import { expect, test } from "@playwright/test";
import { apiAs, storageStateOf } from "../support/auth";
import { openLive, portlet, uniqueName } from "./helpers";

// The roadie's page: the Setup portlet alone.
test.use({ storageState: storageStateOf("roadie") });

test("a roadie reaches the oldest of 120 requests, by search and by paging", async ({ page, baseURL }) => {
  const tag = uniqueName("Load-in").replaceAll(" ", "-");
  const api = await apiAs(baseURL!, "manager");
  const names = Array.from({ length: 120 }, (_, n) => `${tag} crate ${String(n).padStart(3, "0")}`);
  // In order, oldest first, a few at a time.
  for (let start = 0; start < names.length; start += 10) {
    const batch = names.slice(start, start + 10);
    for (const name of batch) expect((await api.post("/api/tasks", { data: { name } })).status()).toBe(201);
  }
  await api.dispose();
  const oldest = names[0]!;
  const setup = portlet(page, "Setup");
  const cards = setup.getByRole("list", { name: "Setup requests" }).getByRole("listitem");
  const card = (name: string) => cards.filter({ has: page.getByRole("heading", { name, exact: true }) });

  await openLive(page);
  // The newest requests first: the oldest is not among them.
  await expect(card(names[119]!)).toBeVisible();
  await expect(card(oldest)).toHaveCount(0);

  // By search: the server looks through every request, not only those on the page.
  await setup.getByLabel("Search requests").fill(oldest);
  await expect(card(oldest)).toBeVisible();
  await expect(setup.getByRole("status").filter({ hasText: "Showing 1 of 1 request." })).toBeVisible();
  await expect(card(oldest)).toContainText("Status: Received");

  // By paging: 120 match the tag, 50 a page.
  await setup.getByLabel("Search requests").fill(tag);
  await expect(setup.getByText("Showing 50 of 120 requests.")).toBeVisible();
  await expect(card(oldest)).toHaveCount(0);
  const more = setup.getByRole("button", { name: "Show more requests" });
  await more.click();
  await expect(setup.getByText("Showing 100 of 120 requests.")).toBeVisible();
  await more.click();
  await expect(setup.getByText("Showing 120 of 120 requests.")).toBeVisible();
  await expect(card(oldest)).toBeVisible();
  await expect(more).toHaveCount(0);
  // Each request once, newest first.
  await expect(cards).toHaveCount(120);
  await expect(cards.last().getByRole("heading")).toHaveText(oldest);
});

test("a search that matches nothing says so, with no talk of the newest 50", async ({ page }) => {
  await openLive(page);
  const setup = portlet(page, "Setup");
  const nothing = uniqueName("Nothing like this");
  await setup.getByLabel("Search requests").fill(nothing);
  await expect(setup.getByText(`No requests match “${nothing}”.`)).toBeVisible();
  await setup.getByRole("button", { name: "Clear filters" }).click();
  await expect(setup.getByLabel("Search requests")).toBeFocused();
  await expect(setup.getByLabel("Search requests")).toHaveValue("");
});

test("a request and its answer that arrive while a search is loading are shown once it has loaded", async ({ page, baseURL }) => {
  await openLive(page);
  const setup = portlet(page, "Setup");
  const name = uniqueName("Tape the cable runs");
  const word = name.split(" ").at(-1)!;
  const card = setup.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
  // The search's page is read at once but reaches the browser only after the request came and was
  // answered: the page the portlet gets is older than the pushes it has seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let read!: () => void;
  const answered = new Promise<void>((resolve) => (read = resolve));
  await page.route(/\/api\/setup\/requests\?.*q=/, async (route) => {
    const response = await route.fetch();
    read();
    await held;
    await route.fulfill({ response });
  });
  await setup.getByLabel("Search requests").fill(word);
  await answered;

  const api = await apiAs(baseURL!, "manager");
  expect((await api.post("/api/tasks", { data: { name } })).status()).toBe(201);
  await api.dispose();
  await expect(card).toContainText("Inventory: No stocked gear named in this task");
  release();

  await expect(setup.getByRole("status").filter({ hasText: /^Showing/ })).toHaveText("Showing 1 of 1 request.");
  await expect(card).toContainText("Inventory: No stocked gear named in this task");
});
