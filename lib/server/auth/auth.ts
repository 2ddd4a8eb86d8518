import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "../db/client";
import { databaseProvider } from "../db/provider";
import { env } from "../env";
import { log } from "../log";
import { CLIENT_IP_HEADER } from "./client-ip";

/** Passwords shorter than this are refused when a user is created. */
const MIN_PASSWORD_LENGTH = 10;

/**
 * Sign-in and sessions (better-auth): email + password, scrypt-hashed, sessions in
 * the database so that expiry and sign-out take effect at once. Nobody signs up:
 * the crew's accounts are made by whoever runs the portal (the demo seeds one per role).
 */
export const auth = betterAuth({
  appName: "tourbus",
  secret: env.AUTH_SECRET,
  baseURL: env.AUTH_URL ?? `http://localhost:${env.PORT}`,
  trustedOrigins: [env.AUTH_URL, `http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`].filter(
    (origin): origin is string => origin !== undefined,
  ),
  database: prismaAdapter(db, { provider: databaseProvider }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
  // A fixed lifetime from sign-in: pages cannot renew the cookie, so the row is not renewed either.
  session: { expiresIn: env.SESSION_TTL_SECONDS, updateAge: env.SESSION_TTL_SECONDS },
  user: {
    // `input: false`: no request can set its own role.
    additionalFields: { role: { type: "string", required: true, defaultValue: "roadie", input: false } },
  },
  advanced: { ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] } },
  // One limiter guards sign-in (sign-in-guard.ts): its lockout is what the portal promises.
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  // Its messages through our logger (and its redaction); an error it passes along is kept.
  logger: {
    level: "warn",
    log: (level, message, ...args) => log[level]({ source: "better-auth", err: args.find((arg) => arg instanceof Error) }, message),
  },
  plugins: [nextCookies()],
});
