import { describe, expect, it } from "vitest";
import { pageHref, slugOf } from "./page-view";

describe("page addresses", () => {
  it("makes a slug from a name, unique among the user's", () => {
    expect(slugOf("Load-in 2", new Set())).toBe("load-in-2");
    expect(slugOf("Bühne & Licht", new Set())).toBe("buhne-licht");
    expect(slugOf("שלב", new Set())).toBe("page");
    expect(slugOf("Stage", new Set(["stage", "stage-2"]))).toBe("stage-3");
    expect(slugOf("x".repeat(60), new Set())).toHaveLength(32);
  });

  it("gives the first page the portal's own address", () => {
    const pages = [
      { id: "a", slug: "home", name: "Home" },
      { id: "b", slug: "stage", name: "Stage" },
    ];
    expect(pageHref(pages, pages[0]!)).toBe("/");
    expect(pageHref(pages, pages[1]!)).toBe("/p/stage");
  });
});
