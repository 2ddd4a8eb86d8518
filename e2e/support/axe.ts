import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Runs axe on the page once its colour transitions have ended (a theme switched a moment
 * ago is otherwise scanned halfway, and fails on contrast) — as it is now (or only on the elements `within` selects); lists each
 * violation with the nodes it found. Only violations are detailed: axe's passes are
 * most of a scan's work on a large page, and nothing reads them.
 */
export async function expectNoViolations(page: Page, options: { within?: string } = {}) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  let axe = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  if (options.within) axe = axe.include(options.within);
  const results = await axe.analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
}
