import "server-only";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "../db/client";
import { databaseProvider } from "../db/provider";
import { env } from "../env";
import { log } from "../log";
import { endSessionSockets } from "../realtime/end-user-sockets";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/shared/password";
import { CLIENT_IP_HEADER } from "./client-ip";

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
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: PASSWORD_MAX_LENGTH,
  },
  // A fixed lifetime from sign-in: pages cannot renew the cookie, so the row is not renewed either.
  session: { expiresIn: env.SESSION_TTL_SECONDS, updateAge: env.SESSION_TTL_SECONDS },
  user: {
    // `input: false`: no request can set its own role.
    additionalFields: {
      role: { type: "string", required: true, defaultValue: "roadie", input: false },
      // Read with every session, so a disabled user's cookie stops working (read-session.ts).
      disabledAt: { type: "date", required: false, input: false },
    },
  },
  databaseHooks: {
    session: {
      create: {
        // A disabled user's right password makes no session (as better-auth's admin plugin
        // refuses a banned user): the form answers as for a wrong password, the HTTP sign-in 403.
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
          if (user?.disabledAt) throw new APIError("FORBIDDEN", { message: "This account is disabled." });
        },
      },
      // Signed out (the form, or POST /api/auth/sign-out): the pages this session has open stop receiving at once.
      delete: { after: async (session) => endSessionSockets(session.id) },
    },
  },
  advanced: { ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] } },
  // One limiter guards sign-in (sign-in-guard.ts): its lockout is what the portal promises.
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  // Its messages through our logger (and its redaction); an error it passes along is kept.
  logger: {
    level: "warn",
    log: (level, message, ...args) =>
      log[level]({ source: "better-auth", err: args.find((arg) => arg instanceof Error) }, message),
  },
  plugins: [nextCookies()],
});
