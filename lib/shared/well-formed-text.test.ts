import { describe, expect, it } from "vitest";
import { illFormedField } from "./well-formed-text";

describe("illFormedField", () => {
  it("names the field holding a lone surrogate, however deep", () => {
    expect(illFormedField({ name: "ok", gear: [{ name: "Amp \ud800" }] })).toBe("gear");
    expect(illFormedField({ name: "x \udc00" })).toBe("name");
    expect(illFormedField({ ["bad\ud800"]: 1 })).toBe("bad\ud800");
  });

  it("passes any well-formed text, emoji and combining marks included", () => {
    expect(illFormedField({ name: "Ampère 🎸 שלום e\u0301", n: 1, list: [null, true, { a: "ok" }] })).toBeUndefined();
  });
});

describe("illFormedField on deep bodies", () => {
  it("walks 20 000 levels of nesting without overflowing the stack", () => {
    const deep = JSON.parse(`${"[".repeat(20_000)}"\\ud800"${"]".repeat(20_000)}`) as unknown;
    expect(illFormedField({ description: deep })).toBe("description");
  });
});
