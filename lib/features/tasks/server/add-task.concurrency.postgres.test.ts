import pg from "pg";
import { useAppOnPostgres } from "@/lib/server/db/postgres/app-test-database";
import { describeConcurrentAdd } from "./add-task.concurrency";

describeConcurrentAdd("PostgreSQL", async () => {
  const database = await useAppOnPostgres();
  const [{ db }, { engine }, { getBus }, { addTask }] = await Promise.all([
    import("@/lib/server/db/client"),
    import("@/lib/server/db/writes"),
    import("@/lib/server/bus/get-bus"),
    import("./add-task"),
  ]);
  return {
    db,
    addTask,
    idle: () => getBus().idle(),
    async lockWrites() {
      // Another connection in a transaction that holds the tables a task's write touches.
      const other = new pg.Client({ connectionString: database.url });
      await other.connect();
      await other.query(`BEGIN; LOCK TABLE "Task", "IdempotencyKey" IN EXCLUSIVE MODE`);
      return async () => {
        await other.query("COMMIT");
        await other.end();
      };
    },
    async close() {
      await getBus().idle();
      await getBus().close();
      await engine.close();
      await db.$disconnect();
      await database.drop();
    },
  };
});
