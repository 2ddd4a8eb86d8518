/** What the Message Bus portlet shows of the bus, as plain JSON. */
import type { DeliveryRecord } from "@/lib/messaging/store/message-store";

export type BusActivityKind = "sent" | "delivered" | "failed" | "dead" | "rejected";

/** One step of a message's life: sent to a destination, or a delivery's outcome. */
export type BusActivity = {
  kind: BusActivityKind;
  messageId: string;
  destination: string;
  correlationId: string;
  /** The listener, for delivery outcomes. */
  listener?: string;
  attempt?: number;
  durationMs?: number;
  error?: string;
  at: string;
};

/** A delivery record as JSON: the same fields, its time as text. */
export type DeliveryView = Pick<DeliveryRecord, "listener" | "state" | "attempts" | "lastError" | "durationMs"> & {
  updatedAt: string;
};

/** A message with its deliveries: one line of a task's trail or of the dead-letter list. */
export type MessageTrailView = {
  id: string;
  destination: string;
  correlationId: string;
  responseDestination?: string;
  repliedBy?: string;
  /** A reply as its responder words it: "Setup: In progress", "Inventory: Reserved: 2 × Amplifier". */
  reply?: string;
  createdAt: string;
  deliveries: DeliveryView[];
};
