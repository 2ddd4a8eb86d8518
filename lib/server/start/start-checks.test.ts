import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { checkDatabaseWritable } from "./check-database-writable";
import { describeStartFailure } from "./describe-start-failure";

const sqliteError = (code: string) => Object.assign(new Error("driver message"), { code });

describe("start checks", () => {
  it("a writable database passes the write probe, which leaves nothing behind", async () => {
    await checkDatabaseWritable();
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      "SELECT name FROM sqlite_master WHERE name = '_tourbus_write_probe'",
    );
    expect(tables).toEqual([]);
  });

  it("names the file and what to fix for each storage fault", () => {
    const file = path.resolve("data/x.db");
    const says = (code: string) => describeStartFailure(sqliteError(code), "file:./data/x.db?mode=rwc");
    expect(says("SQLITE_READONLY")).toMatch(new RegExp(`^the database file ${file} is read-only .*check the permissions`));
    expect(says("SQLITE_READONLY_DIRECTORY")).toContain("is read-only");
    expect(says("SQLITE_CANTOPEN")).toContain(`check that ${path.dirname(file)} exists and is writable`);
    expect(says("SQLITE_FULL")).toContain("free space");
    expect(says("SQLITE_IOERR_WRITE")).toContain("free space");
    expect(says("SQLITE_BUSY")).toContain("locked by another process");
  });

  it("finds the SQLite code in a wrapped cause, and passes anything else through", () => {
    const wrapped = new Error("outer", { cause: sqliteError("SQLITE_READONLY") });
    expect(describeStartFailure(wrapped, "file:./data/x.db")).toContain("is read-only");
    expect(describeStartFailure(new Error("port 3000 is in use"), "file:./data/x.db")).toBe("port 3000 is in use");
  });
});
