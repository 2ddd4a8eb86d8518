import "server-only";
import { NOTIFICATIONS_LISTED, type NotificationView, type OpenedNotifications } from "@/lib/shared/notifications";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { countUnread } from "./count-unread";
import { problemWhere, routineWhere } from "./problem-where";
import { replyWording } from "./reply-text";
import { unreadOf } from "./unread-where";

const SELECTED = {
  id: true,
  taskId: true,
  from: true,
  kind: true,
  answer: true,
  body: true,
  createdAt: true,
  task: { select: { name: true } },
} as const;

/**
 * The user opened the Notifications panel: lists their newest unread problems and,
 * apart, their newest routine answers, and marks read every unread reply up to the
 * newest listed. Reply ids sort by time (UUIDv7, ordered-id.ts), so a reply that lands
 * meanwhile sorts later and stays unread: none is read unseen, and a crew with
 * thousands unread is not read into memory.
 */
export async function openNotifications(userId: string): Promise<OpenedNotifications> {
  const where = unreadOf(userId);
  const [problems, routine] = await Promise.all([
    listed({ where: { ...where, ...problemWhere() }, take: NOTIFICATIONS_LISTED.problems, problem: true }),
    listed({ where: { ...where, ...routineWhere() }, take: NOTIFICATIONS_LISTED.routine, problem: false }),
  ]);
  const newest = [problems[0]?.id, routine[0]?.id]
    .filter((id) => id !== undefined)
    .sort()
    .at(-1);
  if (!newest) return { problems: [], routine: [], more: { problems: 0, routine: 0 }, unread: 0 };
  const upTo = { ...where, id: { lte: newest } };
  const [problemCount, routineCount] = await Promise.all([
    db.taskReply.count({ where: { ...upTo, ...problemWhere() } }),
    db.taskReply.count({ where: { ...upTo, ...routineWhere() } }),
  ]);
  await db.taskReply.updateMany({ where: upTo, data: { ownerReadAt: new Date() } });
  return {
    problems,
    routine,
    more: { problems: Math.max(0, problemCount - problems.length), routine: Math.max(0, routineCount - routine.length) },
    unread: await countUnread(userId),
  };
}

async function listed(options: {
  where: Prisma.TaskReplyWhereInput;
  take: number;
  problem: boolean;
}): Promise<NotificationView[]> {
  const rows = await db.taskReply.findMany({
    where: options.where,
    orderBy: { id: "desc" },
    take: options.take,
    select: SELECTED,
  });
  return rows.map((row) => ({
    id: row.id,
    taskId: row.taskId,
    taskName: row.task.name,
    from: row.from,
    kind: row.kind,
    answer: row.answer,
    text: replyWording(row),
    createdAt: row.createdAt.toISOString(),
    problem: options.problem,
  }));
}
