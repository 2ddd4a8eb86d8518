import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-postgres/client";
import { databaseProvider } from "./provider";

const key = Symbol.for("tourbus.prisma");
const countsKey = Symbol.for("tourbus.prisma.counts");
type Holder = { [key]?: PrismaClient; [countsKey]?: { statements: number; transactions: number } };

/** What Prisma ran, for /metrics and the bench (the hot path's own connection counts its own). */
export const prismaCounts = ((globalThis as Holder)[countsKey] ??= { statements: 0, transactions: 0 });

type Queryable = { queryRaw: (...args: never[]) => unknown; executeRaw: (...args: never[]) => unknown };

/**
 * Counts the statements and transactions Prisma's driver adapter runs. A Proxy,
 * because the adapter's classes are not exported and keep private fields: every
 * method still runs on the adapter itself.
 */
function counting<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object) as unknown;
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return (...args: unknown[]) => {
          prismaCounts.statements++;
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => {
          prismaCounts.transactions++;
          return counting((await (value as (...a: unknown[]) => Promise<Queryable>).apply(object, args)) as Queryable);
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(object);
    },
  });
}

function createClient(): PrismaClient {
  if (databaseProvider === "postgresql") {
    const factory = new PrismaPg({ connectionString: env.DATABASE_URL });
    const connect = factory.connect.bind(factory);
    factory.connect = async () => counting(await connect());
    // Typed as the SQLite client, which the app is written against. Sound: both are
    // generated from one schema (lib/node/postgres-schema.mjs), so they return the same
    // shapes, and every argument SQLite's accepts PostgreSQL's accepts too (it only adds
    // options, such as more isolation levels, that tsc then keeps the app from using).
    return new PostgresPrismaClient({ adapter: factory }) as unknown as PrismaClient;
  }
  const factory = new PrismaBetterSQLite3({ url: env.DATABASE_URL });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => counting(await connect());
  return new PrismaClient({ adapter: factory });
}

/**
 * One client per process: Next bundles server actions apart from server.ts, so a
 * module-level singleton would be created twice. globalThis is shared by both.
 */
export const db: PrismaClient = ((globalThis as Holder)[key] ??= createClient());
