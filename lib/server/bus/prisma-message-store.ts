import "server-only";
import type { DeliveryRecord, DeliveryState, DeliveryUpdate, MessageStore, Rejection, StoredMessage } from "@/lib/messaging/store/message-store";
import type { Message, RejectionReason } from "@/lib/messaging/types";
import type { PrismaClient } from "../db/generated/client";
import type { BusDelivery, BusMessage } from "../db/generated/client";
import { GroupCommit } from "../db/group-commit";

const OPEN_STATES: DeliveryState[] = ["pending", "running", "failed"];

/** The bus's durable log in SQLite (or PostgreSQL) through Prisma, with group commit. */
export class PrismaMessageStore implements MessageStore {
  constructor(
    private readonly db: PrismaClient,
    private readonly writes: GroupCommit = new GroupCommit(db),
  ) {}

  append(message: Message, listeners: readonly string[]): Promise<boolean> {
    return this.writes.run(async (tx) => {
      if (await tx.busMessage.findUnique({ where: { id: message.id }, select: { seq: true } })) return false;
      await tx.busMessage.create({
        data: {
          id: message.id,
          destination: message.destination,
          payload: JSON.stringify(message.payload),
          responseDestination: message.responseDestination ?? null,
          correlationId: message.correlationId,
          headers: JSON.stringify(message.headers),
          createdAt: message.createdAt,
        },
      });
      await tx.busDelivery.createMany({
        data: listeners.map((listener) => ({ messageId: message.id, listener, state: "pending", attempts: 0 })),
      });
      return true;
    });
  }

  async updateDelivery(update: DeliveryUpdate): Promise<void> {
    const fields = {
      state: update.state,
      attempts: update.attempts,
      lastError: update.lastError ?? null,
      nextAttemptAt: update.nextAttemptAt ?? null,
      durationMs: update.durationMs ?? null,
    };
    await this.writes.run((tx) =>
      tx.busDelivery.upsert({
        where: { messageId_listener: { messageId: update.messageId, listener: update.listener } },
        create: { messageId: update.messageId, listener: update.listener, ...fields },
        update: fields,
      }),
    );
  }

  async recordRejection(message: Message, reason: RejectionReason): Promise<void> {
    await this.writes.run((tx) =>
      tx.busRejection.create({
        data: { messageId: message.id, destination: message.destination, reason, payload: JSON.stringify(toRecord(message)) },
      }),
    );
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
