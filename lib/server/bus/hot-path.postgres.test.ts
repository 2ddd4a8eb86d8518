import { useAppOnPostgres } from "../db/postgres/app-test-database";
import { describeHotPath } from "./hot-path.conformance";

describeHotPath("PostgreSQL", async () => {
  const database = await useAppOnPostgres();
  const [{ db }, { engine, writes }] = await Promise.all([import("../db/client"), import("../db/writes")]);
  return {
    db,
    writes,
    engine,
    async close() {
      await engine.close();
      await db.$disconnect();
      await database.drop();
    },
  };
});
