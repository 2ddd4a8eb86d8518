import { describe, expect, it } from "vitest";
import { englishValidationText } from "@/lib/shared/i18n/validation-text";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/shared/password";
import { passwordSchema } from "@/lib/shared/user-admin";

describe("passwordSchema", () => {
  it("says the lengths lib/shared/password.ts sets (the catalogue writes them out)", () => {
    const message = (password: string) => englishValidationText(passwordSchema.safeParse(password).error!.issues[0]!.message);
    expect(message("short")).toBe(`At least ${PASSWORD_MIN_LENGTH} characters.`);
    expect(message("x".repeat(PASSWORD_MAX_LENGTH + 1))).toBe(`At most ${PASSWORD_MAX_LENGTH} characters.`);
  });
});
