import { describe, expect, it, vi } from "vitest";
import { env } from "../env";
import { addressKey, guardSignIn } from "./sign-in-guard";

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
});
