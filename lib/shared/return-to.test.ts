import { describe, expect, it } from "vitest";
import { safeReturnPath, signInHref } from "./return-to";

describe("the sign-in return path", () => {
  it("keeps a path of this site, with its query and hash", () => {
    expect(safeReturnPath("/")).toBe("/");
    expect(safeReturnPath("/tokens?x=1#task-42")).toBe("/tokens?x=1#task-42");
  });

  it("escapes spaces and non-ASCII, which a redirect's header cannot carry, and leaves escapes as they are", () => {
    expect(safeReturnPath("/?q=café")).toBe("/?q=caf%C3%A9");
    expect(safeReturnPath("/\u3000/x")).toBe("/%E3%80%80/x");
    expect(safeReturnPath("/p/my page")).toBe("/p/my%20page");
    expect(safeReturnPath("/?q=caf%C3%A9")).toBe("/?q=caf%C3%A9");
    expect(safeReturnPath("/\ud800")).toBe("/");
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
