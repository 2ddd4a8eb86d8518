import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "../env";
import { PrismaClient } from "./generated/client";
import { databaseProvider } from "./provider";
import { processOnce } from "../start/process-slot";

/** What Prisma ran, for /metrics and the bench (the hot path's own connection counts its own). */
export const prismaCounts = processOnce("prisma.counts", () => ({ statements: 0, transactions: 0 }));

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

/** Counts what the adapter's connections run (see `counting`). */
function countingFactory<F extends { connect: () => Promise<object> }>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => counting(await connect());
  return factory;
}

async function createClient(): Promise<PrismaClient> {
  if (databaseProvider === "postgresql") {
    // Loaded only here: a SQLite start does not pay for pg and adapter-pg (0.1–0.2 s measured).
    const [{ PrismaPg }, { PrismaClient: PostgresPrismaClient }] = await Promise.all([
      import("@prisma/adapter-pg"),
      import("./generated-postgres/client"),
    ]);
    // Typed as the SQLite client, which the app is written against. Sound: both are
    // generated from one schema (lib/node/postgres-schema.mjs), so they return the same
    // shapes, and every argument SQLite's accepts PostgreSQL's accepts too (it only adds
    // options, such as more isolation levels, that tsc then keeps the app from using).
    const adapter = countingFactory(new PrismaPg({ connectionString: env.DATABASE_URL }));
    return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: countingFactory(new PrismaBetterSQLite3({ url: env.DATABASE_URL })) });
}

/**
 * One client per process: Next bundles server actions apart from server.ts, so a
 * module-level singleton would be created twice: it lives in the process slot (the
 * promise is kept, so two bundles loading at once still share one client).
 */
export const db: PrismaClient = await processOnce("prisma", createClient);
