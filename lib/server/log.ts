import "server-only";
import pino from "pino";
import { env } from "./env";

/**
 * Wherever a secret could ride along in a logged object (a request's headers, a
 * sign-in body, a token), it is replaced before the line is written.
 */
const REDACTED_PATHS = [
  "password",
  "*.password",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "headers.authorization",
  "headers.cookie",
  "*.headers.authorization",
  "*.headers.cookie",
  'headers["set-cookie"]',
  '*.headers["set-cookie"]',
];

export const loggerOptions: pino.LoggerOptions = {
  level: env.LOG_LEVEL,
  base: { app: "tourbus" },
  redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
};

/** The one logger. JSON lines in production; pino-pretty is left to the reader's pipe. */
export const log = pino(loggerOptions);
