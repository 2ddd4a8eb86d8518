import "server-only";
import { gearNeedSchema, type GearNeed } from "@/lib/shared/gear";
import type { ReplyView, TaskStatus, TaskView } from "@/lib/shared/task";
import type { ResponderReply } from "@/lib/features/feature";
import { describeReply, storedReply } from "@/lib/features/responders";
import type { Task, TaskReply } from "@/lib/server/db/generated/client";

export function toReplyView(reply: TaskReply): ReplyView {
  return replyViewOf(reply);
}

type ReplyFields = { id: string; from: string; kind: string; answer: string; createdAt: Date; body?: string };

/**
 * A reply's view from its row's fields and its payload: given when it is at hand (a
 * reply just stored), else read from the row's body.
 */
export function replyViewOf(fields: ReplyFields, payload?: ResponderReply): ReplyView {
  const view: ReplyView = {
    id: fields.id,
    from: fields.from,
    kind: fields.kind,
    answer: fields.answer,
    createdAt: fields.createdAt.toISOString(),
  };
  const body = payload ?? (fields.body === undefined ? undefined : storedReply(fields.body));
  if (!body) return view;
  const description = describeReply(body);
  if (!description) return view;
  // Worded now, not as stored: a reply stored before a responder changed its words reads like the new ones.
  view.answer = description.answer;
  if (description.text) view.text = description.text;
  if (description.moves) view.moves = description.moves;
  return view;
}

/** What a task's view reads of its row (a Prisma row, or the catalogue's tasksByIds). */
type TaskFields = Pick<Task, "id" | "name" | "description" | "status" | "gear" | "createdAt"> & { replies?: ReplyFields[] };

/** A task's stored gear (JSON text), read the one way; none when it does not parse. */
export function gearOf(stored: string): GearNeed[] {
  const gear = gearNeedSchema.array().safeParse(JSON.parse(stored));
  return gear.success ? gear.data : [];
}

/** `expected`: the responders its request was delivered to (expected-replies.ts). */
export function toTaskView(task: TaskFields, expected: string[]): TaskView {
  return {
    id: task.id,
    name: task.name,
    description: task.description,
    status: task.status as TaskStatus,
    gear: gearOf(task.gear),
    createdAt: task.createdAt.toISOString(),
    expected,
    replies: (task.replies ?? []).map((reply) => replyViewOf(reply)),
  };
}
