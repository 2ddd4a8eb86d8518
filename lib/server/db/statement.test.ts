import { describe, expect, expectTypeOf, it } from "vitest";
import { batchStatement, statement } from "./statement";

describe("statement types, from the Prisma schema", () => {
  const reply = statement({
    name: "test: reply",
    sql: `SELECT t."status", r."createdAt" FROM "Task" t LEFT JOIN "TaskReply" r ON r."taskId" = t."id" WHERE t."id" = ?`,
    params: ["Task.id"],
    returns: { status: "Task.status", createdAt: "TaskReply.createdAt?" },
  });

  it("types rows and parameters by the columns they name (DateTime: Date, an outer join's: nullable)", () => {
    expectTypeOf<NonNullable<(typeof reply)["types"]>["row"]>().toEqualTypeOf<{ status: string; createdAt: Date | null }>();
    expectTypeOf<NonNullable<(typeof reply)["types"]>["params"]>().toEqualTypeOf<[string]>();
    const _reservation = statement({ name: "test: reservation", sql: "", params: ["GearReservation.reserved", "Task.standing"] });
    expectTypeOf<NonNullable<(typeof _reservation)["types"]>["params"]>().toEqualTypeOf<[boolean, string | null]>();
    // @ts-expect-error -- a column the schema does not have
    statement({ name: "test: typo", sql: "", params: ["Task.naem"] });
    expect(reply.params).toEqual(["Task.id"]);
  });

  it("makes a batch's statement once per row count, its parameters row after row", () => {
    const events = batchStatement({
      name: "test: events",
      values: "(?, ?)",
      sql: (values) => `INSERT INTO "PortalEvent" ("type", "data") VALUES ${values}`,
      row: ["PortalEvent.type", "PortalEvent.data"],
    });
    const bound = events.bind([
      ["a", "1"],
      ["b", "2"],
    ]);
    expect(bound.statement.sql).toBe(`INSERT INTO "PortalEvent" ("type", "data") VALUES (?, ?), (?, ?)`);
    expect(bound.params).toEqual(["a", "1", "b", "2"]);
    expect(events.of(2)).toBe(bound.statement);
    // @ts-expect-error -- a row of the wrong types
    events.bind([["a", 1]]);
  });
});
