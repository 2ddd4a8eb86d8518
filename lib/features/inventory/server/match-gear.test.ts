import { describe, expect, it } from "vitest";
import { describeStock, matchGear } from "./match-gear";

const gear = [
  { name: "Amplifier", quantity: 6 },
  { name: "Fog machine", quantity: 0 },
  { name: "Microphone", quantity: 12 },
  { name: "Bass", quantity: 2 },
];

describe("matchGear", () => {
  it("finds gear named in the text, singular or plural, in any case", () => {
    expect(matchGear("Stack the AMPLIFIERS and test the fog machines", gear).map((g) => g.name)).toEqual([
      "Amplifier",
      "Fog machine",
    ]);
  });

  it("matches whole words only", () => {
    expect(matchGear("Check the microphonestand and the bassline", gear)).toEqual([]);
  });
});

describe("describeStock", () => {
  it("says what is in stock with its quantity", () => {
    expect(describeStock([gear[0]!, gear[2]!])).toEqual({
      answer: "In stock: Amplifier × 6, Microphone × 12",
      inStock: true,
    });
  });

  it("says what is out of stock", () => {
    expect(describeStock([gear[0]!, gear[1]!])).toEqual({
      answer: "In stock: Amplifier × 6. Out of stock: Fog machine",
      inStock: false,
    });
  });

  it("says so when the task names no stocked gear", () => {
    expect(describeStock([])).toEqual({ answer: "No stocked gear named in this task", inStock: true });
  });
});
