import Database from "better-sqlite3";
import { getBus } from "@/lib/server/bus/get-bus";
import { db } from "@/lib/server/db/client";
import { addTask } from "./add-task";
import { describeConcurrentAdd } from "./add-task.concurrency";

describeConcurrentAdd("SQLite", async () => ({
  db,
  addTask,
  idle: () => getBus().idle(),
  async lockWrites() {
    // Another process's connection holding the write lock, as `sqlite3 … "BEGIN IMMEDIATE"` would.
    const other = new Database("data/unit-test.db");
    other.exec("BEGIN IMMEDIATE");
    return async () => {
      other.exec("COMMIT");
      other.close();
    };
  },
  close: () => getBus().idle(),
}));
