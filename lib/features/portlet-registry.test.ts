import { describe, expect, it } from "vitest";
import { can } from "@/lib/server/access/permissions";
import { ROLES } from "@/lib/shared/roles";
import { PORTLETS, portletIdsFor } from "./portlet-registry";

describe("the portlet registry", () => {
  it("shows each role the portlets whose declared permission it has, in registry order", () => {
    expect(portletIdsFor("manager")).toEqual(["tasks"]);
    expect(portletIdsFor("roadie")).toEqual(["setup"]);
    expect(portletIdsFor("inventory")).toEqual(["inventory"]);
    expect(portletIdsFor("admin")).toEqual(["tasks", "setup", "inventory", "message-bus"]);
  });

  it("keeps the titles tests and screen readers name the portlets by, and unique ids", () => {
    expect(PORTLETS.map((portlet) => portlet.title)).toEqual(["Tasks", "Setup", "Inventory", "Message Bus"]);
    expect(new Set(PORTLETS.map((portlet) => portlet.id)).size).toBe(PORTLETS.length);
  });

  it("shows the Message Bus portlet to no role that may not inspect the bus", () => {
    const inspectors = ROLES.filter((role) => portletIdsFor(role).includes("message-bus"));
    expect(inspectors).toEqual(ROLES.filter((role) => can(role, "bus:inspect")));
  });
});
