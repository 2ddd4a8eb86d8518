import type { ReplyView, TaskView } from "@/lib/shared/task";

/**
 * The Tasks portlet's list, merged from three sources that may arrive in any order:
 * the page's first render, the action's answer and Socket.IO pushes. Each merge is
 * idempotent, so a task or reply seen twice is shown once.
 */
export function upsertTask(tasks: readonly TaskView[], incoming: TaskView): TaskView[] {
  const index = tasks.findIndex((task) => task.id === incoming.id);
  if (index < 0) return [incoming, ...tasks];
  const current = tasks[index]!;
  const merged = incoming.replies.reduce(mergeReply, current.replies);
  const next = [...tasks];
  next[index] = { ...incoming, replies: merged };
  return next;
}

export function addReply(tasks: readonly TaskView[], taskId: string, reply: ReplyView): TaskView[] {
  return tasks.map((task) => (task.id === taskId ? { ...task, replies: mergeReply(task.replies, reply) } : task));
}

function mergeReply(replies: ReplyView[], reply: ReplyView): ReplyView[] {
  return replies.some((known) => known.id === reply.id) ? replies : [...replies, reply];
}
