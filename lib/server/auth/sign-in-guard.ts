import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { AppError, isAppError } from "../app-error";
import { env } from "../env";
import { limiterOn, limiterStore, type LimiterStore, type RateLimiter } from "../limits/rate-limiter";
import { log } from "../log";
import { processOnce } from "../start/process-slot";

/** Sign-in attempts one address may make per minute, right or wrong. */
const ATTEMPTS_PER_ADDRESS_PER_MINUTE = 60;
/** Failed sign-ins for one email from all addresses together, per hour: caps guessing spread over many addresses. */
const FAILURES_PER_ACCOUNT_PER_HOUR = 50;

export type SignInLimiters = { attempts: RateLimiter; failures: RateLimiter; accountFailures: RateLimiter };

/** The sign-in rules, counted on `store` (Redis: shared by every instance) or in memory without one. */
export function signInLimiters(store: LimiterStore | undefined): SignInLimiters {
  return {
    attempts: limiterOn(store, { keyPrefix: "sign-in-attempts", points: ATTEMPTS_PER_ADDRESS_PER_MINUTE, duration: 60 }),
    // Consecutive failures for one email from one address (OWASP's lockout pattern).
    failures: limiterOn(store, {
      keyPrefix: "sign-in-failures",
      points: env.SIGN_IN_MAX_FAILURES,
      duration: env.SIGN_IN_LOCKOUT_SECONDS,
    }),
    accountFailures: limiterOn(store, { keyPrefix: "sign-in-account-failures", points: FAILURES_PER_ACCOUNT_PER_HOUR, duration: 3600 }),
  };
}

/**
 * The process's limiters, where lib/server/limits decides (Redis with REDIS_URL).
 * In the process slot so that the route handler and server actions, which Next bundles
 * apart, count into the same limiters.
 */
function processLimiters(): Promise<SignInLimiters> {
  return processOnce("sign-in-limiters", () => limiterStore().then(signInLimiters));
}

function lockoutError(res: RateLimiterRes): AppError {
  const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
  return new AppError("rate_limited", `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
}

/** Takes a point, or refuses with the lockout message when none is left. */
async function take(limiter: RateLimiter, limiterKey: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(limiterKey);
  } catch (res) {
    if (res instanceof RateLimiterRes) throw lockoutError(res);
    throw res;
  }
}

/**
 * An IPv6 client controls a whole /64: count it as one address. IPv4 (also mapped
 * into IPv6) stays as it is.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(":")) return ip;
  const [head = "", tail = ""] = ip.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const groups = ip.includes("::")
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups]
    : headGroups;
  return `${groups.slice(0, 4).map((group) => group.toLowerCase().replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/**
 * Runs one sign-in attempt under the limits. The attempt is counted as a failure
 * before the (slow) password check, so guesses sent all at once are counted too; a
 * success gives the points back. After the last allowed failure the email is locked
 * for SIGN_IN_LOCKOUT_SECONDS from that moment, from that address, whatever the password.
 */
export async function guardSignIn(email: string, ip: string, attempt: () => Promise<boolean>): Promise<boolean> {
  return guardSignInWith(await processLimiters(), { email, ip, attempt });
}

/** guardSignIn on given limiters (a test's two instances sharing one Redis). */
export async function guardSignInWith(
  { attempts, failures, accountFailures }: SignInLimiters,
  { email, ip, attempt }: { email: string; ip: string; attempt: () => Promise<boolean> },
): Promise<boolean> {
  const account = email.trim().toLowerCase();
  const address = addressKey(ip);
  const accountKey = `${account}|${address}`;
  try {
    await take(attempts, address);
    const counted = await take(failures, accountKey);
    await take(accountFailures, account);
    if (await attempt()) {
      await Promise.all([failures.delete(accountKey), accountFailures.reward(account, 1)]);
      return true;
    }
    log.warn({ address }, "sign-in failed");
    if (counted.remainingPoints === 0) await failures.block(accountKey, env.SIGN_IN_LOCKOUT_SECONDS);
    return false;
  } catch (error) {
    if (isAppError(error) && error.code === "rate_limited") log.warn({ address }, "sign-in refused: too many attempts");
    throw error;
  }
}
