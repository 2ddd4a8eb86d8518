import type { Message, RejectionReason } from "../types";
import type { DeliveryRecord, DeliveryUpdate, MessageStore, Rejection, StoredMessage } from "./message-store";

type Entry = { message: Message; deliveries: Map<string, DeliveryRecord> };

/** A MessageStore in process memory: for tests, and the reference the others must match. */
export class MemoryMessageStore implements MessageStore {
  /** Insertion-ordered, so "oldest first" is iteration order. */
  private readonly entries = new Map<string, Entry>();
  private readonly refused: Rejection[] = [];

  async append(message: Message, listeners: readonly string[]): Promise<boolean> {
    if (this.entries.has(message.id)) return false;
    const deliveries = new Map<string, DeliveryRecord>();
    for (const listener of listeners) {
      deliveries.set(listener, { messageId: message.id, listener, state: "pending", attempts: 0, updatedAt: new Date() });
    }
    this.entries.set(message.id, { message, deliveries });
    return true;
  }

  async updateDelivery(update: DeliveryUpdate): Promise<void> {
    const entry = this.entries.get(update.messageId);
    if (!entry) throw new Error(`updateDelivery: unknown message ${update.messageId}`);
    entry.deliveries.set(update.listener, { ...update, updatedAt: new Date() });
  }

  async recordRejection(message: Message, reason: RejectionReason): Promise<void> {
    this.refused.push({ message, reason, at: new Date() });
  }

  async rejections(limit: number): Promise<Rejection[]> {
    return this.refused.slice(-limit).reverse();
  }

  async unfinished(): Promise<StoredMessage[]> {
    return this.select((d) => d.state !== "done" && d.state !== "dead");
  }

  async deadLetters(limit: number): Promise<StoredMessage[]> {
    return this.select((d) => d.state === "dead")
      .reverse()
      .slice(0, limit);
  }

  async get(messageId: string): Promise<StoredMessage | undefined> {
    const entry = this.entries.get(messageId);
    return entry && snapshot(entry);
  }

  async trail(correlationId: string): Promise<StoredMessage[]> {
    return [...this.entries.values()].filter((e) => e.message.correlationId === correlationId).map(snapshot);
  }

  async recent(limit: number): Promise<StoredMessage[]> {
    return [...this.entries.values()].slice(-limit).reverse().map(snapshot);
  }

  private select(wanted: (delivery: DeliveryRecord) => boolean): StoredMessage[] {
    return [...this.entries.values()].filter((e) => [...e.deliveries.values()].some(wanted)).map(snapshot);
  }
}

function snapshot(entry: Entry): StoredMessage {
  return { message: entry.message, deliveries: [...entry.deliveries.values()].map((d) => ({ ...d })) };
}
