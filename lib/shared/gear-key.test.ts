import { describe, expect, it } from "vitest";
import { gearNeedsSchema } from "./gear";
import { gearKey } from "./gear-key";

describe("gearKey", () => {
  it.each([
    ["Drum kit", "Drum kits"],
    ["drum  kit", "DRUM-KIT"],
    ["Glass", "Glasses"],
    ["Box", "Boxes"],
    ["Cable", "Cables"],
    ["Battery", "Batteries"],
    ["Walkie-talkie", "Walkie-talkies"],
    ["Fog machine", "fog machines"],
    ["Bass", "Basses"],
    ["Café", "Cafe\u0301"],
  ])("gives %s and %s one key", (one, other) => {
    expect(gearKey(one)).toBe(gearKey(other));
  });

  it.each([
    ["Bass", "Bassline"],
    ["Amp", "Lamp"],
    ["Microphone", "Microphone stand"],
  ])("keeps %s and %s apart", (one, other) => {
    expect(gearKey(one)).not.toBe(gearKey(other));
  });
});

describe("gearNeedsSchema sums lines that name one item", () => {
  it("by gear key, under the first line's name", () => {
    expect(gearNeedsSchema.parse("1 Drum kit, 1 Drum kits, 2 drum-kit")).toEqual([{ name: "Drum kit", quantity: 4 }]);
  });

  it("in a list from an API client too", () => {
    expect(
      gearNeedsSchema.parse([
        { name: "Batteries", quantity: 3 },
        { name: "battery", quantity: 1 },
        { name: "Amplifier", quantity: 2 },
      ]),
    ).toEqual([
      { name: "Batteries", quantity: 4 },
      { name: "Amplifier", quantity: 2 },
    ]);
  });
});
