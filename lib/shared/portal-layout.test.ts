import { describe, expect, it } from "vitest";
import { defaultLayout, normalizeLayout, portalLayoutSchema } from "./portal-layout";
import { withWindowState } from "./window-state";

const ids = ["tasks", "setup", "inventory"];

describe("portal layout", () => {
  it("drops portlets that no longer exist and appends new ones", () => {
    expect(
      normalizeLayout(
        [
          { id: "inventory", state: "minimized" },
          { id: "gone", state: "normal" },
          { id: "tasks", state: "normal" },
        ],
        ids,
      ),
    ).toEqual([
      { id: "inventory", state: "minimized" },
      { id: "tasks", state: "normal" },
      { id: "setup", state: "normal" },
    ]);
  });

  it("keeps one portlet maximized at most", () => {
    const layout = withWindowState(withWindowState(defaultLayout(ids), "tasks", "maximized"), "setup", "maximized");
    expect(layout.map((p) => p.state)).toEqual(["normal", "maximized", "normal"]);
    expect(
      normalizeLayout(
        ids.map((id) => ({ id, state: "maximized" as const })),
        ids,
      ).map((p) => p.state),
    ).toEqual(["maximized", "normal", "normal"]);
  });

  it("refuses a layout naming a portlet twice", () => {
    expect(portalLayoutSchema.safeParse([...defaultLayout(ids), { id: "tasks", state: "normal" }]).success).toBe(false);
  });
});
