import type { useTranslations } from "next-intl";
import type { ReplyView, TaskView } from "@/lib/shared/task";
import type { TaskFilters, TaskPage } from "@/lib/shared/task-page";
import { matchesFilters } from "./match-filters";
import { addReply, upsertTask } from "./tasks-state";

/**
 * The Tasks list: pages fetched from the server for one set of filters, kept current
 * by live pushes. `total` is how many tasks match on the server (at least that many when
 * `totalCapped`: the server counts up to 10,000); live changes adjust it. A task pushed live that does not match is not shown but counted in `hiddenNew`,
 * so the list never silently misses work.
 */
export type TaskList = {
  filter: TaskFilters;
  tasks: TaskView[];
  total: number;
  totalCapped: boolean;
  nextCursor: string | null;
  hiddenNew: string[];
};

export function listOf(filter: TaskFilters, page: TaskPage): TaskList {
  return {
    filter,
    tasks: page.tasks,
    total: page.total,
    totalCapped: page.totalCapped,
    nextCursor: page.nextCursor,
    hiddenNew: [],
  };
}

/** The next page, after what is shown (a task already held is kept once). */
export function withNextPage(list: TaskList, page: TaskPage): TaskList {
  const known = new Set(list.tasks.map((task) => task.id));
  return {
    ...list,
    tasks: [...list.tasks, ...page.tasks.filter((task) => !known.has(task.id))],
    total: page.total,
    totalCapped: page.totalCapped,
    nextCursor: page.nextCursor,
  };
}

/** A task added (pushed live, or this form's own answer; either may come first, or both). */
export function taskArrived(list: TaskList, task: TaskView): TaskList {
  if (list.tasks.some((known) => known.id === task.id)) return { ...list, tasks: upsertTask(list.tasks, task) };
  if (list.hiddenNew.includes(task.id)) return list;
  if (!matchesFilters(task, list.filter)) return { ...list, hiddenNew: [...list.hiddenNew, task.id] };
  return { ...list, tasks: upsertTask(list.tasks, task), total: list.total + 1 };
}

/**
 * A task a link asked for (a toast's, the bell's) that the loaded pages do not hold: held
 * after them, as it is older than what they show (the server counted it in `total` when
 * it matches). One of many with the same name was otherwise never shown.
 */
export function taskFollowed(list: TaskList, task: TaskView): TaskList {
  if (list.tasks.some((known) => known.id === task.id)) return { ...list, tasks: upsertTask(list.tasks, task) };
  return { ...list, tasks: [...list.tasks, task] };
}

/** A reply: it may move a held task in or out of the filter, and the count with it. */
export function replyArrived(list: TaskList, taskId: string, reply: ReplyView): TaskList {
  const before = list.tasks.find((task) => task.id === taskId);
  if (!before) return list;
  const tasks = addReply(list.tasks, taskId, reply);
  const after = tasks.find((task) => task.id === taskId)!;
  const change = Number(matchesFilters(after, list.filter)) - Number(matchesFilters(before, list.filter));
  return { ...list, tasks, total: list.total + change };
}

/** What the list shows: the held tasks that match now. */
export function shownTasks(list: TaskList): TaskView[] {
  return list.tasks.filter((task) => matchesFilters(task, list.filter));
}

/** "Showing 100 of 323 tasks" (or "of 10,000+": the count stops there), and the live arrivals the filters hide. */
export function countText(list: TaskList, t: ReturnType<typeof useTranslations<never>>): string {
  const count = t("tasks.list.count", { shown: shownTasks(list).length, total: list.total, capped: String(list.totalCapped) });
  const hidden = list.hiddenNew.length;
  return hidden === 0 ? count : `${count} ${t("tasks.list.hiddenNew", { hidden })}`;
}
