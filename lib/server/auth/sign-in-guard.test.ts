import { describe, expect, it, vi } from "vitest";
import { env } from "../env";
import { accountDelayMs, addressKey, guardSignIn, guardSignInWith, signInLimiters } from "./sign-in-guard";

const fail = () => Promise.resolve(false);
const succeed = () => Promise.resolve(true);

describe("guardSignIn", () => {
  it(`locks an email out from an address after ${env.SIGN_IN_MAX_FAILURES} failures, even for the right password`, async () => {
    const email = "lockout-1@example.test";
    for (let i = 0; i < env.SIGN_IN_MAX_FAILURES; i++) expect(await guardSignIn(email, "10.0.0.1", fail)).toBe(false);
    const attempt = vi.fn(succeed);
    await expect(guardSignIn(email, "10.0.0.1", attempt)).rejects.toMatchObject({ code: "rate_limited" });
    expect(attempt).not.toHaveBeenCalled();
    // Case and spaces do not dodge the lockout; another address is not locked by it.
    await expect(guardSignIn("LOCKOUT-1@example.test ", "10.0.0.1", succeed)).rejects.toMatchObject({ code: "rate_limited" });
    expect(await guardSignIn(email, "10.0.0.2", succeed)).toBe(true);
  });

  it("forgets earlier failures once a sign-in succeeds", async () => {
    const email = "lockout-2@example.test";
    for (let i = 0; i < env.SIGN_IN_MAX_FAILURES - 1; i++) await guardSignIn(email, "10.0.0.3", fail);
    expect(await guardSignIn(email, "10.0.0.3", succeed)).toBe(true);
    for (let i = 0; i < env.SIGN_IN_MAX_FAILURES - 1; i++) await guardSignIn(email, "10.0.0.3", fail);
    expect(await guardSignIn(email, "10.0.0.3", succeed)).toBe(true);
  });

  it("counts guesses sent all at once: only the allowed number reach the password check", async () => {
    const attempt = vi.fn(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20)));
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => guardSignIn("burst@example.test", "10.0.0.4", attempt)),
    );
    expect(attempt).toHaveBeenCalledTimes(env.SIGN_IN_MAX_FAILURES);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(12 - env.SIGN_IN_MAX_FAILURES);
  });

  it("counts a whole IPv6 /64 as one address, and IPv4-mapped addresses as IPv4", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(addressKey("192.0.2.7")).toBe("192.0.2.7");
  });

  it("keeps a lockout across a restart: the counts are in the database without Redis", async () => {
    const email = "durable@example.test";
    const before = signInLimiters(undefined);
    for (let i = 0; i < env.SIGN_IN_MAX_FAILURES; i++) await guardSignInWith(before, { email, ip: "10.0.0.5", attempt: fail });
    // A new process (or another instance on the same database) builds its limiters afresh.
    const after = signInLimiters(undefined);
    const attempt = vi.fn(succeed);
    await expect(guardSignInWith(after, { email, ip: "10.0.0.5", attempt })).rejects.toMatchObject({
      code: "rate_limited",
      message: expect.stringMatching(/^Too many failed sign-ins\. Try again in \d+ minutes?\.$/),
    });
    expect(attempt).not.toHaveBeenCalled();
  });

  it("never locks an account out from everywhere: failures from many addresses slow its sign-ins down instead", async () => {
    const email = "targeted@example.test";
    const paused: number[] = [];
    const limiters = { ...signInLimiters(undefined), pause: async (ms: number) => void paused.push(ms) };
    // An attacker's 30 wrong passwords, 3 from each of 10 addresses (under each address's lockout).
    for (let i = 0; i < 30; i++) {
      expect(await guardSignInWith(limiters, { email, ip: `198.51.100.${Math.floor(i / 3)}`, attempt: fail })).toBe(false);
    }
    expect(paused.length).toBeGreaterThan(0);
    expect(Math.max(...paused)).toBe(accountDelayMs(1_000));
    // The owner, from their own address, still gets in: slowed down, not locked out.
    const owner = vi.fn(succeed);
    expect(await guardSignInWith(limiters, { email, ip: "192.0.2.50", attempt: owner })).toBe(true);
    expect(owner).toHaveBeenCalledOnce();
  });

  it("grows the account's wait from 1 s, doubling, up to 10 s", () => {
    expect([0, 9, 10, 11, 12, 13, 14, 50].map(accountDelayMs)).toEqual([0, 0, 1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});
