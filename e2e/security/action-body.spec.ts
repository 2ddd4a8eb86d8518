import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiAs } from "../support/auth";
import { serverActionId } from "../support/server-action";

// Issue 17: a server action sent a 3 MB or a 5,000-deep body answered a bare 500. It
// must answer in the app's error shape (413, 400), and store nothing.
async function taskCount(api: APIRequestContext): Promise<number> {
  return ((await (await api.get("/api/tasks?limit=1")).json()) as { total: number }).total;
}

test("a server action with an oversized or a 5,000-deep body is 413 / 400 in the app's error shape, nothing stored", async ({
  page,
  baseURL,
}) => {
  const api = await apiAs(baseURL!, "manager");
  const before = await taskCount(api);
  const action = {
    "Next-Action": serverActionId("lib/features/tasks/actions/add-task.ts", "addTaskAction"),
    Origin: baseURL!,
    Accept: "text/x-component",
  };

  const large = await page.request.post("/", {
    headers: { ...action, "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([{ status: "idle" }, { name: "x".repeat(3 * 1024 * 1024) }]),
  });
  expect(large.status()).toBe(413);
  expect(await large.json()).toEqual({ error: { code: "payload_too_large", message: expect.stringContaining("64 KiB") } });

  const deep = await page.request.post("/", {
    headers: { ...action, "Content-Type": "text/plain;charset=UTF-8" },
    data: `${"[".repeat(5000)}${"]".repeat(5000)}`,
  });
  expect(deep.status()).toBe(400);
  expect(await deep.json()).toEqual({ error: { code: "invalid_json", message: "The request body is nested too deeply." } });

  expect(await taskCount(api)).toBe(before);
  // The page's own actions still pass through the screen.
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Tasks" })).toBeVisible();
  await api.dispose();
});

test("a form action called with no form (arguments `[]`) answers with its own refusal, not a 500", async ({ page, baseURL }) => {
  const actions: [file: string, name: string][] = [
    ["lib/features/tasks/actions/add-task.ts", "addTaskAction"],
    ["lib/features/inventory/actions/add-gear-item.ts", "addGearItemAction"],
    ["lib/server/users/actions/add-user.ts", "addUserAction"],
    ["lib/server/auth/actions/api-tokens.ts", "createApiTokenAction"],
    ["lib/server/auth/actions/sign-in.ts", "signInAction"],
  ];
  for (const [file, name] of actions) {
    const answer = await page.request.post("/", {
      headers: {
        "Next-Action": serverActionId(file, name),
        Origin: baseURL!,
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
      },
      data: "[]",
    });
    expect(answer.status(), name).toBe(200);
  }
});

test("a form posted without the Next-Action header (as before hydration) passes the same screen: too deep is 400, not a 500", async ({
  page,
  baseURL,
}) => {
  const multipart = new FormData();
  multipart.append("$ACTION_REF_1", "");
  multipart.append(`1_$ACTION_ID_${serverActionId("lib/features/inventory/actions/add-gear-item.ts", "addGearItemAction")}`, "");
  multipart.append("$ACTION_1:0", JSON.stringify({ id: "x", bound: "$@1" }));
  multipart.append("$ACTION_1:1", `${"[".repeat(32_000)}${"]".repeat(32_000)}`);
  const deep = await page.request.post("/", { headers: { Origin: baseURL! }, multipart });
  expect(deep.status()).toBe(400);
  expect(await deep.json()).toEqual({ error: { code: "invalid_json", message: "The request body is nested too deeply." } });
});
