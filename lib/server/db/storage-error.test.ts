import { describe, expect, it } from "vitest";
import { classifyStorageError, StorageError } from "./storage-error";

const withCode = (code: string) => Object.assign(new Error(`failed with ${code}`), { code });

describe("classifyStorageError", () => {
  it("reads SQLite's codes, extended ones included", () => {
    expect(classifyStorageError(withCode("SQLITE_BUSY"))?.fault).toBe("busy");
    expect(classifyStorageError(withCode("SQLITE_FULL"))?.fault).toBe("full");
    expect(classifyStorageError(withCode("SQLITE_READONLY_DBMOVED"))?.fault).toBe("read-only");
    expect(classifyStorageError(withCode("SQLITE_IOERR_FSYNC"))?.fault).toBe("io");
  });

  it.each([
    ["53100", "full"],
    ["57P01", "io"],
    ["57P03", "io"],
    ["08006", "io"],
    ["40001", "busy"],
    ["40P01", "busy"],
    ["55P03", "busy"],
    ["25006", "read-only"],
  ])("reads PostgreSQL's SQLSTATE %s as %s", (code, fault) => {
    const error = withCode(code);
    const storage = classifyStorageError(error);
    expect(storage).toBeInstanceOf(StorageError);
    expect(storage).toMatchObject({ fault, transient: true, cause: error });
  });

  it("leaves the app's own mistakes alone: constraints, syntax, other errors", () => {
    for (const code of ["23505", "23503", "42601", "42P01", "SQLITE_CONSTRAINT_UNIQUE", "ECONNRESET", "08"]) {
      expect(classifyStorageError(withCode(code)), code).toBeUndefined();
    }
    expect(classifyStorageError(new Error("no code"))).toBeUndefined();
    expect(classifyStorageError(undefined)).toBeUndefined();
  });
});
