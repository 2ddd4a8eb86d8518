import { describe, expect, it } from "vitest";
import { columnsOf, defaultTemplate, LAYOUT_TEMPLATES, templateSpans } from "./layout-template";

describe("layout templates", () => {
  it("gives a one-portlet role one column and others two", () => {
    expect(defaultTemplate(1)).toBe("1");
    expect(defaultTemplate(4)).toBe("2");
  });

  it("lets a lone portlet take the whole width in any template", () => {
    expect(templateSpans([false], "1")).toEqual([1]);
    expect(templateSpans([false], "2")).toEqual([2]);
    expect(templateSpans([false], "3")).toEqual([3]);
    expect(templateSpans([false], "30-70")).toEqual([2]);
    expect(templateSpans([false], "1-2-1")).toEqual([2]);
  });

  it("spans wide portlets two columns and stretches each row's last portlet to its end", () => {
    // The admin's page: Tasks (wide), Setup, Inventory, Message Bus (wide).
    const admin = [true, false, false, true];
    expect(templateSpans(admin, "1")).toEqual([1, 1, 1, 1]);
    expect(templateSpans(admin, "2")).toEqual([2, 1, 1, 2]);
    expect(templateSpans(admin, "3")).toEqual([2, 1, 1, 2]);
    expect(templateSpans([false, false, false], "2")).toEqual([1, 1, 2]);
    expect(templateSpans([false, true, false], "3")).toEqual([1, 2, 3]);
    expect(templateSpans([false, false], "3")).toEqual([1, 2]);
  });

  it("30/70 and 70/30 place portlets side by side in two unequal columns", () => {
    expect(templateSpans([false, false, false, false], "30-70")).toEqual([1, 1, 1, 1]);
    expect(templateSpans([false, false, false, false], "70-30")).toEqual([1, 1, 1, 1]);
  });

  it("1-2-1 gives the first and the last portlet a row each, the rest two columns", () => {
    expect(templateSpans([false, false, false, false], "1-2-1")).toEqual([2, 1, 1, 2]);
    expect(templateSpans([false, false, false], "1-2-1")).toEqual([2, 2, 2]);
    expect(templateSpans([false, false, false, false, false], "1-2-1")).toEqual([2, 1, 1, 2, 2]);
  });

  it("fills every row exactly", () => {
    for (const template of LAYOUT_TEMPLATES) {
      const columns = columnsOf(template);
      for (let mask = 0; mask < 64; mask++) {
        const wide = Array.from({ length: 6 }, (_, bit) => (mask & (1 << bit)) !== 0);
        const spans = templateSpans(wide, template);
        expect(spans.reduce((sum, span) => sum + span, 0) % columns).toBe(0);
        expect(spans.every((span) => span >= 1 && span <= columns)).toBe(true);
      }
    }
  });
});
