import "server-only";
import { gearNeedSchema } from "@/lib/shared/gear";
import type { ReplyKind, ReplyView, Responder, TaskStatus, TaskView } from "@/lib/shared/task";
import { taskReplySchema } from "../bus/messages";
import type { Task, TaskReply } from "../db/generated/client";

export function toReplyView(reply: TaskReply): ReplyView {
  const view: ReplyView = {
    id: reply.id,
    from: reply.from as Responder,
    kind: reply.kind as ReplyKind,
    answer: reply.answer,
    createdAt: reply.createdAt.toISOString(),
  };
  // The body is the reply as sent; it was validated on the way in, so a row that no
  // longer parses is shown by its text alone.
  const body = taskReplySchema.safeParse(JSON.parse(reply.body));
  if (!body.success) return view;
  if (body.data.from === "inventory") view.inStock = body.data.inStock;
  if (body.data.kind === "progress") view.progress = body.data.state;
  return view;
}

export function toTaskView(task: Task & { replies?: TaskReply[] }): TaskView {
  const gear = gearNeedSchema.array().safeParse(JSON.parse(task.gear));
  return {
    id: task.id,
    name: task.name,
    description: task.description,
    status: task.status as TaskStatus,
    gear: gear.success ? gear.data : [],
    createdAt: task.createdAt.toISOString(),
    replies: (task.replies ?? []).map(toReplyView),
  };
}
