import type { Message, RejectionReason } from "../types";

export type DeliveryState = "pending" | "running" | "done" | "failed" | "dead";

/** One (message, listener) pair: its state and how often it was tried. */
export type DeliveryRecord = {
  messageId: string;
  listener: string;
  state: DeliveryState;
  attempts: number;
  lastError?: string;
  /** When a failed delivery is due again. */
  nextAttemptAt?: Date;
  durationMs?: number;
  updatedAt: Date;
};

export type DeliveryUpdate = Omit<DeliveryRecord, "updatedAt">;

export type StoredMessage = { message: Message; deliveries: DeliveryRecord[] };

export type Rejection = { message: Message; reason: RejectionReason; at: Date };

/**
 * The durable log behind the bus. The bus writes a message before `send` resolves
 * and each delivery's progress after; on start it reads back what was unfinished.
 * Implementations: in memory (tests), Prisma (SQLite/PostgreSQL); a Redis Streams
 * transport can implement the same contract. All pass one conformance suite
 * (message-store.conformance.ts).
 */
export type MessageStore = {
  /**
   * Records a message with one pending delivery per listener. Resolves true once it is
   * durable, or false when a message with that id is stored already (nothing changes).
   */
  append(message: Message, listeners: readonly string[]): Promise<boolean>;
  /** Records a delivery's new state; unknown (message, listener) pairs are created. */
  updateDelivery(update: DeliveryUpdate): Promise<void>;
  /** Records a message the bus refused or could hand to nobody. */
  recordRejection(message: Message, reason: RejectionReason): Promise<void>;
  /** Refused messages, newest first. */
  rejections(limit: number): Promise<Rejection[]>;
  /** Messages with a delivery not yet done or dead, oldest first, with all their deliveries. */
  unfinished(): Promise<StoredMessage[]>;
  /** Dead deliveries with their messages, newest first. */
  deadLetters(limit: number): Promise<StoredMessage[]>;
  get(messageId: string): Promise<StoredMessage | undefined>;
  /** A conversation: the messages sharing a correlation id (a request and its replies), oldest first. */
  trail(correlationId: string): Promise<StoredMessage[]>;
  /** The newest messages with their deliveries, newest first. */
  recent(limit: number): Promise<StoredMessage[]>;
};
