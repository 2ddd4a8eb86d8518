import { describe, expect, it } from "vitest";
import { gearNeedsSchema } from "@/lib/shared/gear";
import { requireKnownGear } from "./known-gear";

const stock = [
  { name: "Amplifier", quantity: 6 },
  { name: "Fog machine", quantity: 0 },
];

function refusal(run: () => unknown): { code?: string; fields?: Record<string, string> } {
  try {
    run();
  } catch (error) {
    return error as { code?: string; fields?: Record<string, string> };
  }
  throw new Error("expected a refusal");
}

describe("requireKnownGear", () => {
  it("refuses free text that names no stocked item, at the gear field (issue 12, gap 7)", () => {
    const needs = gearNeedsSchema.parse("two amps; ,,");
    expect(needs).toEqual([{ name: "two amps", quantity: 1 }]);
    const error = refusal(() => requireKnownGear(needs, stock));
    expect(error.code).toBe("invalid_input");
    expect(error.fields).toEqual({ gear: "Unknown gear: two amps" });
  });

  it("names every unknown item, and only those", () => {
    const error = refusal(() =>
      requireKnownGear(
        [
          { name: "Amplifier", quantity: 1 },
          { name: "Kazoo", quantity: 2 },
          { name: "Theremin", quantity: 1 },
        ],
        stock,
      ),
    );
    expect(error.fields?.gear).toBe("Unknown gear: Kazoo, Theremin");
  });

  it("takes the stock's own names, matching case, spacing and plurals, and sums lines of one item", () => {
    expect(
      requireKnownGear(
        [
          { name: "amplifiers", quantity: 2 },
          { name: "AMPLIFIER", quantity: 1 },
          { name: "fog  machines", quantity: 1 },
        ],
        stock,
      ),
    ).toEqual([
      { name: "Amplifier", quantity: 3 },
      { name: "Fog machine", quantity: 1 },
    ]);
  });

  it("knows items that are out of stock (the inventory answers those) and accepts no gear at all", () => {
    expect(requireKnownGear([{ name: "Fog machine", quantity: 3 }], stock)).toEqual([{ name: "Fog machine", quantity: 3 }]);
    expect(requireKnownGear([], [])).toEqual([]);
  });
});
