import "server-only";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { isPostgresUrl } from "@/lib/node/database-url.mjs";
import { MAX_SOCKETS_PER_USER } from "@/lib/shared/realtime-events";
import { parseTrustProxy, type TrustProxy } from "./http/forwarded";

const MIN_SECRET_LENGTH = 32;

/** Every setting the server reads, checked once at start (create-t3-app's env pattern). */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  /** A SQLite file (the default) or a PostgreSQL database (docs/settings.md, PostgreSQL). */
  DATABASE_URL: z
    .string()
    .trim()
    .default("file:./data/tourbus.db")
    .refine(isDatabaseUrl, {
      message:
        "a SQLite file URL (file:./data/tourbus.db) or a PostgreSQL URL (postgresql://user:password@host:5432/database)",
    }),
  /**
   * How serial destinations order their messages: "per-task" (one task's messages in
   * order, tasks side by side) or "global" (one message at a time across all tasks).
   */
  SERIAL_ORDERING: z.enum(["per-task", "global"]).default("per-task"),
  /**
   * Set: the bus moves work between instances on Redis Streams (each delivery runs once
   * in the cluster; lib/messaging/transport/redis). Unset: one process, in-process dispatch.
   */
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\/[^\s]+$/, "a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379")
    .optional(),
  /**
   * Every Redis key the bus writes starts with it: instances of one cluster share it,
   * and another cluster (or test run) on the same Redis takes its own.
   */
  REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[^\s]+$/, "a key prefix without spaces, e.g. tourbus or tourbus-staging")
    .default("tourbus"),
  /**
   * Lets a scraper read /metrics with `Authorization: Bearer <token>` and no session
   * (Prometheus' `authorization` block); an admin's API token works too.
   */
  METRICS_TOKEN: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -hex 32`)").optional(),
  /** Sockets one user may hold at once (lib/shared/realtime-events.ts says why 20). */
  SOCKETS_PER_USER: z.coerce.number().int().min(1).default(MAX_SOCKETS_PER_USER),
  /** On SIGTERM, how long deliveries under way may take to finish before the server exits anyway. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /**
   * Traces (docs/operations.md, Traces): "otlp" exports them over OTLP/HTTP, "none" records
   * nothing. Unset: "otlp" when an OTLP endpoint is set, else "none".
   */
  OTEL_TRACES_EXPORTER: z.enum(["none", "otlp"]).optional(),
  /** The collector's OTLP/HTTP base URL; traces go to <it>/v1/traces (the OpenTelemetry default is http://localhost:4318). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** The full URL for traces, when it is not <OTEL_EXPORTER_OTLP_ENDPOINT>/v1/traces. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
  /** `service.name` on every span. */
  OTEL_SERVICE_NAME: z.string().trim().min(1).default("tourbus"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Seed demo gear, crew and tasks into an empty database. */
  SEED_DEMO_DATA: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  /** Seed one user per role (lib/shared/demo-users.ts) into an empty user table; follows SEED_DEMO_DATA unless set. */
  SEED_DEMO_USERS: z
    .enum(["true", "false"])
    .default(process.env.SEED_DEMO_DATA === "false" ? "false" : "true")
    .transform((value) => value === "true"),
  /** Signs session cookies. Or AUTH_SECRET_FILE: a file holding it (npm start makes data/auth-secret). */
  AUTH_SECRET: z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  AUTH_SECRET_FILE: z.string().min(1).optional(),
  /** The address people open; sign-in accepts form posts from this origin (and localhost on PORT). */
  AUTH_URL: z.url().optional(),
  /** A session ends this long after sign-in (or its last renewal). */
  SESSION_TTL_SECONDS: z.coerce.number().int().min(60).default(7 * 24 * 3600),
  /** Failed sign-ins for one email from one address before it is locked out. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).default(15 * 60),
  /**
   * Believe X-Forwarded-For (the client's address, which the sign-in lockout keys on)
   * and X-Forwarded-Proto (https: Secure cookies) from: nobody ("false"), any peer
   * ("true": only a proxy can reach the server), or peers matching these addresses,
   * ranges (10.0.0.0/8) and names (loopback, linklocal, uniquelocal).
   */
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((value, context): TrustProxy => {
      const parsed = parseTrustProxy(value);
      if ("trust" in parsed) return parsed.trust;
      context.addIssue({ code: "custom", message: parsed.problem });
      return z.NEVER;
    }),
});

/** `file:` with a path, or a PostgreSQL URL that names a host and a database. */
function isDatabaseUrl(url: string): boolean {
  if (url.startsWith("file:")) return url.length > "file:".length;
  if (!isPostgresUrl(url) || !URL.canParse(url)) return false;
  const { hostname, pathname } = new URL(url);
  return hostname !== "" && pathname.length > 1;
}

type ParsedEnv = z.infer<typeof envSchema>;
export type Env = Omit<ParsedEnv, "AUTH_SECRET" | "AUTH_SECRET_FILE"> & { AUTH_SECRET: string };

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
  return { ...settings, AUTH_SECRET: resolveSecret(settings, AUTH_SECRET_FILE) };
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
