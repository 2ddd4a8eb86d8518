import "server-only";
import { db } from "../db/client";

/**
 * Deletes tokens, sessions and accounts whose user row is gone. The schema cascades
 * these deletes, but only where foreign keys are enforced: the sqlite3 shell (and
 * most other tools) leave them off, so a user deleted there leaves rows that point
 * at nobody — and a token lookup that expects its owner then fails with a 500.
 * Returns how many rows were removed.
 */
export async function removeOrphanedCredentials(): Promise<number> {
  const removed = await db.$transaction([
    db.$executeRaw`DELETE FROM "ApiToken" WHERE "userId" NOT IN (SELECT "id" FROM "User")`,
    db.$executeRaw`DELETE FROM "Session" WHERE "userId" NOT IN (SELECT "id" FROM "User")`,
    db.$executeRaw`DELETE FROM "Account" WHERE "userId" NOT IN (SELECT "id" FROM "User")`,
  ]);
  return removed.reduce((sum, count) => sum + count, 0);
}
