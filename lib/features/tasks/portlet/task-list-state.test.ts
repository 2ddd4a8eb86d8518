import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/shared/i18n/messages/en.json";
import type { ReplyView, TaskView } from "@/lib/shared/task";
import { NO_FILTERS, type TaskPage } from "@/lib/shared/task-page";
import {
  countText as countTextIn,
  listOf,
  replyArrived,
  shownTasks,
  taskArrived,
  taskFollowed,
  withNextPage,
} from "./task-list-state";

const task = (id: string, name = `Task ${id}`): TaskView => ({
  id,
  name,
  description: "",
  status: "Open",
  gear: [],
  createdAt: "2026-11-26T10:00:00.000Z",
  expected: ["setup", "inventory"],
  replies: [],
});
const t = createTranslator({ locale: "en", messages: en });
const countText = (list: Parameters<typeof countTextIn>[0]) => countTextIn(list, t);
const page = (tasks: TaskView[], total: number, nextCursor: string | null = null, totalCapped = false): TaskPage => ({
  tasks,
  total,
  totalCapped,
  nextCursor,
});
const blocked: ReplyView = {
  id: "p1",
  from: "setup",
  kind: "progress",
  moves: { by: "report", to: "Blocked" },
  answer: "Blocked: rain",
  createdAt: "2026-11-26T10:01:00.000Z",
};

describe("the Tasks list's state", () => {
  it("counts what it shows against the server's total, and appends the next page once", () => {
    const first = listOf(NO_FILTERS, page([task("c"), task("b")], 3, "cursor"));
    expect(countText(first)).toBe("Showing 2 of 3 tasks.");
    const both = withNextPage(first, page([task("b"), task("a")], 3));
    expect(shownTasks(both).map((t) => t.id)).toEqual(["c", "b", "a"]);
    expect(both.nextCursor).toBeNull();
    expect(countText(both)).toBe("Showing 3 of 3 tasks.");
  });

  it("holds a task a link asked for after the loaded page, once, without counting it again", () => {
    const first = listOf(
      { query: "Soundcheck", status: "all" },
      page([task("c", "Soundcheck"), task("b", "Soundcheck")], 45, "cursor"),
    );
    const held = taskFollowed(first, task("a", "Soundcheck"));
    expect(shownTasks(held).map((t) => t.id)).toEqual(["c", "b", "a"]);
    expect(held.total).toBe(45);
    expect(taskFollowed(held, task("a", "Soundcheck")).tasks).toHaveLength(3);
  });

  it("says when the server stopped counting, and stays a lower bound as tasks arrive", () => {
    const list = listOf(NO_FILTERS, page([task("b")], 10_000, "cursor", true));
    expect(countText(list)).toBe("Showing 1 of 10,000+ tasks.");
    expect(countText(taskArrived(list, task("c")))).toBe("Showing 2 of 10,001+ tasks.");
    expect(countText(withNextPage(list, page([task("a")], 10_000, null, true)))).toBe("Showing 2 of 10,000+ tasks.");
  });

  it("shows a new task that matches the search, first, and counts it once however often it arrives", () => {
    const list = listOf({ query: "amp", status: "all" }, page([task("a", "Stack the amps")], 1));
    const added = taskArrived(taskArrived(list, task("b", "Tune the amps")), task("b", "Tune the amps"));
    expect(shownTasks(added).map((t) => t.id)).toEqual(["b", "a"]);
    expect(countText(added)).toBe("Showing 2 of 2 tasks.");
  });

  it("does not show a new task that misses the search, and says so", () => {
    const list = listOf({ query: "amp", status: "all" }, page([task("a", "Stack the amps")], 1));
    const one = taskArrived(taskArrived(list, task("x", "Fog check")), task("x", "Fog check"));
    expect(shownTasks(one).map((t) => t.id)).toEqual(["a"]);
    expect(countText(one)).toBe("Showing 1 of 1 task. 1 new task not shown: it does not match the search or filter.");
    const two = taskArrived(one, task("y", "Lights"));
    expect(countText(two)).toBe("Showing 1 of 1 task. 2 new tasks not shown: they do not match the search or filter.");
  });

  it("moves a task out of a status filter when a reply changes where it stands, and the count with it", () => {
    const list = listOf({ query: "", status: "Waiting" }, page([task("a"), task("b")], 2));
    const after = replyArrived(list, "a", blocked);
    expect(shownTasks(after).map((t) => t.id)).toEqual(["b"]);
    expect(after.total).toBe(1);
    const all = replyArrived(listOf(NO_FILTERS, page([task("a")], 1)), "a", blocked);
    expect(all.total).toBe(1);
    expect(replyArrived(list, "unknown", blocked)).toBe(list);
  });
});
