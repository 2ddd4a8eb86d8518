import { expect, test } from "@playwright/test";
import { uniqueName } from "../portal/helpers";
import { storageStateOf } from "../support/auth";

test.use({ storageState: storageStateOf("manager") });

test("a manager makes an API token on the page, uses it, and revokes it", async ({ page, playwright, baseURL }) => {
  await page.goto("/tokens");
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
  const tokenName = uniqueName("laptop");
  await page.getByLabel("Token name").fill(tokenName);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New token").inputValue();
  expect(token).toMatch(/^tb_[\w-]{40,}$/);
  await expect(page.getByRole("listitem").filter({ hasText: tokenName })).toContainText(token.slice(0, 10));
  // Shown once: the list keeps only its first characters.
  await expect(page.getByRole("listitem").filter({ hasText: tokenName })).not.toContainText(token.slice(10));

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const created = await api.post("/api/tasks", { data: { name: uniqueName("By token") } });
  expect(created.status()).toBe(201);

  await page.getByRole("button", { name: `Revoke ${tokenName}` }).click();
  await expect(page.getByText(`Token “${tokenName}” revoked.`)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: tokenName })).toHaveCount(0);
  const refused = await api.post("/api/tasks", { data: { name: uniqueName("After revoke") } });
  expect(refused.status()).toBe(401);
  await api.dispose();
});

test("pages carry a nonce CSP without inline scripts, framing is refused, and every answer has the safety headers", async ({
  request,
  page,
}) => {
  const response = await request.get("/");
  const csp = response.headers()["content-security-policy"] ?? "";
  const scriptSrc = csp.split(";").find((directive) => directive.trim().startsWith("script-src"))!;
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce).toBeTruthy();
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  // Next put the nonce on its own scripts, and there is no script without one.
  const html = await response.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);

  for (const path of ["/", "/api/health"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
  // And the page still runs under that policy: React hydrates and the socket connects.
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  expect(violations).toEqual([]);
});
