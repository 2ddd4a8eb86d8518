
/** A reply on one of the user's own tasks, as the Notifications panel lists it. */
export type NotificationView = {
  id: string;
  taskId: string;
  taskName: string;
  /** The responder's id (a stored reply may name one no longer wired). */
  from: string;
  /** The responder's word for the reply ("ack", "answer", "progress", …). */
  kind: string;
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

/**
 * One line per notification: who answered which task, and what. `who` is the
 * responder's own heading for the reply ("Inventory replied", "Roadie progress"; see
 * replyHeading in lib/features/registry.ts).
 */
export function notificationText(item: Pick<NotificationView, "taskName" | "answer"> & { who: string }): string {
  return `${item.who} on “${item.taskName}”: ${item.answer}`;
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
