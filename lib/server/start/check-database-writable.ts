import "server-only";
import { db } from "../db/client";

/** Thrown inside the probe's transaction only to roll it back. */
class ProbeRollback extends Error {
  override name = "ProbeRollback";
}

/**
 * Proves at start that the database accepts a write: SQLite opens a file it may not
 * write read-only without complaint, and reads keep working, so without this the
 * server would start and fail on the first task instead. The table is created and
 * rolled back: nothing is left behind.
 */
export async function checkDatabaseWritable(): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('CREATE TABLE "_tourbus_write_probe" ("x" INTEGER)');
      throw new ProbeRollback("rolled back on purpose");
    });
  } catch (error) {
    if (error instanceof ProbeRollback) return;
    throw error;
  }
}
