import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/shared/roles";
import { can, EVENT_READERS, mayReadPortlet, PERMISSIONS, permissionsOf, readableEvents, type Permission } from "./permissions";

describe("permissions", () => {
  it("give the admin everything", () => {
    expect(permissionsOf("admin").sort()).toEqual((Object.keys(PERMISSIONS) as Permission[]).sort());
  });

  it("give each crew role only its own part", () => {
    expect(permissionsOf("manager")).toEqual(["tasks:read", "tasks:add"]);
    expect(permissionsOf("roadie")).toEqual(["setup:read", "setup:report"]);
    expect(permissionsOf("inventory")).toEqual(["inventory:read", "inventory:edit"]);
  });

  it("let only managers and the admin send to tour/roadie/setup (add tasks)", () => {
    expect(ROLES.filter((role) => can(role, "tasks:add"))).toEqual(["manager", "admin"]);
  });

  it("show each portlet to its roles only, and no unknown portlet to anyone", () => {
    expect(ROLES.filter((role) => mayReadPortlet(role, "message-bus"))).toEqual(["admin"]);
    expect(ROLES.filter((role) => mayReadPortlet(role, "setup"))).toEqual(["roadie", "admin"]);
    expect(ROLES.some((role) => mayReadPortlet(role, "not-a-portlet"))).toBe(false);
  });

  it("send each live event to those who may read it", () => {
    expect(readableEvents("inventory").sort()).toEqual(["inventory:stock", "listener:activity"]);
    expect(readableEvents("manager").sort()).toEqual(["task:added", "task:reply"]);
    expect(readableEvents("admin").sort()).toEqual(Object.keys(EVENT_READERS).sort());
  });
});
