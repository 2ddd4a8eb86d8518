import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/shared/roles";
import type { PortalEvent } from "@/lib/shared/realtime-events";
import type { ReplyView } from "@/lib/shared/task";
import { can, mayReadEvent, PERMISSIONS, permissionsOf, type Permission } from "./permissions";

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

  it("send each live event to those it concerns", () => {
    const reply = (from: ReplyView["from"], kind: ReplyView["kind"]): PortalEvent => ({
      seq: 1,
      type: "task:reply",
      // A roadie's report moves its task (what its responder says of a progress reply).
      data: {
        taskId: "t",
        requestId: "r",
        reply: { from, kind, ...(kind === "progress" ? { moves: { by: "report", to: "Done" } } : {}) } as ReplyView,
      },
    });
    const activity = (listener: "setup" | "inventory"): PortalEvent => ({
      seq: 2,
      type: "listener:activity",
      data: { id: "a", listener, requestId: "r", taskName: "Amps", answer: "Yes", createdAt: "" },
    });
    const readers = (event: PortalEvent) => ROLES.filter((role) => mayReadEvent(role, event));
    expect(readers(reply("setup", "progress"))).toEqual(["manager", "roadie", "admin"]);
    expect(readers(reply("setup", "ack"))).toEqual(["manager", "admin"]);
    expect(readers(reply("inventory", "answer"))).toEqual(["manager", "roadie", "admin"]);
    expect(readers(activity("setup"))).toEqual(["roadie", "admin"]);
    expect(readers(activity("inventory"))).toEqual(["inventory", "admin"]);
    // The Tasks form picks gear from the stock, so the manager follows it too.
    expect(readers({ seq: 3, type: "inventory:stock", data: [] })).toEqual(["manager", "inventory", "admin"]);
    expect(readers({ seq: 4, type: "task:added", data: {} as never })).toEqual(["manager", "admin"]);
  });
});
