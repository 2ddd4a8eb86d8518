import { describe, expect, it } from "vitest";
import { defaultPage, normalizePage, portalPageSchema } from "./portal-page";
import { placePortlet, removePortlet, withTemplate } from "./portal-page-edits";

const ids = ["tasks", "setup", "inventory", "message-bus"];

describe("portal page", () => {
  it("defaults to every portlet in order, in the role's template", () => {
    expect(defaultPage(ids)).toEqual({
      portlets: ids.map((id) => ({ id, state: "normal" })),
      removed: [],
      template: "2",
    });
    expect(defaultPage(["setup"]).template).toBe("1");
  });

  it("removes a portlet, keeps it removed when normalized, and places it back where it was", () => {
    const removed = removePortlet(defaultPage(ids), "setup");
    expect(removed.portlets.map((p) => p.id)).toEqual(["tasks", "inventory", "message-bus"]);
    expect(removed.removed).toEqual(["setup"]);
    expect(normalizePage(removed, ids)).toEqual(removed);

    const back = placePortlet(removed, "setup", ids);
    expect(back.portlets.map((p) => p.id)).toEqual(["tasks", "setup", "inventory", "message-bus"]);
    expect(back.removed).toEqual([]);
  });

  it("places a portlet back after the nearest one that preceded it and is still there, else first", () => {
    const page = { ...defaultPage(ids), portlets: ["inventory", "message-bus"].map((id) => ({ id, state: "normal" as const })) };
    // Removed from [message-bus, tasks, setup, inventory]: tasks is gone too, so it goes after message-bus.
    expect(placePortlet(page, "setup", ["message-bus", "tasks", "setup", "inventory"]).portlets.map((p) => p.id)).toEqual([
      "inventory",
      "message-bus",
      "setup",
    ]);
    expect(placePortlet(page, "tasks", ids).portlets.map((p) => p.id)).toEqual(["tasks", "inventory", "message-bus"]);
  });

  it("lets a portlet new to the user join at the end, and forgets ones they may no longer see", () => {
    const saved = {
      portlets: [{ id: "tasks", state: "minimized" as const }],
      removed: ["message-bus", "gone"],
      template: "3" as const,
    };
    expect(normalizePage(saved, ids)).toEqual({
      portlets: [
        { id: "tasks", state: "minimized" },
        { id: "setup", state: "normal" },
        { id: "inventory", state: "normal" },
      ],
      removed: ["message-bus"],
      template: "3",
    });
    expect(normalizePage(saved, ["setup"])).toEqual({ portlets: [{ id: "setup", state: "normal" }], removed: [], template: "3" });
  });

  it("accepts only the known templates and known-looking ids", () => {
    expect(portalPageSchema.safeParse(withTemplate(defaultPage(ids), "3")).success).toBe(true);
    expect(portalPageSchema.safeParse(withTemplate(defaultPage(ids), "1-2-1")).success).toBe(true);
    expect(portalPageSchema.safeParse({ ...defaultPage(ids), template: "4" }).success).toBe(false);
    expect(portalPageSchema.safeParse({ ...defaultPage(ids), template: 2 }).success).toBe(false);
    expect(portalPageSchema.safeParse({ ...defaultPage(ids), removed: ["<script>"] }).success).toBe(false);
  });
});
