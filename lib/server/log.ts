import "server-only";
import pino from "pino";
import { env } from "./env";

/** The one logger. JSON lines in production; pino-pretty is left to the reader's pipe. */
export const log = pino({ level: env.LOG_LEVEL, base: { app: "tourbus" } });
