/**
 * The password rules better-auth enforces (lib/server/auth/auth.ts) and the admin's
 * "Add user" and "Reset password" forms check: one place, so a form never accepts a
 * password sign-in would refuse. No zod here: browser components read these too.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
