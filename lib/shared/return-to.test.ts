import { describe, expect, it } from "vitest";
import { safeReturnPath, signInHref } from "./return-to";

describe("the sign-in return path", () => {
  it("keeps a path of this site, with its query and hash", () => {
    expect(safeReturnPath("/")).toBe("/");
    expect(safeReturnPath("/tokens?x=1#task-42")).toBe("/tokens?x=1#task-42");
  });

  it("refuses anything that leaves the site", () => {
    for (const away of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "tokens",
      "",
      "/\nx",
      42,
      undefined,
    ]) {
      expect(safeReturnPath(away)).toBe("/");
    }
  });

  it("links sign-in with the way back", () => {
    expect(signInHref("/")).toBe("/sign-in");
    expect(signInHref("/#task-1")).toBe("/sign-in?callbackUrl=%2F%23task-1");
    expect(signInHref("//evil.example")).toBe("/sign-in");
  });
});
