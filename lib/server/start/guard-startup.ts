import "server-only";
import { env } from "../env";
import { log } from "../log";
import { describeStartFailure } from "./describe-start-failure";

/**
 * Makes any failure before the server listens end the process with exit code 1 and a
 * line saying what to fix. Needed because Next's `app.prepare()` installs process-wide
 * handlers that log an uncaught error and carry on: a start step that failed after it
 * (a read-only database, say) left nothing running, and Node exited with 0, so a
 * supervisor's restart-on-failure never fired.
 */
export function guardStartup(exit: (code: number) => never = process.exit): { done: () => void } {
  const fail = (error: unknown) => {
    const reason = describeStartFailure(error, env.DATABASE_URL);
    log.fatal({ err: error }, `tourbus could not start: ${reason}`);
    // Plainly on stderr too: LOG_LEVEL may be silent, and this is for a person.
    process.stderr.write(`tourbus could not start: ${reason}\n`);
    exit(1);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  return {
    done: () => {
      process.off("uncaughtException", fail);
      process.off("unhandledRejection", fail);
    },
  };
}
