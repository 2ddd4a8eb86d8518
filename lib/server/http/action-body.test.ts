import { describe, expect, it } from "vitest";
import { MAX_ACTION_NESTING, nestingDepth } from "./action-body";

describe("nestingDepth", () => {
  it("measures the deepest unclosed run, and a form's reply is far below the limit", () => {
    expect(nestingDepth(Buffer.from('[{"status":"idle"},"$K1"]'))).toBe(2);
    expect(nestingDepth(Buffer.from(`${"[".repeat(5000)}${"]".repeat(5000)}`))).toBe(5000);
    expect(nestingDepth(Buffer.from("]]]{}"))).toBe(1);
    expect(MAX_ACTION_NESTING).toBeLessThan(5000);
  });
});
