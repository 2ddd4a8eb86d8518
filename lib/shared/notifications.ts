import { isProblemStanding } from "./task-status";
import type { FeatureText } from "./i18n/feature-text";
import type { ReplyView } from "./task";

/** A reply on one of the user's own tasks, as the Notifications panel lists it. */
export type NotificationView = {
  id: string;
  taskId: string;
  taskName: string;
  /** The responder's id (a stored reply may name one no longer wired). */
  from: string;
  /** The responder's word for the reply ("ack", "answer", "progress", …). */
  kind: string;
  /** Its English; `text`, the same in the catalogue's words (ReplyView). */
  answer: string;
  text?: FeatureText;
  createdAt: string;
  /** Needs the manager: a block or gear that is short (isProblem). */
  problem: boolean;
};

/**
 * What opening the panel answers: the unread replies, newest first, problems apart from
 * routine answers (each at most a page), all now read.
 */
export type OpenedNotifications = {
  problems: NotificationView[];
  routine: NotificationView[];
  /** Unread beyond the lists, also read now. */
  more: { problems: number; routine: number };
  /** What is still unread: problems that arrived after the list was read. */
  unread: number;
};

/** A problem on one of the user's tasks that just arrived, for a toast. */
export type ProblemNotice = { replyId: string; taskId: string; taskName: string } & Pick<ReplyView, "answer" | "text">;

/** The panel lists this many problems, and this many routine answers; the rest are counted. */
export const NOTIFICATIONS_LISTED = { problems: 50, routine: 20 } as const;
/** The badge shows at most this; more reads "99+" (the accessible name keeps the number). */
export const BADGE_MAX = 99;

/**
 * A reply that needs the manager — one its responder says moves the task to a standing
 * that needs them (a roadie's block, gear the inventory could not reserve) — as opposed
 * to a routine answer (a receipt, a reservation, progress). Only these are counted on
 * the bell and toasted.
 */
export function isProblem(reply: Pick<ReplyView, "moves">): boolean {
  return reply.moves !== undefined && isProblemStanding(reply.moves.to);
}

/**
 * The badge: the count, or "99+" past BADGE_MAX. Plain digits in every language: the
 * title carries it too, and titleWithCount finds it there again by them.
 */
export function badgeText(unread: number): string {
  return unread > BADGE_MAX ? `${BADGE_MAX}+` : String(unread);
}

/** The document's title, in whatever language, with the count in front, as mail and chat tabs show it. */
export function titleWithCount(title: string, unread: number): string {
  const base = title.replace(/^\(\d+\+?\)\s+/, "");
  return unread > 0 ? `(${badgeText(unread)}) ${base}` : base;
}
