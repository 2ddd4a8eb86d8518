import { describe, expect, it } from "vitest";
import { englishValidationText } from "@/lib/shared/i18n/validation-text";
import { toFieldErrors } from "@/lib/shared/field-errors";
import { taskInputSchema } from "./schema";

function errorsOf(input: unknown) {
  const parsed = taskInputSchema.safeParse(input);
  if (parsed.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return toFieldErrors(parsed.error, englishValidationText);
}

describe("taskInputSchema", () => {
  it("accepts a task, trims it and fills the defaults", () => {
    expect(taskInputSchema.parse({ name: "  Stack the amps  " })).toEqual({
      name: "Stack the amps",
      description: "",
      status: "Open",
      gear: [],
    });
  });

  it("accepts the limits exactly", () => {
    const input = { name: "n".repeat(120), description: "d".repeat(2000), status: "Done" };
    expect(taskInputSchema.parse(input)).toEqual({ ...input, gear: [] });
  });

  it.each([
    [{}, { name: "Name is required." }],
    [{ name: "   " }, { name: "Name is required." }],
    [{ name: 42 }, { name: "Name is required." }],
    [{ name: "n".repeat(121) }, { name: "Name must be at most 120 characters." }],
    [{ name: "ok", description: "d".repeat(2001) }, { description: "Description must be at most 2000 characters." }],
    [{ name: "ok", status: "Cancelled" }, { status: "Status must be one of: Open, In progress, Done." }],
    [{ name: "\u200B\u200B" }, { name: "Name is required." }],
    [{ name: "invoice \u202Egnp.exe" }, { name: "Remove the hidden control characters (such as a right-to-left override)." }],
    [
      { name: "ok", description: "ring\u0007" },
      { description: "Remove the hidden control characters (such as a right-to-left override)." },
    ],
  ])("refuses %j with a message at the field", (input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it("reads the gear a task needs from the form's text, summing repeats", () => {
    expect(taskInputSchema.parse({ name: "ok", gear: "2 Amplifier, Fog machine;\n3 x amplifier" }).gear).toEqual([
      { name: "Amplifier", quantity: 5 },
      { name: "Fog machine", quantity: 1 },
    ]);
    expect(taskInputSchema.parse({ name: "ok", gear: "  " }).gear).toEqual([]);
  });

  it.each(["0 Amplifier", "2", "12345 Amplifier"])("refuses the gear line %j at the field", (gear) => {
    expect(errorsOf({ name: "ok", gear }).gear).toMatch(/is not a gear item/);
  });

  it("refuses repeats that add up past the limit of one item, as text or as a list", () => {
    expect(errorsOf({ name: "ok", gear: "9999 Amplifier, 1 amplifier" }).gear).toBe(
      "Amplifier adds up to 10000; at most 9999 of one item.",
    );
    const list = [
      { name: "Amplifier", quantity: 9999 },
      { name: "amplifier", quantity: 9999 },
    ];
    expect(errorsOf({ name: "ok", gear: list }).gear).toMatch(/adds up to 19998/);
  });

  it("reports every bad field at once", () => {
    expect(Object.keys(errorsOf({ name: "", description: "d".repeat(2001), status: "?" })).sort()).toEqual([
      "description",
      "name",
      "status",
    ]);
  });
});
