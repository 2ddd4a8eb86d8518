import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { unsentRequestsSince } from "./tasks.sql";

describe("the start's look for unsent requests", () => {
  it("reads Task through an index, not a scan of every task", () => {
    const connection = new Database("data/unit-test.db", { readonly: true });
    try {
      const plan = connection.prepare(`EXPLAIN QUERY PLAN ${unsentRequestsSince.sql}`).all("2026-01-01T00:00:00.000+00:00") as {
        detail: string;
      }[];
      const onTask = plan.map((step) => step.detail).filter((detail) => / t\b/.test(detail));
      expect(onTask.length).toBeGreaterThan(0);
      expect(onTask.filter((detail) => detail.startsWith("SCAN"))).toEqual([]);
    } finally {
      connection.close();
    }
  });
});
