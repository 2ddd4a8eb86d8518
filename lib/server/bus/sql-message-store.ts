import "server-only";
import type { DeliveryRecord, DeliveryState, DeliveryUpdate, MessageStore, Rejection, StoredMessage } from "@/lib/messaging/store/message-store";
import type { Message, RejectionReason } from "@/lib/messaging/types";
import type { PrismaClient } from "../db/generated/client";
import type { BusDelivery, BusMessage } from "../db/generated/client";
import { sqliteTimestamp, type SqliteEngine } from "../db/sqlite-engine";
import type { WriteQueue } from "../db/write-queue";

const OPEN_STATES: DeliveryState[] = ["pending", "running", "failed"];

/** One pending delivery row per listener, in one statement (its text depends only on the count). */
function insertDeliveries(engine: SqliteEngine, message: Message, listeners: readonly string[]): void {
  if (listeners.length === 0) return;
  const rows = listeners.map(() => "(?, ?, 'pending', 0, ?)").join(", ");
  const at = sqliteTimestamp(message.createdAt);
  engine.run(
    `INSERT INTO "BusDelivery" ("messageId", "listener", "state", "attempts", "updatedAt") VALUES ${rows}
     ON CONFLICT ("messageId", "listener") DO NOTHING`,
    ...listeners.flatMap((listener) => [message.id, listener, at]),
  );
}

/**
 * The bus's durable log in SQLite. Writes go through the hot path's write queue
 * (prepared statements, group commit); reads (recovery, the inspector, trails) are
 * rare and stay on Prisma.
 */
export class SqlMessageStore implements MessageStore {
  constructor(
    private readonly db: PrismaClient,
    private readonly writes: WriteQueue,
  ) {}

  append(message: Message, listeners: readonly string[]): Promise<boolean> {
    return this.writes.write((engine) => {
      const stored = engine.get(
        `INSERT INTO "BusMessage" ("id", "destination", "payload", "responseDestination", "correlationId", "headers", "createdAt")
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("id") DO NOTHING RETURNING "seq"`,
        message.id,
        message.destination,
        JSON.stringify(message.payload),
        message.responseDestination ?? null,
        message.correlationId,
        JSON.stringify(message.headers),
        sqliteTimestamp(message.createdAt),
      );
      // Stored already: its delivery rows are there already, as they are.
      if (!stored) return false;
      insertDeliveries(engine, message, listeners);
      return true;
    });
  }

  /** The bus does not wait on these: a record lost in a crash only means the delivery runs again (listeners are idempotent). */
  updateDelivery(update: DeliveryUpdate): Promise<void> {
    return this.writes.write((engine) => {
      engine.run(
        `INSERT INTO "BusDelivery" ("messageId", "listener", "state", "attempts", "lastError", "nextAttemptAt", "durationMs", "updatedAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT ("messageId", "listener") DO UPDATE SET
           "state" = excluded."state", "attempts" = excluded."attempts", "lastError" = excluded."lastError",
           "nextAttemptAt" = excluded."nextAttemptAt", "durationMs" = excluded."durationMs", "updatedAt" = excluded."updatedAt"`,
        update.messageId,
        update.listener,
        update.state,
        update.attempts,
        update.lastError ?? null,
        update.nextAttemptAt ? sqliteTimestamp(update.nextAttemptAt) : null,
        update.durationMs ?? null,
        sqliteTimestamp(new Date()),
      );
    });
  }

  recordRejection(message: Message, reason: RejectionReason): Promise<void> {
    return this.writes.write((engine) => {
      engine.run(
        `INSERT INTO "BusRejection" ("messageId", "destination", "reason", "payload", "createdAt") VALUES (?, ?, ?, ?, ?)`,
        message.id,
        message.destination,
        reason,
        JSON.stringify(toRecord(message)),
        sqliteTimestamp(new Date()),
      );
    });
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
