import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "../db/client";
import { changePermission } from "./change-permission";
import { listPermissionChanges } from "./list-permission-changes";
import { can } from "./permissions";
import { loadStoredGrants, refreshStoredGrants } from "./stored-grants";

const actor = { id: "admin-1", name: "Robin" };

describe("editable permissions", () => {
  afterEach(async () => {
    vi.useRealTimers();
    await db.rolePermission.deleteMany();
    await db.permissionChange.deleteMany();
    await loadStoredGrants();
  });

  it("grant and remove a permission for a role at once, each change recorded", async () => {
    expect(can("roadie", "tasks:add")).toBe(false);
    await changePermission({ actor, role: "roadie", permission: "tasks:add", granted: true });
    expect(can("roadie", "tasks:add")).toBe(true);
    await changePermission({ actor, role: "inventory", permission: "inventory:edit", granted: false });
    expect(can("inventory", "inventory:edit")).toBe(false);
    // Back to the code's answer: the stored row goes, the code's table holds again.
    await changePermission({ actor, role: "roadie", permission: "tasks:add", granted: false });
    expect(can("roadie", "tasks:add")).toBe(false);
    expect(await db.rolePermission.findMany({ select: { role: true, permission: true, granted: true } })).toEqual([
      { role: "inventory", permission: "inventory:edit", granted: false },
    ]);
    const changes = await listPermissionChanges();
    expect(changes.map((change) => [change.actorName, change.role, change.permission, change.granted])).toEqual([
      ["Robin", "roadie", "tasks:add", false],
      ["Robin", "inventory", "inventory:edit", false],
      ["Robin", "roadie", "tasks:add", true],
    ]);
  });

  it("never removes the admins' way to the permissions page", async () => {
    await expect(changePermission({ actor, role: "admin", permission: "users:manage", granted: false })).rejects.toMatchObject({
      code: "conflict",
      message: /no admin could open this page/,
    });
    expect(can("admin", "users:manage")).toBe(true);
    expect(await listPermissionChanges()).toEqual([]);
  });

  it("reads a change another instance stored within a second, and keeps what it knew when the read fails", async () => {
    await loadStoredGrants();
    await db.rolePermission.create({ data: { role: "manager", permission: "bus:inspect", granted: true } });
    await refreshStoredGrants();
    // Fresh: not read again yet.
    expect(can("manager", "bus:inspect")).toBe(false);
    vi.useFakeTimers({ now: Date.now() + 1_500, toFake: ["Date"] });
    await refreshStoredGrants();
    expect(can("manager", "bus:inspect")).toBe(true);

    const failing = vi.spyOn(db.rolePermission, "findMany").mockRejectedValueOnce(new Error("database is locked"));
    vi.setSystemTime(Date.now() + 1_500);
    await refreshStoredGrants();
    expect(failing).toHaveBeenCalled();
    expect(can("manager", "bus:inspect")).toBe(true);
  });
});
