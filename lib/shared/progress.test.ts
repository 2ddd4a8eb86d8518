import { describe, expect, it } from "vitest";
import { englishValidationText } from "@/lib/shared/i18n/validation-text";
import { toFieldErrors } from "./field-errors";
import { gearItemInputSchema } from "./gear";
import { progressInputSchema } from "./progress";

describe("progressInputSchema", () => {
  it("keeps a reason only for a block", () => {
    expect(progressInputSchema.parse({ requestId: "r", state: "done", reason: "ignored" })).toEqual({
      requestId: "r",
      state: "done",
      reason: undefined,
    });
    expect(progressInputSchema.parse({ requestId: "r", state: "blocked", reason: "  No power " }).reason).toBe("No power");
  });

  it("asks why when blocked without a reason", () => {
    const parsed = progressInputSchema.safeParse({ requestId: "r", state: "blocked", reason: "  " });
    expect(parsed.success ? {} : toFieldErrors(parsed.error, englishValidationText)).toEqual({
      reason: "Say why it is blocked.",
    });
  });
});

describe("gearItemInputSchema", () => {
  it("reads the form's text quantity", () => {
    expect(gearItemInputSchema.parse({ name: " Theremin ", quantity: "3" })).toEqual({ name: "Theremin", quantity: 3 });
    expect(gearItemInputSchema.parse({ name: "Theremin", quantity: " 007 " })).toEqual({ name: "Theremin", quantity: 7 });
  });

  it.each([
    [{ name: "", quantity: "1" }, { name: "Gear name is required." }],
    [{ name: "Theremin", quantity: "" }, { quantity: "Quantity must be a whole number." }],
    [{ name: "Theremin", quantity: "1.5" }, { quantity: "Quantity must be a whole number." }],
    [{ name: "Theremin", quantity: "-1" }, { quantity: "Quantity cannot be negative." }],
    [{ name: "Theremin", quantity: "0x10" }, { quantity: "Quantity must be a whole number." }],
    [{ name: "Theremin", quantity: "1e3" }, { quantity: "Quantity must be a whole number." }],
    [{ name: "Theremin", quantity: "Infinity" }, { quantity: "Quantity must be a whole number." }],
  ])("refuses %j at the field", (input, expected) => {
    const parsed = gearItemInputSchema.safeParse(input);
    expect(parsed.success ? {} : toFieldErrors(parsed.error, englishValidationText)).toEqual(expected);
  });
});
