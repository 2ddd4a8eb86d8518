import { isResponderId, responderOf } from "@/lib/features/responders";
import type { ReplyKind } from "./task";

/** A reply on one of the user's own tasks, as the Notifications panel lists it. */
export type NotificationView = {
  id: string;
  taskId: string;
  taskName: string;
  /** The responder's id (a stored reply may name one no longer wired). */
  from: string;
  kind: ReplyKind;
  answer: string;
  createdAt: string;
};

/** What opening the panel answers: the unread replies (newest first, at most a page), all now read. */
export type OpenedNotifications = {
  items: NotificationView[];
  /** Unread beyond `items`, also read now. */
  more: number;
  /** What is still unread: replies that arrived after the list was read. */
  unread: number;
};

/** The panel lists this many; the rest are counted. */
export const NOTIFICATIONS_LISTED = 50;

/** One line per notification: who answered which task, and what. */
export function notificationText(item: Pick<NotificationView, "from" | "kind" | "taskName" | "answer">): string {
  const who = item.kind === "progress" ? "Roadie progress" : `${isResponderId(item.from) ? responderOf(item.from).label : item.from} replied`;
  return `${who} on “${item.taskName}”: ${item.answer}`;
}

/** The bell's accessible name: the count is part of it, so a screen reader hears it. */
export function notificationsLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : "Notifications";
}

/** The document's title with the unread count in front, as mail and chat tabs show it. */
export function titleWithCount(title: string, unread: number): string {
  const base = title.replace(/^\(\d+\)\s+/, "");
  return unread > 0 ? `(${unread}) ${base}` : base;
}
