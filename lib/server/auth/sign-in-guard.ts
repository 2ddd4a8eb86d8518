import "server-only";
import type { RateLimiterRes } from "rate-limiter-flexible";
import { isAppError, type AppError } from "../app-error";
import { env } from "../env";
import { durableLimiterOn, limiterStore, type LimiterStore, type RateLimiter } from "../limits/rate-limiter";
import { log } from "../log";
import { processOnce } from "../start/process-slot";
import { translatedError } from "@/lib/server/i18n/error-text";

/** Sign-in attempts one address may make per minute, right or wrong. */
const ATTEMPTS_PER_ADDRESS_PER_MINUTE = 60;
/** Failures for one email from all addresses in an hour before each attempt on it is slowed down. */
const ACCOUNT_FAILURES_BEFORE_DELAY = 10;
/** The slow-down: doubles with each further failure, from 1 s, up to this. */
const MAX_ACCOUNT_DELAY_MS = 10_000;

export type SignInLimiters = {
  attempts: RateLimiter;
  failures: RateLimiter;
  accountFailures: RateLimiter;
  /** Waits out an account's slow-down (a test's records it instead). */
  pause: (ms: number) => Promise<void>;
};

/** The sign-in rules, counted on `store` (Redis: shared by every instance) or in the database without one. */
export function signInLimiters(store: LimiterStore | undefined): SignInLimiters {
  return {
    attempts: durableLimiterOn(store, { keyPrefix: "sign-in-attempts", points: ATTEMPTS_PER_ADDRESS_PER_MINUTE, duration: 60 }),
    // Consecutive failures for one email from one address (OWASP's lockout pattern).
    failures: durableLimiterOn(store, {
      keyPrefix: "sign-in-failures",
      points: env.SIGN_IN_MAX_FAILURES,
      duration: env.SIGN_IN_LOCKOUT_SECONDS,
    }),
    // Counted, never a lockout: anyone can fail for any email, and must not lock its owner out.
    accountFailures: durableLimiterOn(store, { keyPrefix: "sign-in-account-failures", points: 1_000_000, duration: 3600 }),
    pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

/** How long an attempt on an account waits, after `failures` failures for it from anywhere in the last hour. */
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_FAILURES_BEFORE_DELAY) return 0;
  return Math.min(1000 * 2 ** (failures - ACCOUNT_FAILURES_BEFORE_DELAY), MAX_ACCOUNT_DELAY_MS);
}

/**
 * The process's limiters, where lib/server/limits decides (Redis with REDIS_URL, else
 * the database). In the process slot so that the route handler and server actions,
 * which Next bundles apart, count into the same limiters.
 */
function processLimiters(): Promise<SignInLimiters> {
  return processOnce("sign-in-limiters", () => limiterStore().then(signInLimiters));
}

/**
 * A limiter's refusal. Recognised by shape, not instanceof: the limiters live in
 * the process slot and may come from another of Next's bundles, whose RateLimiterRes is
 * another class (an instanceof check here once turned every lockout on the sign-in
 * page into "Signing in failed on our side").
 */
function isRefusal(error: unknown): error is RateLimiterRes {
  return (
    typeof error === "object" &&
    error !== null &&
    !(error instanceof Error) &&
    typeof (error as RateLimiterRes).msBeforeNext === "number"
  );
}

function lockoutError(res: RateLimiterRes): AppError {
  const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
  return translatedError("rate_limited", "signInLockedOut", { values: { minutes } });
}

/** Takes a point, or refuses with the lockout message when none is left. */
async function take(limiter: RateLimiter, limiterKey: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(limiterKey);
  } catch (res) {
    if (isRefusal(res)) throw lockoutError(res);
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
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * Runs one sign-in attempt under the limits (docs/access.md, Lockout). Per (email,
 * address): the attempt is counted as a failure before the (slow) password check, so
 * guesses sent all at once are counted too; a success gives the points back; after the
 * last allowed failure the email is locked there for SIGN_IN_LOCKOUT_SECONDS, whatever
 * the password. Per email from all addresses: no lockout (that would let anyone lock
 * a user out), but a growing wait before each attempt once it failed often this hour.
 */
export async function guardSignIn(email: string, ip: string, attempt: () => Promise<boolean>): Promise<boolean> {
  return guardSignInWith(await processLimiters(), { email, ip, attempt });
}

/** guardSignIn on given limiters (a test's two instances sharing one store). */
export async function guardSignInWith(
  { attempts, failures, accountFailures, pause }: SignInLimiters,
  { email, ip, attempt }: { email: string; ip: string; attempt: () => Promise<boolean> },
): Promise<boolean> {
  const account = email.trim().toLowerCase();
  const address = addressKey(ip);
  const accountKey = `${account}|${address}`;
  try {
    await take(attempts, address);
    const counted = await take(failures, accountKey);
    const delay = accountDelayMs((await accountFailures.get(account))?.consumedPoints ?? 0);
    if (delay > 0) {
      log.warn({ address, delay }, "sign-in slowed down: many failures for this account");
      await pause(delay);
    }
    if (await attempt()) {
      await Promise.all([failures.delete(accountKey), accountFailures.delete(account)]);
      return true;
    }
    log.warn({ address }, "sign-in failed");
    await accountFailures.consume(account).catch(() => undefined);
    if (counted.remainingPoints === 0) await failures.block(accountKey, env.SIGN_IN_LOCKOUT_SECONDS);
    return false;
  } catch (error) {
    if (isAppError(error) && error.code === "rate_limited") log.warn({ address }, "sign-in refused: too many attempts");
    throw error;
  }
}
