import { describe, expect, it } from "vitest";
import type { ReplyView, TaskView } from "@/lib/shared/task";
import { addReply, upsertTask } from "./tasks-state";

const task = (id: string, replies: ReplyView[] = []): TaskView => ({
  id,
  name: `task ${id}`,
  description: "",
  status: "Open",
  gear: [],
  createdAt: "2026-11-26T10:00:00.000Z",
  expected: ["setup", "inventory"],
  replies,
});
const reply = (id: string, from: ReplyView["from"]): ReplyView => ({
  id,
  from,
  kind: from === "setup" ? "ack" : "answer",
  answer: "Yes",
  createdAt: "2026-11-26T10:00:01.000Z",
});

describe("tasks state", () => {
  it("puts a new task first", () => {
    expect(upsertTask([task("a")], task("b")).map((t) => t.id)).toEqual(["b", "a"]);
  });

  it("keeps replies that arrived before the task's own echo", () => {
    const withReply = addReply([task("a")], "a", reply("r1", "setup"));
    const merged = upsertTask(withReply, task("a"));
    expect(merged).toHaveLength(1);
    expect(merged[0]!.replies.map((r) => r.id)).toEqual(["r1"]);
  });

  it("shows a reply pushed twice once", () => {
    const once = addReply([task("a")], "a", reply("r1", "setup"));
    const twice = addReply(once, "a", reply("r1", "setup"));
    expect(twice[0]!.replies).toHaveLength(1);
  });

  it("ignores a reply for a task it does not show", () => {
    expect(addReply([task("a")], "zzz", reply("r1", "setup"))).toEqual([task("a")]);
  });
});
