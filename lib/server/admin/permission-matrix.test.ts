import { describe, expect, it } from "vitest";
import { PERMISSIONS, type Permission } from "../access/permissions";
import { permissionMatrix } from "./permission-matrix";

const portlets: { title: string; permission: Permission }[] = [
  { title: "Tasks", permission: "tasks:read" },
  { title: "Message Bus", permission: "bus:inspect" },
];

describe("permission matrix", () => {
  it("has one row per permission, with the roles, portlets and destination it opens", () => {
    const rows = permissionMatrix(portlets);
    expect(rows.map((row) => row.permission)).toEqual(Object.keys(PERMISSIONS));
    const add = rows.find((row) => row.permission === "tasks:add")!;
    expect(add.destination).toBe("tour/roadie/setup");
    expect(add.granted.filter((cell) => cell.has).map((cell) => cell.role)).toEqual(["manager", "admin"]);
    expect(rows.find((row) => row.permission === "tasks:read")?.portlets).toEqual(["Tasks"]);
    expect(rows.find((row) => row.permission === "bus:inspect")?.portlets).toEqual(["Message Bus"]);
    expect(rows.find((row) => row.permission === "users:manage")).toMatchObject({ portlets: [], destination: null });
  });
});
