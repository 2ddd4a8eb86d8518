import "server-only";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { isPostgresUrl } from "@/lib/node/database-url.mjs";
import { envSchema, MIN_SECRET_LENGTH } from "./env-schema";

type ParsedEnv = z.infer<typeof envSchema>;
export type Env = Omit<ParsedEnv, "AUTH_SECRET" | "AUTH_SECRET_FILE" | "SEED_DEMO_USERS"> & {
  AUTH_SECRET: string;
  SEED_DEMO_USERS: boolean;
};

function loadEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  if (parsed.data.REDIS_URL && !isPostgresUrl(parsed.data.DATABASE_URL)) {
    // Instances sharing work on Redis each resume deliveries from the store: a SQLite
    // file is one machine's, so another instance would resume from a store without them.
    fail([
      "REDIS_URL: several instances share their work through Redis and their record through one PostgreSQL database; " +
        "DATABASE_URL names a SQLite file. Set DATABASE_URL=postgresql://… (docs/operations.md, Running several instances) or unset REDIS_URL.",
    ]);
  }
  const { AUTH_SECRET_FILE, ...settings } = parsed.data;
  const SEED_DEMO_USERS = settings.SEED_DEMO_USERS ?? settings.SEED_DEMO_DATA;
  return { ...settings, SEED_DEMO_USERS, AUTH_SECRET: resolveSecret(settings, AUTH_SECRET_FILE) };
}

/**
 * The secret from AUTH_SECRET, else from AUTH_SECRET_FILE. Production refuses to
 * start without one; development and tests get a random one per process (sessions
 * then end with the process), never a fixed default.
 */
function resolveSecret(settings: Omit<ParsedEnv, "AUTH_SECRET_FILE">, file: string | undefined): string {
  if (settings.AUTH_SECRET) return settings.AUTH_SECRET;
  if (file) {
    let secret: string;
    try {
      secret = readFileSync(file, "utf8").trim();
    } catch (error) {
      return fail([`AUTH_SECRET_FILE: cannot read ${file} (${(error as Error).message})`]);
    }
    if (secret.length < MIN_SECRET_LENGTH) fail([`AUTH_SECRET_FILE: ${file} must hold at least ${MIN_SECRET_LENGTH} characters`]);
    return secret;
  }
  // `next build` loads route modules to collect page data; nothing is signed then.
  if (settings.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    fail([
      "AUTH_SECRET: missing. Production needs a secret to sign sessions: set AUTH_SECRET " +
        "(e.g. `openssl rand -base64 32`) or AUTH_SECRET_FILE (npm start creates data/auth-secret).",
    ]);
  }
  // Into process.env: server.ts and each of Next's bundles load this module apart,
  // and all of them must sign and check cookies with the same secret.
  process.env.AUTH_SECRET = randomBytes(32).toString("base64url");
  return process.env.AUTH_SECRET;
}

function fail(problems: string[]): never {
  throw new Error(`tourbus: invalid environment settings:\n${problems.map((p) => `  ${p}`).join("\n")}`);
}

export const env = loadEnv();
