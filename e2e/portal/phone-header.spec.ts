import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support/auth";

/**
 * The phone page does not jump: layout shifts are summed from load until live and a
 * moment after (a PerformanceObserver of `layout-shift`, as CLS counts them: not those
 * just after input), and the connection's label keeps its width from "Connecting…" to
 * "Live". The header leaves the first field near the top.
 */
for (const role of ["manager", "admin"] as const) {
  test(`the ${role}'s portal on a 390 px phone: CLS under 0.05, a steady status, the first field near the top`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: storageStateOf(role), viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen = { cls: 0, widths: {} as Record<string, number> };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) seen.cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
      // The status's width under each label it shows.
      const note = () => {
        const status = document.querySelector<HTMLElement>("[role=status][data-state]");
        if (status) seen.widths[status.dataset.state!] = status.getBoundingClientRect().width;
      };
      new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.goto("/");
    await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
    // Everything that loads after hydration (the socket's code, dnd-kit) has had its time.
    await page.waitForTimeout(1500);
    const seen = await page.evaluate(
      () => (window as unknown as { __seen: { cls: number; widths: Record<string, number> } }).__seen,
    );
    expect(seen.cls).toBeLessThan(0.05);
    expect(seen.widths.connecting).toBeGreaterThan(0);
    expect(seen.widths.live).toBe(seen.widths.connecting);

    // The header is the title and one line of controls; the first field follows closely.
    const header = (await page.getByRole("banner").boundingBox())!;
    expect(header.height).toBeLessThan(100);
    const name = (await page.getByRole("region", { name: "Tasks" }).getByLabel("Name").boundingBox())!;
    expect(name.y).toBeLessThan(260);
    // The folded account menu still has everything.
    await page.getByText("Account", { exact: true }).click();
    await expect(page.getByRole("link", { name: "API tokens" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    // It closes as a menu does: Esc (focus back on "Account"), or a press elsewhere.
    await page.keyboard.press("Escape");
    await expect(page.getByRole("link", { name: "API tokens" })).toBeHidden();
    await expect(page.getByText("Account", { exact: true })).toBeFocused();
    await page.getByText("Account", { exact: true }).click();
    await expect(page.getByRole("link", { name: "API tokens" })).toBeVisible();
    await page.mouse.click(20, 800);
    await expect(page.getByRole("link", { name: "API tokens" })).toBeHidden();
    await context.close();
  });
}
