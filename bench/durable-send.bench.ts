/**
 * 2. Durable send: what `bus.send` costs when the message must be in SQLite before it
 * resolves (the server's store: prepared statements, group commit), against raw
 * better-sqlite3 writing the same rows
 * — the message and one delivery row per listener — in the same run, same settings;
 * then the same store on PostgreSQL (127.0.0.1:5432), as a server with
 * DATABASE_URL=postgresql://… runs it.
 */
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import { migratePostgres } from "../lib/node/postgres-migrate.mjs";
import { MessageBus } from "../lib/messaging/message-bus";
import type { Route } from "../lib/messaging/types";
import { SqlMessageStore } from "../lib/server/bus/sql-message-store";
import { PrismaClient } from "../lib/server/db/generated/client";
import { PrismaClient as PostgresPrismaClient } from "../lib/server/db/generated-postgres/client";
import { COMMIT_ORDER_LOCK, openPgEngine } from "../lib/server/db/postgres/pg-engine";
import { createTestDatabase } from "../lib/server/db/postgres/test-database";
import { openSqliteEngine } from "../lib/server/db/sqlite-engine";
import { WriteQueue } from "../lib/server/db/write-queue";
import { measureRates, type Rate } from "./lib/rate";
import { freshMigratedDatabase } from "./lib/scratch-db";
import type { BenchOptions, SuiteReport } from "./lib/types";

/** Makes message `i` durable; resolves once it is stored. */
export type DurableSend = (i: number) => Promise<unknown>;

export type DurableCandidate = {
  send: DurableSend;
  /** Messages one call stores (100 for a batch), so rates are per message. */
  messagesPerCall?: number;
};

/**
 * Measures each candidate's messages/s with tinybench, one after the other in the
 * same process. Every message gets a fresh `i` (a batch gets i..i+n-1), so ids never collide.
 */
export async function measureDurableSend(
  candidates: Record<string, DurableCandidate>,
  options: { timeMs: number },
): Promise<Record<string, Rate>> {
  const rates: Record<string, Rate> = {};
  let next = 0;
  for (const [name, candidate] of Object.entries(candidates)) {
    const per = candidate.messagesPerCall ?? 1;
    const measured = await measureRates(
      { [name]: () => candidate.send((next += per) - per) },
      { timeMs: options.timeMs, unitsPerCall: per },
    );
    rates[name] = measured[name]!;
  }
  return rates;
}

const CONCURRENT = 100;
const LISTENERS = ["setup", "inventory"];
const RAW = "raw better-sqlite3: message + 2 delivery rows, one transaction";
const SEQUENTIAL = "tourbus bus.send, one at a time";
const GROUPED = `tourbus bus.send, ${CONCURRENT} senders at once (group commit)`;
const PG_SEQUENTIAL = "PostgreSQL: tourbus bus.send, one at a time";
const PG_GROUPED = `PostgreSQL: tourbus bus.send, ${CONCURRENT} senders at once (group commit)`;

function payload(i: number) {
  return {
    name: `Stack the amps #${i}`,
    description: "Two Marshall stacks, stage left",
    status: "Open",
    responseDestinationName: "tour/manager/task",
  };
}

/** The server's settings (lib/server/db/prepare-database.ts), on both sides. */
const PRAGMAS = ["journal_mode = WAL", "synchronous = NORMAL"];

export async function runDurableSend(options: BenchOptions): Promise<SuiteReport> {
  const run = crypto.randomUUID();
  const storeFile = freshMigratedDatabase("durable-store.db");
  const rawFile = freshMigratedDatabase("durable-raw.db");

  // Prisma only for the store's rare reads (recovery, the inspector); writes go through the engine.
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:./${storeFile}` }) });
  // As the server runs it in production (no per-transaction turn check).
  const engine = openSqliteEngine(`file:./${storeFile}`, { checkTurns: false });
  // Listeners that do nothing: the cost measured is the log's, delivery records included.
  const idle = LISTENERS.map((name) => ({ name, receive: () => undefined }));
  const bus = new MessageBus<{ "tour/roadie/setup": Route }>({
    destinations: { "tour/roadie/setup": { type: "serial", listeners: idle, maxQueueSize: 1_000_000 } },
    store: new SqlMessageStore(prisma, new WriteQueue(engine)),
  });

  // The same store on PostgreSQL: the server's pool and commit-order lock, in a database of its own (dropped after).
  const pgDatabase = await createTestDatabase();
  await migratePostgres({ connectionString: pgDatabase.url, migrationsDir: path.resolve("prisma/postgresql/migrations") });
  const pgPrisma = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: pgDatabase.url }) });
  const pgEngine = openPgEngine(pgDatabase.url, { commitOrderLock: COMMIT_ORDER_LOCK });
  const pgBus = new MessageBus<{ "tour/roadie/setup": Route }>({
    destinations: { "tour/roadie/setup": { type: "serial", listeners: idle, maxQueueSize: 1_000_000 } },
    // Typed as the SQLite client, as lib/server/db/client.ts does: both come from one schema.
    store: new SqlMessageStore(pgPrisma as unknown as PrismaClient, new WriteQueue(pgEngine)),
  });

  const raw = new Database(rawFile);
  for (const pragma of PRAGMAS) raw.pragma(pragma);
  const insertMessage = raw.prepare(
    `INSERT INTO "BusMessage" (id, destination, payload, responseDestination, correlationId, headers, createdAt)
     VALUES (@id, @destination, @payload, @responseDestination, @id, '{}', @createdAt)`,
  );
  const insertDelivery = raw.prepare(
    `INSERT INTO "BusDelivery" (messageId, listener, state, attempts, updatedAt) VALUES (?, ?, 'pending', 0, ?)`,
  );
  const rawSend = raw.transaction((i: number) => {
    const id = `${run}-${i}`;
    const now = new Date().toISOString();
    insertMessage.run({
      id,
      destination: "tour/roadie/setup",
      payload: JSON.stringify(payload(i)),
      responseDestination: "tour/manager/task",
      createdAt: now,
    });
    for (const listener of LISTENERS) insertDelivery.run(id, listener, now);
  });

  try {
    const rates = await measureDurableSend(
      {
        [RAW]: { send: async (i) => rawSend(i) },
        [SEQUENTIAL]: { send: (i) => bus.send("tour/roadie/setup", payload(i)) },
        [GROUPED]: {
          send: (i) => Promise.all(Array.from({ length: CONCURRENT }, (_, k) => bus.send("tour/roadie/setup", payload(i + k)))),
          messagesPerCall: CONCURRENT,
        },
        [PG_SEQUENTIAL]: { send: (i) => pgBus.send("tour/roadie/setup", payload(i)) },
        [PG_GROUPED]: {
          send: (i) => Promise.all(Array.from({ length: CONCURRENT }, (_, k) => pgBus.send("tour/roadie/setup", payload(i + k)))),
          messagesPerCall: CONCURRENT,
        },
      },
      { timeMs: options.quick ? 300 : 2000 },
    );
    await Promise.all([bus.idle(), pgBus.idle()]);
    for (const [name, rate] of Object.entries(rates)) options.log(`  ${name}: ${Math.round(rate.perSecond)} msg/s`);
    const rawRate = rates[RAW]!.perSecond;
    return {
      title: "2. Durable send (tourbus bus.send through its store: SQLite vs raw better-sqlite3, and on PostgreSQL)",
      results: [
        ...Object.entries(rates).map(([name, rate]) => ({
          name,
          value: rate.perSecond,
          unit: "msg/s",
          note: `±${rate.rme.toFixed(1)}% (${rate.calls} calls)`,
        })),
        {
          name: "bus.send with group commit ÷ raw insert",
          value: rates[GROUPED]!.perSecond / rawRate,
          unit: "ratio",
        },
        {
          name: "bus.send one at a time ÷ raw insert",
          value: rates[SEQUENTIAL]!.perSecond / rawRate,
          unit: "ratio",
          note: "no batching possible: each send waits for its own commit",
        },
      ],
      notes: [
        "tinybench, one candidate after another in one process, each on its own fresh SQLite file under `data/bench/` with the app's migrations and the server's settings (`journal_mode=WAL`, `synchronous=NORMAL`).",
        'The rows are the ones a durable send writes: a `BusMessage` and a pending `BusDelivery` per listener (two). tourbus also writes each delivery\'s "done" behind the work (its listeners here do nothing), so it does more than the raw side.',
        "The PostgreSQL rows: the same store and write queue on PostgreSQL 15 at 127.0.0.1 (a fresh database per run, migrated by the app's runner), through the hot path's pipelined pool with its commit-order lock, as a server with `DATABASE_URL=postgresql://…` runs it; PostgreSQL's own settings as installed (fsync on, synchronous_commit on).",
        `The group-commit row: ${CONCURRENT} sends asked for together share one transaction (lib/server/db/write-queue.ts); a lone send pays a transaction of its own. No target here: issue 10's goals are end to end (suite 6); this row shows where the store stands.`,
      ],
    };
  } finally {
    bus.close();
    pgBus.close();
    raw.close();
    await Promise.all([engine.close(), pgEngine.close(), prisma.$disconnect(), pgPrisma.$disconnect()]);
    await pgDatabase.drop();
  }
}
