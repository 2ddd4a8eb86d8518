import { afterAll } from "vitest";
import { describeMessageStore } from "@/lib/messaging/store/message-store.conformance";
import { useAppOnPostgres } from "../db/postgres/app-test-database";
import type { TestDatabase } from "../db/postgres/test-database";

let database: TestDatabase | undefined;
type App = Pick<typeof import("../db/client"), "db"> & Pick<typeof import("../db/writes"), "engine" | "writes">;
let app: Promise<App> | undefined;

/** The app's storage on a fresh PostgreSQL database, opened once for the file. */
function openApp() {
  return (app ??= (async () => {
    database = await useAppOnPostgres();
    const [{ db }, { engine, writes }] = await Promise.all([import("../db/client"), import("../db/writes")]);
    return { db, engine, writes };
  })());
}

afterAll(async () => {
  if (app) {
    const { db, engine } = await app;
    await engine.close();
    await db.$disconnect();
  }
  await database?.drop();
});

describeMessageStore("SqlMessageStore (PostgreSQL)", async () => {
  const { db, writes } = await openApp();
  await db.busDelivery.deleteMany();
  await db.busMessage.deleteMany();
  await db.busRejection.deleteMany();
  const { SqlMessageStore } = await import("./sql-message-store");
  return new SqlMessageStore(db, writes);
});
