import "server-only";
import { gearNeedSchema } from "@/lib/shared/gear";
import type { ReplyKind, ReplyView, TaskStatus, TaskView } from "@/lib/shared/task";
import { describeReply, isResponderId, type ResponderId, type TaskReply as TaskReplyPayload } from "@/lib/features/responders";
import type { Task, TaskReply } from "@/lib/server/db/generated/client";

export function toReplyView(reply: TaskReply): ReplyView {
  return replyViewOf(reply);
}

type ReplyFields = { id: string; from: string; kind: string; answer: string; createdAt: Date; body?: string };

/**
 * A reply's view from its row's fields and its payload: given when it is at hand (a
 * reply just stored), else read from the row's body.
 */
export function replyViewOf(fields: ReplyFields, payload?: TaskReplyPayload): ReplyView {
  const view: ReplyView = {
    id: fields.id,
    from: fields.from as ResponderId,
    kind: fields.kind as ReplyKind,
    answer: fields.answer,
    createdAt: fields.createdAt.toISOString(),
  };
  const body = payload ?? parseBody(fields.body);
  if (!body) return view;
  // Worded now, not as stored: a reply stored before a responder changed its words reads like the new ones.
  const { answer, inStock, progress } = describeReply(body);
  view.answer = answer;
  if (inStock !== undefined) view.inStock = inStock;
  if (progress !== undefined) view.progress = progress;
  return view;
}

/**
 * The body was checked on the way in, against the schemas of the responders wired
 * then; a reply from a responder wired no more is shown by its text alone.
 */
function parseBody(body: string | undefined): TaskReplyPayload | undefined {
  if (body === undefined) return undefined;
  const parsed = JSON.parse(body) as { from?: unknown };
  return typeof parsed.from === "string" && isResponderId(parsed.from) ? (parsed as TaskReplyPayload) : undefined;
}

/** `expected`: the responders its request was delivered to (expected-replies.ts). */
export function toTaskView(task: Task & { replies?: TaskReply[] }, expected: ResponderId[]): TaskView {
  const gear = gearNeedSchema.array().safeParse(JSON.parse(task.gear));
  return {
    id: task.id,
    name: task.name,
    description: task.description,
    status: task.status as TaskStatus,
    gear: gear.success ? gear.data : [],
    createdAt: task.createdAt.toISOString(),
    expected,
    replies: (task.replies ?? []).map(toReplyView),
  };
}
