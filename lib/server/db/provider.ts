import "server-only";
import { isPostgresUrl } from "@/lib/node/database-url.mjs";
import { env } from "../env";

/** The databases tourbus runs on, by Prisma's (and better-auth's) provider names. */
export type DatabaseProvider = "sqlite" | "postgresql";

/** Which one DATABASE_URL names (env.ts has refused anything else). */
export const databaseProvider: DatabaseProvider = isPostgresUrl(env.DATABASE_URL) ? "postgresql" : "sqlite";
