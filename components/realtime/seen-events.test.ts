import { describe, expect, it } from "vitest";
import { REORDER_WINDOW, SeenEvents } from "./seen-events";

describe("SeenEvents", () => {
  it("skips what the server rendered, then applies each event once", () => {
    const seen = new SeenEvents();
    seen.prime(10);
    expect(seen.accept(9)).toBe(false);
    expect(seen.accept(10)).toBe(false);
    expect(seen.accept(11)).toBe(true);
    expect(seen.accept(11)).toBe(false);
  });

  it("applies an event from another instance that arrives after a higher one", () => {
    const seen = new SeenEvents();
    seen.prime(10);
    expect(seen.accept(12)).toBe(true);
    expect(seen.accept(11)).toBe(true);
    expect(seen.accept(11)).toBe(false);
  });

  it("catches up from a window below the newest, never below what was rendered", () => {
    const seen = new SeenEvents();
    seen.prime(10);
    expect(seen.catchUpFrom()).toBe(10);
    seen.accept(10 + REORDER_WINDOW + 50);
    expect(seen.catchUpFrom()).toBe(60);
    // What the catch-up returns that was applied live is skipped.
    expect(seen.accept(10 + REORDER_WINDOW + 50)).toBe(false);
    expect(seen.accept(61)).toBe(true);
  });

  it("stays bounded: after thousands of events the oldest numbers are settled", () => {
    const seen = new SeenEvents();
    seen.prime(0);
    for (let seq = 1; seq <= 5_000; seq++) seen.accept(seq);
    expect(seen.accept(1)).toBe(false);
    expect(seen.accept(5_000)).toBe(false);
    expect(seen.accept(5_001)).toBe(true);
  });

  it("without a rendered number, starts from the first event it gets", () => {
    const seen = new SeenEvents();
    expect(seen.primed).toBe(false);
    expect(seen.accept(3)).toBe(true);
    expect(seen.primed).toBe(true);
    expect(seen.accept(3)).toBe(false);
    expect(seen.accept(4)).toBe(true);
    expect(seen.catchUpFrom()).toBe(2);
  });
});
