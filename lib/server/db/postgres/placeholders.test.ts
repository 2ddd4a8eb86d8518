import { describe, expect, it } from "vitest";
import { toPostgresPlaceholders } from "./placeholders";

describe("toPostgresPlaceholders", () => {
  it("numbers each ? in order", () => {
    expect(toPostgresPlaceholders('INSERT INTO "Task" ("id", "name") VALUES (?, ?) ON CONFLICT DO NOTHING')).toBe(
      'INSERT INTO "Task" ("id", "name") VALUES ($1, $2) ON CONFLICT DO NOTHING',
    );
    expect(toPostgresPlaceholders("SELECT 1")).toBe("SELECT 1");
  });

  it("leaves ? alone in string literals, quoted identifiers and comments", () => {
    expect(toPostgresPlaceholders(`SELECT '?', 'it''s ?', "odd?""name" FROM t WHERE a = ? -- why?\nAND b = ? /* ? */`)).toBe(
      `SELECT '?', 'it''s ?', "odd?""name" FROM t WHERE a = $1 -- why?\nAND b = $2 /* ? */`,
    );
  });
});
