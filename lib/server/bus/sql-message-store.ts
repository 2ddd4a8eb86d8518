import "server-only";
import type {
  DeliveryRecord,
  DeliveryState,
  DeliveryUpdate,
  MessageStore,
  Rejection,
  StoredMessage,
} from "@/lib/messaging/store/message-store";
import type { Message, RejectionReason } from "@/lib/messaging/types";
import type { PrismaClient } from "../db/generated/client";
import type { BusDelivery, BusMessage } from "../db/generated/client";
import type { DeferredRows } from "../db/sql-tx";
import type { WriteQueue } from "../db/write-queue";
import { insertMessage, insertPendingDeliveries, insertRejection, upsertDeliveries } from "./bus.sql";

const OPEN_STATES: DeliveryState[] = ["pending", "running", "failed"];

type PendingDelivery = { messageId: string; listener: string; at: Date };

/** Rows per statement: well under SQLite's limit on bound parameters (and PostgreSQL's 65,535). */
const CHUNK = 400;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** A transaction's new messages' pending delivery rows, one statement per chunk (after the messages they belong to). */
const pendingDeliveries: DeferredRows<PendingDelivery> = {
  name: "pending deliveries",
  order: 0,
  async write(tx, rows) {
    for (const part of chunks(rows)) {
      const { statement, params } = insertPendingDeliveries.bind(part.map((row) => [row.messageId, row.listener, row.at]));
      await tx.run(statement, ...params);
    }
  },
};

/** A transaction's delivery records: the last word per delivery, one upsert per chunk (after the rows they update). */
const deliveryUpdates: DeferredRows<DeliveryUpdate> = {
  name: "delivery updates",
  order: 1,
  async write(tx, rows) {
    const latest = new Map<string, DeliveryUpdate>();
    for (const update of rows) latest.set(`${update.messageId}\u0000${update.listener}`, update);
    const now = new Date();
    for (const part of chunks([...latest.values()])) {
      const { statement, params } = upsertDeliveries.bind(
        part.map((u) => [
          u.messageId,
          u.listener,
          u.state,
          u.attempts,
          u.lastError ?? null,
          u.nextAttemptAt ?? null,
          u.durationMs ?? null,
          now,
        ]),
      );
      await tx.run(statement, ...params);
    }
  },
};

/**
 * The bus's durable log in the database (SQLite or PostgreSQL). Writes go through the
 * hot path's write queue (prepared statements, group commit); reads (recovery, the
 * inspector, trails) are rare and stay on Prisma.
 */
export class SqlMessageStore implements MessageStore {
  constructor(
    private readonly db: PrismaClient,
    private readonly writes: WriteQueue,
  ) {}

  append(message: Message, listeners: readonly string[]): Promise<boolean> {
    return this.writes.write(async (tx) => {
      const stored = await tx.get(
        insertMessage,
        message.id,
        message.destination,
        JSON.stringify(message.payload),
        message.responseDestination ?? null,
        message.correlationId,
        JSON.stringify(message.headers),
        message.createdAt,
      );
      // Stored already: its delivery rows are there already, as they are.
      if (!stored) return false;
      const at = message.createdAt;
      for (const listener of listeners) tx.defer(pendingDeliveries, { messageId: message.id, listener, at });
      return true;
    });
  }

  /** The bus does not wait on these: a record lost in a crash only means the delivery runs again (listeners are idempotent). */
  updateDelivery(update: DeliveryUpdate): Promise<void> {
    return this.writes.write(async (tx) => tx.defer(deliveryUpdates, update));
  }

  recordRejection(message: Message, reason: RejectionReason): Promise<void> {
    return this.writes.write(async (tx) => {
      await tx.run(insertRejection, message.id, message.destination, reason, JSON.stringify(toRecord(message)), new Date());
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
    return this.withDeliveryIn(OPEN_STATES, "asc");
  }

  async deadLetters(limit: number): Promise<StoredMessage[]> {
    return (await this.withDeliveryIn(["dead"], "desc")).slice(0, limit);
  }

  /**
   * The messages with a delivery in one of `states`, in send order. Found from
   * BusDelivery(state) first, then by id: Prisma's `deliveries: { some }` is a correlated
   * EXISTS that SQLite answers by walking the whole log (seconds at a million tasks,
   * on every start and every portal page), where these read only the open or dead ones.
   */
  private async withDeliveryIn(states: DeliveryState[], order: "asc" | "desc"): Promise<StoredMessage[]> {
    const found = await this.db.busDelivery.findMany({
      where: { state: { in: states } },
      select: { messageId: true },
      distinct: ["messageId"],
    });
    const parts = await Promise.all(
      chunks(found.map((row) => row.messageId)).map((ids) =>
        this.db.busMessage.findMany({ where: { id: { in: ids } }, include: { deliveries: true } }),
      ),
    );
    const rows = parts.flat().sort((a, b) => (order === "asc" ? a.seq - b.seq : b.seq - a.seq));
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
