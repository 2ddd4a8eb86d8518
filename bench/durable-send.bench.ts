/**
 * 2. Durable send: what it costs to make a message durable on SQLite through Prisma,
 * against raw better-sqlite3 inserting the same row, in the same run.
 *
 * The seam: `measureDurableSend` takes any `send(i)` and reports its rate, so the
 * real durable `bus.send` can be measured the moment it exists.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "../lib/server/db/generated/client";
import { measureRates, type Rate } from "./lib/rate";
import { freshMigratedDatabase } from "./lib/scratch-db";
import type { BenchOptions, SuiteReport } from "./lib/types";

/** Makes message `i` durable; resolves once it is stored. */
export type DurableSend = (i: number) => Promise<unknown>;

export type DurableCandidate = {
  send: DurableSend;
  /** Messages one call stores (100 for a batched insert), so rates are per message. */
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
  // One counter for all candidates: they may share a database, so `i` is unique per process.
  let next = 0;
  // One tinybench run per candidate: batch sizes differ, and rates are per message.
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

const BATCH = 100;

/** The row a durable bus would write per message: the shape of the UndeliveredMessage log. */
function row(i: number, run: string) {
  return {
    id: `${run}-${i}`,
    destination: "tour/roadie/setup",
    payload: JSON.stringify({
      name: `Stack the amps #${i}`,
      description: "Two Marshall stacks, stage left",
      status: "Open",
      responseDestinationName: "tour/manager/task",
    }),
    reason: "bench",
    createdAt: new Date(),
  };
}

export async function runDurableSend(options: BenchOptions): Promise<SuiteReport> {
  const run = crypto.randomUUID();
  // Separate fresh files, so neither side inherits the other's pages or journal.
  const prismaFile = freshMigratedDatabase("durable-prisma.db");
  const rawFile = freshMigratedDatabase("durable-raw.db");
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:./${prismaFile}` }) });
  await prisma.$connect();
  // Same SQLite defaults as Prisma's adapter opens with (rollback journal, synchronous=FULL).
  const raw = new Database(rawFile);
  const insert = raw.prepare(
    'INSERT INTO "UndeliveredMessage" (id, destination, payload, reason, createdAt) VALUES (@id, @destination, @payload, @reason, @createdAt)',
  );
  const insertMany = raw.transaction((first: number) => {
    for (let i = first; i < first + BATCH; i++) insert.run({ ...row(i, run), createdAt: new Date().toISOString() });
  });
  const range = (first: number) => Array.from({ length: BATCH }, (_, k) => row(first + k, run));

  try {
    const rates = await measureDurableSend(
      {
        "raw better-sqlite3 insert": {
          send: async (i) => insert.run({ ...row(i, run), createdAt: new Date().toISOString() }),
        },
        // TODO(durable store): measure `getBus().send(...)` here once the lead's durable
        // message store is merged from main; this branch has no store yet, so a Prisma
        // create of the row such a store writes per message stands in for it.
        "Prisma create (stand-in for durable bus.send)": {
          send: (i) => prisma.undeliveredMessage.create({ data: row(i, run) }),
        },
        [`raw better-sqlite3, ${BATCH} inserts per transaction`]: {
          send: async (i) => insertMany(i),
          messagesPerCall: BATCH,
        },
        [`Prisma createMany of ${BATCH}`]: {
          send: (i) => prisma.undeliveredMessage.createMany({ data: range(i) }),
          messagesPerCall: BATCH,
        },
        [`Prisma $transaction of ${BATCH} creates`]: {
          send: (i) => prisma.$transaction(range(i).map((data) => prisma.undeliveredMessage.create({ data }))),
          messagesPerCall: BATCH,
        },
      },
      { timeMs: options.quick ? 300 : 2000 },
    );
    for (const [name, rate] of Object.entries(rates)) options.log(`  ${name}: ${Math.round(rate.perSecond)} msg/s`);
    const wal = await measureWal(options, run);
    const rawRate = rates["raw better-sqlite3 insert"]!.perSecond;
    const results = Object.entries(rates).map(([name, rate]) => ({
      name,
      value: rate.perSecond,
      unit: "msg/s",
      note: `±${rate.rme.toFixed(1)}% (${rate.calls} calls)`,
    }));
    const single = rates["Prisma create (stand-in for durable bus.send)"]!.perSecond;
    const batched = rates[`Prisma createMany of ${BATCH}`]!.perSecond;
    return {
      title: "2. Durable send (SQLite: Prisma vs raw better-sqlite3)",
      results: [
        ...results,
        { name: "Prisma create ÷ raw insert", value: single / rawRate, unit: "ratio", target: { op: ">=", bound: 0.25 } },
        { name: `Prisma createMany of ${BATCH} ÷ raw single insert`, value: batched / rawRate, unit: "ratio", note: "what group commit buys" },
        { name: "WAL + synchronous=NORMAL: raw insert", value: wal.raw, unit: "msg/s" },
        { name: "WAL + synchronous=NORMAL: Prisma create", value: wal.prisma, unit: "msg/s" },
        { name: "WAL + synchronous=NORMAL: Prisma ÷ raw", value: wal.prisma / wal.raw, unit: "ratio", note: "Prisma's own CPU cost, once fsync no longer dominates" },
      ],
      notes: [
        "tinybench, one candidate after another in one process; each on its own fresh SQLite file under `data/bench/`, schema from `prisma/migrations`, SQLite defaults on both sides (rollback journal, `synchronous=FULL`: one fsync per commit).",
        "The WAL rows repeat the single-insert pair with `journal_mode=WAL, synchronous=NORMAL` on both sides (no fsync per commit): the settings a durable store would likely choose, and where Prisma's per-query overhead shows.",
        "Row: the `UndeliveredMessage` table (id, destination, JSON payload ~150 B, reason, createdAt), the shape a durable message log writes. The bus's durable `send` does not exist on this branch yet: the Prisma `create` stands in for it (see the TODO in `bench/durable-send.bench.ts`).",
      ],
    };
  } finally {
    raw.close();
    await prisma.$disconnect();
  }
}

/** The single-insert pair again with WAL and synchronous=NORMAL on both sides. */
async function measureWal(options: BenchOptions, run: string): Promise<{ raw: number; prisma: number }> {
  const prismaFile = freshMigratedDatabase("durable-prisma-wal.db");
  const rawFile = freshMigratedDatabase("durable-raw-wal.db");
  const raw = new Database(rawFile);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  const insert = raw.prepare(
    'INSERT INTO "UndeliveredMessage" (id, destination, payload, reason, createdAt) VALUES (@id, @destination, @payload, @reason, @createdAt)',
  );
  const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:./${prismaFile}` }) });
  // PRAGMAs return a row, so they go through $queryRawUnsafe; synchronous is per connection.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  try {
    const rates = await measureDurableSend(
      {
        raw: { send: async (i) => insert.run({ ...row(i, `${run}-wal`), createdAt: new Date().toISOString() }) },
        prisma: { send: (i) => prisma.undeliveredMessage.create({ data: row(i, `${run}-wal`) }) },
      },
      { timeMs: options.quick ? 300 : 2000 },
    );
    options.log(`  WAL: raw ${Math.round(rates.raw!.perSecond)} msg/s, Prisma ${Math.round(rates.prisma!.perSecond)} msg/s`);
    return { raw: rates.raw!.perSecond, prisma: rates.prisma!.perSecond };
  } finally {
    raw.close();
    await prisma.$disconnect();
  }
}
