import "server-only";
import type { ReplyView, Responder, TaskStatus, TaskView } from "@/lib/shared/task";
import type { Task, TaskReply } from "../db/generated/client";

export function toReplyView(reply: TaskReply): ReplyView {
  return {
    id: reply.id,
    from: reply.from as Responder,
    answer: reply.answer,
    createdAt: reply.createdAt.toISOString(),
  };
}

export function toTaskView(task: Task & { replies?: TaskReply[] }): TaskView {
  return {
    id: task.id,
    name: task.name,
    description: task.description,
    status: task.status as TaskStatus,
    createdAt: task.createdAt.toISOString(),
    replies: (task.replies ?? []).map(toReplyView),
  };
}
