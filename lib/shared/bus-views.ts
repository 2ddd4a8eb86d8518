/** What the Message Bus portlet shows of the bus, as plain JSON. */

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

export type DeliveryView = {
  listener: string;
  state: "pending" | "running" | "done" | "failed" | "dead";
  attempts: number;
  lastError?: string;
  durationMs?: number;
  updatedAt: string;
};

/** A message with its deliveries: one line of a task's trail or of the dead-letter list. */
export type MessageTrailView = {
  id: string;
  destination: string;
  correlationId: string;
  responseDestination?: string;
  repliedBy?: string;
  createdAt: string;
  deliveries: DeliveryView[];
};
