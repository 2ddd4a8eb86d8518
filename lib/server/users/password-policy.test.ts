import { describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/lib/shared/demo-users";
import { passwordRefusal } from "./password-policy";

const dana = { name: "Dana Whitfield", email: "dana.whitfield@crew.test" };

describe("passwordRefusal (NIST SP 800-63B, OWASP ASVS)", () => {
  it("refuses common passwords, in any case", () => {
    for (const password of ["password12", "1234567890", "qwertyuiop", "Password12", "iloveyou12"]) {
      expect(passwordRefusal(password, dana), password).toBe("passwordCommon");
    }
  });

  it("refuses common passwords dressed up with digits, symbols, look-alike characters or doubling", () => {
    for (const password of ["p@ssw0rd123", "Summer2024!", "letmein1234", "Passw0rd!Passw0rd!", "!!Dragon2025"]) {
      expect(passwordRefusal(password, dana), password).toBe("passwordCommon");
    }
  });

  it("refuses the passwords published with the product: the demo crew's and famous examples", () => {
    for (const password of [
      ...DEMO_USERS.map((user) => user.password),
      "correcthorsebatterystaple",
      "Correct Horse Battery Staple",
    ]) {
      expect(passwordRefusal(password, dana), password).toBe("passwordPublished");
    }
  });

  it("refuses repeated and sequential characters", () => {
    for (const password of ["aaaaaaaaaa", "abcabcabca", "abcdefghijk", "9876543210"]) {
      expect(passwordRefusal(password, dana), password).toBe("passwordPattern");
    }
  });

  it("refuses passwords built from the user's name, email or the product's name", () => {
    for (const password of ["Whitfield2026!", "dana.whitfield1", "tourbus2026!", "DanaTourbus!"]) {
      expect(passwordRefusal(password, dana), password).toBe("passwordOwnWords");
    }
  });

  it("takes long, unusual passwords without asking for digits or symbols", () => {
    for (const password of ["lanterns-under-quiet-bridges", "dana likes seven purple kites", "m0untain-goats-in-2026"]) {
      expect(passwordRefusal(password, dana), password).toBeUndefined();
    }
  });
});
