import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/shared/roles";
import { PORTLETS, portletIdsFor } from "./portlet-registry";

describe("the portlet registry", () => {
  it("shows each role the portlets whose declared permission it has, in registry order", () => {
    expect(portletIdsFor("manager")).toContain("tasks");
    expect(portletIdsFor("roadie")).toEqual(["setup"]);
    expect(portletIdsFor("inventory")).toContain("inventory");
    for (const role of ["manager", "roadie", "inventory"] as const) {
      expect(portletIdsFor(role)).not.toContain("message-bus");
      expect(portletIdsFor(role).length).toBeLessThan(PORTLETS.length);
    }
    expect(portletIdsFor("admin")).toEqual(PORTLETS.map((portlet) => portlet.id));
  });

  it("keeps the titles tests and screen readers name the portlets by, and unique ids", () => {
    expect(PORTLETS.map((portlet) => portlet.title)).toEqual(
      expect.arrayContaining(["Tasks", "Setup", "Inventory", "Message Bus"]),
    );
    expect(new Set(PORTLETS.map((portlet) => portlet.id)).size).toBe(PORTLETS.length);
    expect(ROLES.every((role) => portletIdsFor(role).length > 0)).toBe(true);
  });
});
