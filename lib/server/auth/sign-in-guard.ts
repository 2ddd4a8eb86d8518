import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../app-error";
import { env } from "../env";
import { log } from "../log";

/** Sign-in attempts one address may make per minute, right or wrong. */
const ATTEMPTS_PER_IP_PER_MINUTE = 60;

type Limiters = { failures: RateLimiterMemory; attempts: RateLimiterMemory };
const key = Symbol.for("tourbus.sign-in-limiters");
type Holder = { [key]?: Limiters };

/**
 * In memory, per process: enough for the single-process default (see README, "Who
 * may do what"). On globalThis so that the route handler and server actions, which
 * Next bundles apart, count into the same limiters.
 */
function limiters(): Limiters {
  return ((globalThis as Holder)[key] ??= {
    // Consecutive failures for one email from one address (OWASP's lockout pattern).
    failures: new RateLimiterMemory({
      keyPrefix: "sign-in-failures",
      points: env.SIGN_IN_MAX_FAILURES,
      duration: env.SIGN_IN_LOCKOUT_SECONDS,
      blockDuration: env.SIGN_IN_LOCKOUT_SECONDS,
    }),
    attempts: new RateLimiterMemory({ keyPrefix: "sign-in-attempts", points: ATTEMPTS_PER_IP_PER_MINUTE, duration: 60 }),
  });
}

function lockoutError(res: RateLimiterRes): AppError {
  const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
  return new AppError("rate_limited", `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
}

/**
 * Runs one sign-in attempt under the limits: refused while locked out; a failure
 * (`attempt` answering false) counts toward the lockout, a success clears it.
 */
export async function guardSignIn(email: string, ip: string, attempt: () => Promise<boolean>): Promise<boolean> {
  const { failures, attempts } = limiters();
  const accountKey = `${email.trim().toLowerCase()}|${ip}`;
  try {
    await attempts.consume(ip);
  } catch (res) {
    if (res instanceof RateLimiterRes) throw lockoutError(res);
    throw res;
  }
  const record = await failures.get(accountKey);
  if (record && record.consumedPoints >= env.SIGN_IN_MAX_FAILURES) {
    log.warn({ ip }, "sign-in refused: locked out");
    throw lockoutError(record);
  }
  const succeeded = await attempt();
  if (succeeded) {
    await failures.delete(accountKey);
    return true;
  }
  log.warn({ ip }, "sign-in failed");
  try {
    await failures.consume(accountKey);
  } catch (res) {
    // That failure was the last allowed: locked from now on.
    if (!(res instanceof RateLimiterRes)) throw res;
  }
  return false;
}
