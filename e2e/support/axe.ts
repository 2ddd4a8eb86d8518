import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Runs axe on the page as it is now (or only on the elements `within` selects); lists each
 * violation with the nodes it found. Only violations are detailed: axe's passes are
 * most of a scan's work on a large page, and nothing reads them.
 */
export async function expectNoViolations(page: Page, options: { within?: string } = {}) {
  let axe = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  if (options.within) axe = axe.include(options.within);
  const results = await axe.analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
}
