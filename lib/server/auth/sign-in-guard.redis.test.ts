import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { env } from "../env";
import { storeOn } from "../limits/rate-limiter";
import { redisTestRun } from "../redis/redis-test-support";
import { guardSignInWith, signInLimiters, type SignInLimiters } from "./sign-in-guard";

// Two instances' limiters on the machine's Redis, under this run's key prefix: the
// lockout holds whichever instance the load balancer sends each guess to.

const fail = () => Promise.resolve(false);

describe("the sign-in lockout across two instances sharing Redis", () => {
  const run = redisTestRun("sign-in-lockout");
  let a: SignInLimiters;
  let b: SignInLimiters;

  beforeAll(async () => {
    a = signInLimiters(storeOn(await run.connect(), run.prefix));
    b = signInLimiters(storeOn(await run.connect(), run.prefix));
  });

  afterAll(() => run.cleanup());

  it(`locks an email out after ${env.SIGN_IN_MAX_FAILURES} wrong passwords spread over both`, async () => {
    const email = "spread@example.test";
    const ip = "203.0.113.7";
    for (let i = 0; i < env.SIGN_IN_MAX_FAILURES; i++) {
      expect(await guardSignInWith(i % 2 === 0 ? a : b, { email, ip, attempt: fail })).toBe(false);
    }
    const attempt = vi.fn(() => Promise.resolve(true));
    await expect(guardSignInWith(a, { email, ip, attempt })).rejects.toMatchObject({ code: "rate_limited" });
    await expect(guardSignInWith(b, { email, ip, attempt })).rejects.toMatchObject({ code: "rate_limited" });
    expect(attempt).not.toHaveBeenCalled();
  });

  it("without Redis, two instances on one database count together too", async () => {
    const [one, other] = [signInLimiters(undefined), signInLimiters(undefined)];
    const email = "shared-db@example.test";
    for (let i = 0; i < env.SIGN_IN_MAX_FAILURES; i++) await guardSignInWith(one, { email, ip: "203.0.113.8", attempt: fail });
    await expect(
      guardSignInWith(other, { email, ip: "203.0.113.8", attempt: () => Promise.resolve(true) }),
    ).rejects.toMatchObject({
      code: "rate_limited",
    });
  });
});
