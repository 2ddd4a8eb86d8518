import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "../env";
import { PrismaClient } from "./generated/client";

const key = Symbol.for("tourbus.prisma");
type Holder = { [key]?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.DATABASE_URL }) });
}

/**
 * One client per process: Next bundles server actions apart from server.ts, so a
 * module-level singleton would be created twice. globalThis is shared by both.
 */
export const db: PrismaClient = ((globalThis as Holder)[key] ??= createClient());
