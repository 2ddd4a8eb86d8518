import { mkdirSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { startCheckpointer } from "./checkpointer";

const FILE = "data/checkpointer-test.db";

it("copies committed pages from the WAL into the database file from its worker, while the writer never checkpoints", async () => {
  mkdirSync("data", { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(FILE + suffix, { force: true });
  const writer = new Database(FILE);
  writer.pragma("journal_mode = WAL");
  writer.pragma("wal_autocheckpoint = 0");
  writer.exec(`CREATE TABLE "Row" ("id" INTEGER PRIMARY KEY, "text" TEXT)`);
  const insert = writer.prepare(`INSERT INTO "Row" ("text") VALUES (?)`);
  writer.transaction(() => {
    for (let i = 0; i < 2_000; i++) insert.run("x".repeat(200));
  })();
  const before = statSync(FILE).size;
  expect(statSync(`${FILE}-wal`).size).toBeGreaterThan(300_000);

  const errors: unknown[] = [];
  const checkpointer = startCheckpointer({ file: FILE, intervalMs: 20, onError: (error) => errors.push(error) });
  try {
    await expect.poll(() => statSync(FILE).size, { timeout: 5_000 }).toBeGreaterThan(before + 300_000);
  } finally {
    await checkpointer.stop();
    writer.close();
  }
  expect(errors).toEqual([]);
});
