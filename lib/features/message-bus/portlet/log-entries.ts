import type { useTranslations } from "next-intl";
import type { BusActivity, MessageTrailView } from "@/lib/shared/bus-views";

/** One line of the Message Bus portlet's log. */
export type LogEntry = {
  key: string;
  destination: string;
  correlationId: string;
  messageId: string;
  listener?: string;
  state: string;
  attempts?: number;
  durationMs?: number;
  at: string;
};

export const LOG_LIMIT = 100;

export function fromActivity(activity: BusActivity, index: number): LogEntry {
  return {
    key: `${activity.messageId}/${activity.listener ?? "-"}/${activity.kind}/${activity.attempt ?? 0}/${index}`,
    destination: activity.destination,
    correlationId: activity.correlationId,
    messageId: activity.messageId,
    listener: activity.listener,
    state: activity.kind,
    attempts: activity.attempt,
    durationMs: activity.durationMs === undefined ? undefined : Math.round(activity.durationMs * 10) / 10,
    at: activity.at,
  };
}

/** The stored messages the page starts with, one line per delivery, newest first. */
export function fromTrail(messages: MessageTrailView[]): LogEntry[] {
  return messages.flatMap((message) =>
    message.deliveries.map((d) => ({
      key: `${message.id}/${d.listener}/stored`,
      destination: message.destination,
      correlationId: message.correlationId,
      messageId: message.id,
      listener: d.listener,
      state: d.state,
      attempts: d.attempts,
      durationMs: d.durationMs,
      at: d.updatedAt,
    })),
  );
}

export function matchesFilter(entry: LogEntry, filter: LogFilter): boolean {
  if (filter.destination && entry.destination !== filter.destination) return false;
  const text = filter.text.trim().toLowerCase();
  return !text || entry.correlationId.toLowerCase().includes(text) || entry.messageId.toLowerCase().includes(text);
}

export type LogFilter = { destination: string; text: string };
export const NO_LOG_FILTER: LogFilter = { destination: "", text: "" };

/** The filter in words, for "No messages match …": `destination tour/roadie/setup and id “3f2a”`. */
export function describeLogFilter(filter: LogFilter, t: ReturnType<typeof useTranslations<"messageBus.panel">>): string {
  const id = filter.text.trim();
  if (filter.destination && id) return t("filterBoth", { destination: filter.destination, id });
  if (filter.destination) return t("filterDestination", { destination: filter.destination });
  return id ? t("filterId", { id }) : "";
}
