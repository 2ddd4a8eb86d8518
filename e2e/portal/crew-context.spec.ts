import { expect, test, type Page } from "@playwright/test";
import { apiAs, storageStateOf } from "../support/auth";
import { expectNoViolations } from "../support/axe";
import { openLive, portlet, reloadLive, uniqueName } from "./helpers";

// The roadie's own page: the Setup portlet alone. Tasks are added by the tour manager's API token.
test.use({ storageState: storageStateOf("roadie") });

async function addTaskAsManager(baseURL: string, task: { name: string; description?: string; gear?: string }) {
  const manager = await apiAs(baseURL, "manager");
  const response = await manager.post("/api/tasks", { data: task });
  expect(response.status()).toBe(201);
  await manager.dispose();
}

function card(page: Page, name: string) {
  return portlet(page, "Setup")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name, exact: true }) });
}

test("a roadie sees each request's description, gear and what is short, live and after a reload", async ({ page, baseURL }) => {
  await openLive(page);
  await expect(page.getByRole("region", { name: "Tasks", exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Inventory", exact: true })).toHaveCount(0);
  const name = uniqueName("Haze the stage");

  await addTaskAsManager(baseURL!, { name, description: "Stage left, before doors open", gear: "1 Amplifier, 3 Fog machine" });

  const request = card(page, name);
  await expect(request).toContainText("Stage left, before doors open");
  await expect(request).toContainText("Needs: 1 Amplifier, 3 Fog machine");
  await expect(request).toContainText("Inventory: Short: 3 × Fog machine (0 in stock). Nothing reserved.");
  // The same status the Tasks portlet shows for it.
  await expect(request).toContainText("Status: Short of gear");

  await reloadLive(page);
  await expect(card(page, name)).toContainText("Stage left, before doors open");
  await expect(card(page, name)).toContainText("Needs: 1 Amplifier, 3 Fog machine");
  await expect(card(page, name)).toContainText("Inventory: Short: 3 × Fog machine (0 in stock). Nothing reserved.");
});

test("a request whose gear is reserved says so", async ({ page, baseURL }) => {
  await openLive(page);
  const name = uniqueName("Fly the PA");
  await addTaskAsManager(baseURL!, { name, gear: "1 speaker cabinet" });
  await expect(card(page, name)).toContainText("Needs: 1 Speaker cabinet");
  await expect(card(page, name)).toContainText("Inventory: Reserved: 1 × Speaker cabinet");
});

test("a card follows another roadie's report live", async ({ page, browser, baseURL }) => {
  const other = await browser.newContext({ storageState: storageStateOf("roadie") });
  const colleague = await other.newPage();
  await openLive(page);
  await openLive(colleague);
  const name = uniqueName("Tape the setlists");
  await addTaskAsManager(baseURL!, { name, description: "One per musician" });

  await expect(card(page, name)).toContainText("Now: waiting for a roadie");
  await card(colleague, name).getByRole("button", { name: "In progress" }).click();
  await expect(card(page, name)).toContainText("Now: In progress");
  await card(colleague, name).getByLabel("Reason blocked").fill("No tape left");
  await card(colleague, name).getByRole("button", { name: "Blocked" }).click();
  await expect(card(page, name)).toContainText("Now: Blocked: No tape left");
  await other.close();
});

test("requests filter by state and words, with an honest empty state", async ({ page, baseURL }) => {
  await openLive(page);
  const setup = portlet(page, "Setup");
  const tag = uniqueName("filtertag").replace(/\s+/g, "");
  const blocked = `Run the snake ${tag}`;
  const waiting = `Coil the cables ${tag}`;
  await addTaskAsManager(baseURL!, { name: blocked, description: "Stage right" });
  await addTaskAsManager(baseURL!, { name: waiting, description: "After the show", gear: "2 Amplifier" });
  await card(page, blocked).getByLabel("Reason blocked").fill("No power");
  await card(page, blocked).getByRole("button", { name: "Blocked" }).click();
  await expect(card(page, blocked)).toContainText("Now: Blocked: No power");

  const search = setup.getByLabel("Search requests");
  await search.fill(tag);
  await expect(card(page, blocked)).toBeVisible();
  await expect(card(page, waiting)).toBeVisible();

  // Words are found in the gear and the description too.
  await search.fill(`${tag} amplifier`);
  await expect(card(page, waiting)).toBeVisible();
  await expect(card(page, blocked)).toHaveCount(0);
  await search.fill(`${tag} stage right`);
  await expect(card(page, blocked)).toBeVisible();
  await expect(card(page, waiting)).toHaveCount(0);

  await search.fill(tag);
  await setup.getByLabel("Filter requests by progress").selectOption("Blocked");
  await expect(card(page, blocked)).toBeVisible();
  await expect(card(page, waiting)).toHaveCount(0);
  await setup.getByLabel("Filter requests by progress").selectOption("Not started");
  await expect(card(page, waiting)).toBeVisible();
  await expect(card(page, blocked)).toHaveCount(0);

  await setup.getByLabel("Filter requests by progress").selectOption("Done");
  // The server searched every request: it says none matches, not "none among the newest 50".
  await expect(setup.getByText(new RegExp(`^No requests match “${tag}” in Done\\.$`))).toBeVisible();
  await setup.getByRole("button", { name: "Clear filters" }).click();
  await expect(search).toHaveValue("");
  await expect(search).toBeFocused();
  await expect(setup.getByLabel("Filter requests by progress")).toHaveValue("all");
  await expect(card(page, blocked)).toBeVisible();
  await expect(card(page, waiting)).toBeVisible();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the roadie's page has no axe violations in the ${colorScheme} theme, with a shortage and an empty filter`, async ({
    page,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openLive(page);
    const name = uniqueName("Haze the hall");
    await addTaskAsManager(baseURL!, { name, description: "Front of house", gear: "2 Fog machine" });
    await expect(card(page, name)).toContainText("Inventory: Short");
    await expectNoViolations(page);
    await portlet(page, "Setup").getByLabel("Search requests").fill("nothing is called this");
    await expect(portlet(page, "Setup").getByRole("button", { name: "Clear filters" })).toBeVisible();
    await expectNoViolations(page);
  });
}

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the roadie's cards fit the width", async ({ page, baseURL }) => {
    await openLive(page);
    const name = uniqueName("Label every flight case in the truck before load-out");
    await addTaskAsManager(baseURL!, {
      name,
      description: "Stencil-and-spray-paint-every-single-flight-case-with-the-band-name-and-the-stage-side",
      gear: "1 Amplifier, 3 Fog machine, 2 Speaker cabinet",
    });
    await expect(card(page, name)).toContainText("Inventory: Short");
    const size = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
  });
});
