import { describe, expect, it, vi } from "vitest";
import { env } from "../env";
import { guardSignIn } from "./sign-in-guard";

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
});
