import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../db/postgres/test-database";

// Two instances' seeding, as two calls in one process: each takes its own connection and lock.
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  vi.stubEnv("DATABASE_URL", database.url);
  vi.resetModules();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database?.drop();
});

describe("underSeedLock on PostgreSQL", () => {
  it("runs one instance's seeding at a time: the second starts once the first has finished", async () => {
    const { underSeedLock } = await import("./seed-lock");
    const events: string[] = [];
    const seed = (name: string) => async () => {
      events.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      events.push(`${name} ends`);
      return name;
    };
    expect(await Promise.all([underSeedLock(seed("a")), underSeedLock(seed("b"))])).toEqual(["a", "b"]);
    const first = events[0]!.split(" ")[0]!;
    const second = first === "a" ? "b" : "a";
    expect(events).toEqual([`${first} starts`, `${first} ends`, `${second} starts`, `${second} ends`]);
  });

  it("releases the lock when the seeding fails", async () => {
    const { underSeedLock } = await import("./seed-lock");
    await expect(underSeedLock(() => Promise.reject(new Error("seed failed")))).rejects.toThrow("seed failed");
    expect(await underSeedLock(async () => "next")).toBe("next");
  });
});
