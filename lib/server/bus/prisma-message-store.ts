import "server-only";
import type { DeliveryRecord, DeliveryState, DeliveryUpdate, MessageStore, Rejection, StoredMessage } from "@/lib/messaging/store/message-store";
import type { Message, RejectionReason } from "@/lib/messaging/types";
import { Prisma, type PrismaClient } from "../db/generated/client";
import type { BusDelivery, BusMessage } from "../db/generated/client";
import type { BatchKind, BatchWriter, Statement } from "../db/batch-writer";

const OPEN_STATES: DeliveryState[] = ["pending", "running", "failed"];

type Append = { message: Message; listeners: readonly string[] };

/** Rows per statement: well under SQLite's limit on bound parameters. */
const CHUNK = 400;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Prisma's own text form of a DateTime in SQLite, so raw writes read back the same. */
function timestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/*
 * The two hot kinds below are multi-row SQL through Prisma ($queryRaw/$executeRaw,
 * parameters bound) rather than createMany/upsert: Prisma's query building costs
 * more CPU per row than SQLite's work, and this is the bus's hot path. `ON CONFLICT`
 * and `RETURNING` are spelled the same in SQLite and PostgreSQL.
 */

/** Appends in a batch: messages inserted unless stored already, with their pending deliveries. */
const appendMessages: BatchKind<Append, boolean> = {
  name: "append messages",
  order: 0,
  plan(db, items) {
    const messages = chunks(items).map((part) => {
      const values = part.map(({ message: m }) => {
        const r = toRow(m);
        return Prisma.sql`(${r.id}, ${r.destination}, ${r.payload}, ${r.responseDestination}, ${r.correlationId}, ${r.headers}, ${timestamp(m.createdAt)})`;
      });
      return db.$queryRaw<{ id: string }[]>`
        INSERT INTO "BusMessage" ("id", "destination", "payload", "responseDestination", "correlationId", "headers", "createdAt")
        VALUES ${Prisma.join(values)} ON CONFLICT ("id") DO NOTHING RETURNING "id"`;
    });
    // A message stored already has its delivery rows already: DO NOTHING keeps them as they are.
    const rows = items.flatMap(({ message, listeners }) =>
      listeners.map((listener) => Prisma.sql`(${message.id}, ${listener}, 'pending', 0, ${timestamp(message.createdAt)})`),
    );
    const deliveries = chunks(rows).map(
      (part) => db.$executeRaw`
        INSERT INTO "BusDelivery" ("messageId", "listener", "state", "attempts", "updatedAt")
        VALUES ${Prisma.join(part)} ON CONFLICT ("messageId", "listener") DO NOTHING`,
    );
    return {
      statements: [...messages, ...deliveries] as Statement[],
      answer(results) {
        const fresh = new Set((results.slice(0, messages.length) as { id: string }[][]).flat().map((row) => row.id));
        // The first item with a newly stored id owns it; a repeat in the same batch is not new.
        return items.map(({ message }) => fresh.delete(message.id));
      },
    };
  },
};

/** Delivery updates in a batch: the last word per delivery, one upsert statement per chunk. */
const updateDeliveries: BatchKind<DeliveryUpdate, void> = {
  name: "update deliveries",
  order: 1,
  plan(db, items) {
    const latest = new Map<string, DeliveryUpdate>();
    for (const update of items) latest.set(`${update.messageId}\u0000${update.listener}`, update);
    const now = timestamp(new Date());
    const statements = chunks([...latest.values()]).map((part) => {
      const values = part.map(
        (u) =>
          Prisma.sql`(${u.messageId}, ${u.listener}, ${u.state}, ${u.attempts}, ${u.lastError ?? null}, ${
            u.nextAttemptAt ? timestamp(u.nextAttemptAt) : null
          }, ${u.durationMs ?? null}, ${now})`,
      );
      return db.$executeRaw`
        INSERT INTO "BusDelivery" ("messageId", "listener", "state", "attempts", "lastError", "nextAttemptAt", "durationMs", "updatedAt")
        VALUES ${Prisma.join(values)}
        ON CONFLICT ("messageId", "listener") DO UPDATE SET
          "state" = excluded."state", "attempts" = excluded."attempts", "lastError" = excluded."lastError",
          "nextAttemptAt" = excluded."nextAttemptAt", "durationMs" = excluded."durationMs", "updatedAt" = excluded."updatedAt"`;
    });
    return { statements, answer: () => items.map(() => undefined) };
  },
};

type Refusal = { message: Message; reason: RejectionReason };

const recordRejections: BatchKind<Refusal, void> = {
  name: "record rejections",
  order: 2,
  plan(db, items) {
    const statement = db.busRejection.createMany({
      data: items.map(({ message, reason }) => ({
        messageId: message.id,
        destination: message.destination,
        reason,
        payload: JSON.stringify(toRecord(message)),
      })),
    });
    return { statements: [statement as unknown as Statement], answer: () => items.map(() => undefined) };
  },
};

/**
 * The bus's durable log in SQLite (or PostgreSQL) through Prisma. Writes go through
 * the shared batch writer: rows asked for together are committed together.
 */
export class PrismaMessageStore implements MessageStore {
  constructor(
    private readonly db: PrismaClient,
    private readonly writes: BatchWriter,
  ) {}

  append(message: Message, listeners: readonly string[]): Promise<boolean> {
    return this.writes.write(appendMessages, { message, listeners });
  }

  updateDelivery(update: DeliveryUpdate): Promise<void> {
    return this.writes.write(updateDeliveries, update);
  }

  recordRejection(message: Message, reason: RejectionReason): Promise<void> {
    return this.writes.write(recordRejections, { message, reason });
  }

  async rejections(limit: number): Promise<Rejection[]> {
    const rows = await this.db.busRejection.findMany({ orderBy: { id: "desc" }, take: limit });
    return rows.map((row) => ({
      message: fromRecord(JSON.parse(row.payload) as MessageRecord),
      reason: row.reason as RejectionReason,
      at: row.createdAt,
    }));
  }

  async unfinished(): Promise<StoredMessage[]> {
    const rows = await this.db.busMessage.findMany({
      where: { deliveries: { some: { state: { in: OPEN_STATES } } } },
      include: { deliveries: true },
      orderBy: { seq: "asc" },
    });
    return rows.map(toStored);
  }

  async deadLetters(limit: number): Promise<StoredMessage[]> {
    const rows = await this.db.busMessage.findMany({
      where: { deliveries: { some: { state: "dead" } } },
      include: { deliveries: true },
      orderBy: { seq: "desc" },
      take: limit,
    });
    return rows.map(toStored);
  }

  async trail(correlationId: string): Promise<StoredMessage[]> {
    const rows = await this.db.busMessage.findMany({
      where: { correlationId },
      include: { deliveries: true },
      orderBy: { seq: "asc" },
    });
    return rows.map(toStored);
  }

  async recent(limit: number): Promise<StoredMessage[]> {
    const rows = await this.db.busMessage.findMany({ include: { deliveries: true }, orderBy: { seq: "desc" }, take: limit });
    return rows.map(toStored);
  }

  async get(messageId: string): Promise<StoredMessage | undefined> {
    const row = await this.db.busMessage.findUnique({ where: { id: messageId }, include: { deliveries: true } });
    return row ? toStored(row) : undefined;
  }
}

type MessageRecord = Omit<Message, "createdAt"> & { createdAt: string };

function toRow(message: Message) {
  return {
    id: message.id,
    destination: message.destination,
    payload: JSON.stringify(message.payload),
    responseDestination: message.responseDestination ?? null,
    correlationId: message.correlationId,
    headers: JSON.stringify(message.headers),
    createdAt: message.createdAt,
  };
}

function toRecord(message: Message): MessageRecord {
  return { ...message, createdAt: message.createdAt.toISOString() };
}

function fromRecord(record: MessageRecord): Message {
  return { ...record, createdAt: new Date(record.createdAt) };
}

function toStored(row: BusMessage & { deliveries: BusDelivery[] }): StoredMessage {
  const message: Message = {
    id: row.id,
    destination: row.destination,
    payload: JSON.parse(row.payload) as unknown,
    ...(row.responseDestination ? { responseDestination: row.responseDestination } : {}),
    correlationId: row.correlationId,
    headers: JSON.parse(row.headers) as Record<string, string>,
    createdAt: row.createdAt,
  };
  return { message, deliveries: row.deliveries.map(toDelivery) };
}

function toDelivery(row: BusDelivery): DeliveryRecord {
  return {
    messageId: row.messageId,
    listener: row.listener,
    state: row.state as DeliveryState,
    attempts: row.attempts,
    ...(row.lastError !== null ? { lastError: row.lastError } : {}),
    ...(row.nextAttemptAt !== null ? { nextAttemptAt: row.nextAttemptAt } : {}),
    ...(row.durationMs !== null ? { durationMs: row.durationMs } : {}),
    updatedAt: row.updatedAt,
  };
}
