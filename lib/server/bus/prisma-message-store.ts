import "server-only";
import type { DeliveryRecord, DeliveryState, DeliveryUpdate, MessageStore, Rejection, StoredMessage } from "@/lib/messaging/store/message-store";
import type { Message, RejectionReason } from "@/lib/messaging/types";
import type { PrismaClient } from "../db/generated/client";
import type { BusDelivery, BusMessage } from "../db/generated/client";
import type { BatchKind, BatchWriter } from "../db/batch-writer";

const OPEN_STATES: DeliveryState[] = ["pending", "running", "failed"];

type Append = { message: Message; listeners: readonly string[] };

/** Appends in a batch: one look-up for ids already stored, two inserts for the rest. */
const appendMessages: BatchKind<Append, boolean> = {
  name: "append messages",
  order: 0,
  async write(tx, items) {
    const ids = items.map((i) => i.message.id);
    const stored = await tx.busMessage.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const taken = new Set(stored.map((row) => row.id));
    const fresh = items.filter(({ message }) => !taken.has(message.id) && (taken.add(message.id), true));
    if (fresh.length > 0) {
      await tx.busMessage.createMany({ data: fresh.map(({ message }) => toRow(message)) });
      await tx.busDelivery.createMany({
        data: fresh.flatMap(({ message, listeners }) =>
          listeners.map((listener) => ({ messageId: message.id, listener, state: "pending", attempts: 0 })),
        ),
      });
    }
    return items.map((item) => fresh.includes(item));
  },
};

/** Delivery updates in a batch: the last word per delivery, as delete + insert (an upsert in two statements). */
const updateDeliveries: BatchKind<DeliveryUpdate, void> = {
  name: "update deliveries",
  order: 1,
  async write(tx, items) {
    const latest = new Map<string, DeliveryUpdate>();
    for (const update of items) latest.set(`${update.messageId}\u0000${update.listener}`, update);
    const updates = [...latest.values()];
    await tx.busDelivery.deleteMany({
      where: { OR: updates.map(({ messageId, listener }) => ({ messageId, listener })) },
    });
    const now = new Date();
    await tx.busDelivery.createMany({
      data: updates.map((u) => ({
        messageId: u.messageId,
        listener: u.listener,
        state: u.state,
        attempts: u.attempts,
        lastError: u.lastError ?? null,
        nextAttemptAt: u.nextAttemptAt ?? null,
        durationMs: u.durationMs ?? null,
        updatedAt: now,
      })),
    });
    return items.map(() => undefined);
  },
};

type Refusal = { message: Message; reason: RejectionReason };

const recordRejections: BatchKind<Refusal, void> = {
  name: "record rejections",
  order: 2,
  async write(tx, items) {
    await tx.busRejection.createMany({
      data: items.map(({ message, reason }) => ({
        messageId: message.id,
        destination: message.destination,
        reason,
        payload: JSON.stringify(toRecord(message)),
      })),
    });
    return items.map(() => undefined);
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
