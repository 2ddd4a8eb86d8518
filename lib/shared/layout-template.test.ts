import { describe, expect, it } from "vitest";
import { columnSpans, defaultTemplate } from "./layout-template";

describe("layout templates", () => {
  it("gives a one-portlet role one column and others two", () => {
    expect(defaultTemplate(1)).toBe(1);
    expect(defaultTemplate(4)).toBe(2);
  });

  it("lets a lone portlet take the whole width in any template", () => {
    expect(columnSpans([false], 1)).toEqual([1]);
    expect(columnSpans([false], 2)).toEqual([2]);
    expect(columnSpans([false], 3)).toEqual([3]);
  });

  it("spans wide portlets two columns and stretches each row's last portlet to its end", () => {
    // The admin's page: Tasks (wide), Setup, Inventory, Message Bus (wide).
    const admin = [true, false, false, true];
    expect(columnSpans(admin, 1)).toEqual([1, 1, 1, 1]);
    expect(columnSpans(admin, 2)).toEqual([2, 1, 1, 2]);
    expect(columnSpans(admin, 3)).toEqual([2, 1, 1, 2]);
    expect(columnSpans([false, false, false], 2)).toEqual([1, 1, 2]);
    expect(columnSpans([false, true, false], 3)).toEqual([1, 2, 3]);
    expect(columnSpans([false, false], 3)).toEqual([1, 2]);
  });

  it("fills every row exactly", () => {
    for (const columns of [1, 2, 3] as const) {
      for (let mask = 0; mask < 64; mask++) {
        const wide = Array.from({ length: 6 }, (_, bit) => (mask & (1 << bit)) !== 0);
        const spans = columnSpans(wide, columns);
        expect(spans.reduce((sum, span) => sum + span, 0) % columns).toBe(0);
        expect(spans.every((span) => span >= 1 && span <= columns)).toBe(true);
      }
    }
  });
});
