import "server-only";
import { z } from "zod";
import { isPostgresUrl } from "@/lib/node/database-url.mjs";
import { MAX_SOCKETS_PER_USER } from "@/lib/shared/realtime-events";
import { parseTrustProxy, type TrustProxy } from "./http/forwarded";

export const MIN_SECRET_LENGTH = 32;

/**
 * Every setting the server reads (create-t3-app's env pattern). Each one's description
 * is its line in .env.example and docs/settings.md: `npm run env:example` writes the
 * file from this schema, and env-example.test.ts fails when the two differ.
 */
export const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"])
    .default("development")
    .describe("development (Next's dev server, hot reload) or production (the build in .next; npm start sets it)."),
  PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .default(3000)
    .describe("The port the one HTTP server (pages, API, Socket.IO) listens on."),
  HOSTNAME: z
    .string()
    .min(1)
    .default("0.0.0.0")
    .describe("The address to listen on; 127.0.0.1 when only a proxy on this machine may reach it."),
  DATABASE_URL: z
    .string()
    .trim()
    .default("file:./data/tourbus.db")
    .refine(isDatabaseUrl, {
      message: "a SQLite file URL (file:./data/tourbus.db) or a PostgreSQL URL (postgresql://user:password@host:5432/database)",
    })
    .describe("A SQLite file (file:…) or a PostgreSQL database (postgresql://…); docs/settings.md, PostgreSQL."),
  SERIAL_ORDERING: z
    .enum(["per-task", "global"])
    .default("per-task")
    .describe(
      "How serial destinations order messages: per-task (one task's in order, tasks side by side) or global (one at a time).",
    ),
  // Instances sharing work need one store: loadEnv refuses REDIS_URL with a SQLite DATABASE_URL.
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\/[^\s]+$/, "a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379")
    .optional()
    .describe(
      "Set: instances share the bus's work on Redis Streams (needs PostgreSQL). Unset: one process, in-process dispatch.",
    ),
  REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[^\s]+$/, "a key prefix without spaces, e.g. tourbus or tourbus-staging")
    .default("tourbus")
    .describe("Starts every Redis key: one cluster's instances share it, another cluster (or test run) takes its own."),
  METRICS_TOKEN: z
    .string()
    .min(32, "must be at least 32 characters (e.g. `openssl rand -hex 32`)")
    .optional()
    .describe("Lets a scraper read /metrics with `Authorization: Bearer <token>` and no session (at least 32 characters)."),
  SOCKETS_PER_USER: z.coerce
    .number()
    .int()
    .min(1)
    .default(MAX_SOCKETS_PER_USER)
    .describe("Sockets one user may hold at once (lib/shared/realtime-events.ts says why)."),
  SHUTDOWN_GRACE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(120_000)
    .default(10_000)
    .describe("On SIGTERM, how long deliveries under way may take to finish before the server exits anyway."),
  OTEL_TRACES_EXPORTER: z
    .enum(["none", "otlp"])
    .optional()
    .describe("otlp exports traces over OTLP/HTTP, none records nothing; unset: otlp when an OTLP endpoint is set, else none."),
  OTEL_EXPORTER_OTLP_ENDPOINT: z
    .url()
    .optional()
    .describe("The collector's OTLP/HTTP base URL; traces go to <it>/v1/traces (e.g. http://localhost:4318)."),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z
    .url()
    .optional()
    .describe("The full URL for traces, when it is not <OTEL_EXPORTER_OTLP_ENDPOINT>/v1/traces."),
  OTEL_SERVICE_NAME: z.string().trim().min(1).default("tourbus").describe("`service.name` on every span."),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info")
    .describe("The least severe log line written (pino's levels)."),
  SEED_DEMO_DATA: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true")
    .describe("Seed demo gear, crew and tasks into an empty database."),
  // Unset: loadEnv gives it SEED_DEMO_DATA's value.
  SEED_DEMO_USERS: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true"))
    .describe("Seed one user per role (published passwords) into an empty user table; follows SEED_DEMO_DATA unless set."),
  AUTH_SECRET: z
    .string()
    .min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters`)
    .optional()
    .describe("Signs session cookies (at least 32 characters); production needs it or AUTH_SECRET_FILE."),
  AUTH_SECRET_FILE: z
    .string()
    .min(1)
    .optional()
    .describe("A file holding the session secret; npm start makes data/auth-secret and points here when neither is set."),
  AUTH_URL: z
    .url()
    .optional()
    .describe("The address people open; sign-in accepts form posts from this origin (and localhost on PORT)."),
  SESSION_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .default(7 * 24 * 3600)
    .describe("A session ends this long after sign-in (or its last renewal)."),
  SIGN_IN_MAX_FAILURES: z.coerce
    .number()
    .int()
    .min(1)
    .default(5)
    .describe("Failed sign-ins for one email from one address before it is locked out."),
  SIGN_IN_LOCKOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60)
    .describe("How long a sign-in lockout lasts."),
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((value, context): TrustProxy => {
      const parsed = parseTrustProxy(value);
      if ("trust" in parsed) return parsed.trust;
      context.addIssue({ code: "custom", message: parsed.problem });
      return z.NEVER;
    })
    .describe(
      "Whom to believe X-Forwarded-For/-Proto from: false nobody, true any peer, or proxies (10.0.0.2, 10.0.0.0/8, loopback, uniquelocal).",
    ),
});

/** `file:` with a path, or a PostgreSQL URL that names a host and a database. */
function isDatabaseUrl(url: string): boolean {
  if (url.startsWith("file:")) return url.length > "file:".length;
  if (!isPostgresUrl(url) || !URL.canParse(url)) return false;
  const { hostname, pathname } = new URL(url);
  return hostname !== "" && pathname.length > 1;
}
