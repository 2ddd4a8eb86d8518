"use client";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import { secondaryButtonClass } from "@/components/ui/field";
import { replyText, responderLabel } from "@/lib/features/registry";
import type { GearItemView } from "@/lib/shared/gear";
import type { TaskView } from "@/lib/shared/task";
import { TASK_PAGE_SIZE, type TaskFilters as Filters, type TaskPage } from "@/lib/shared/task-page";
import type { TaskStanding } from "@/lib/shared/task-status";
import { AddTaskForm } from "./add-task-form";
import { fetchTaskPage, ServerAnswerError } from "./fetch-task-page";
import { TaskFilters } from "./task-filters";
import { TaskItem } from "./task-item";
import {
  countText,
  listOf,
  replyArrived,
  shownTasks,
  taskArrived,
  taskFollowed,
  withNextPage,
  type TaskList,
} from "./task-list-state";
import { useShowTask } from "./use-show-task";
import { ShowMoreButton } from "@/components/ui/show-more-button";
import { usePagedList } from "@/components/ui/use-paged-list";

const sameFilters = (a: Filters, b: Filters) => a.status === b.status && a.query.trim() === b.query.trim();

/**
 * The tour manager's portlet: add tasks and watch the crew's replies arrive. The list
 * is one page of the server's (search and status filter run there, over every task),
 * with "Show more tasks" for the next; live pushes keep what is shown current.
 */
export function TasksPortlet(props: {
  /** The first page, loaded on the server with `defaultFilter` and `pageSize`. */
  initialPage: TaskPage;
  /** The stocked gear the form's picker offers; kept current live. */
  initialStock: GearItemView[];
  showTrails: boolean;
  /** Whether this user may add tasks (tasks:add): the form is left out otherwise. */
  canAdd: boolean;
  pageSize?: number;
  defaultFilter?: TaskStanding | "all";
}) {
  const { initialPage, initialStock, showTrails, pageSize = TASK_PAGE_SIZE, defaultFilter = "all" } = props;
  const t = useTranslations();
  const { list, change, filter, setFilter, loading, loadError, retry, showMore } = usePagedList<Filters, TaskPage, TaskList>(
    {
      fetchPage: (filters, cursor, signal) => fetchTaskPage({ filters, limit: pageSize, cursor, signal }),
      firstPage: listOf,
      nextPage: withNextPage,
      sameFilter: sameFilters,
      failed: (error) => t("tasks.list.loadFailed", { reason: ServerAnswerError.reasonOf(error, t) }).trim(),
    },
    () => listOf({ query: "", status: defaultFilter }, initialPage),
  );
  const [stock, setStock] = useState(initialStock);
  const [announcement, setAnnouncement] = useState("");

  const onAdded = useCallback((task: TaskView) => change((current) => taskArrived(current, task)), [change]);
  useSocketEvent("task:added", onAdded);
  useSocketEvent("task:reply", ({ taskId, reply }) => {
    change((current) => replyArrived(current, taskId, reply));
    const task = list.tasks.find((t) => t.id === taskId);
    const responder = responderLabel(reply.from, t);
    const answer = replyText(t, reply);
    setAnnouncement(
      task ? t("tasks.list.repliedTo", { responder, task: task.name, answer }) : t("tasks.list.replied", { responder, answer }),
    );
  });
  useSocketEvent("inventory:stock", setStock);

  const shown = shownTasks(list);
  const hold = useCallback((task: TaskView) => change((current) => taskFollowed(current, task)), [change]);
  const highlighted = useShowTask({ shown, search: setFilter, loaded: list.filter, loading: loading !== null, hold });
  const unfiltered = list.filter.status === "all" && list.filter.query.trim() === "";
  return (
    <>
      {props.canAdd ? <AddTaskForm stock={stock} onAdded={onAdded} tasks={list.tasks} /> : null}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div className="mt-6 mb-2 flex flex-wrap items-end justify-between gap-3">
        <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">{t("tasks.list.heading")}</h3>
        <TaskFilters filters={filter} onChange={setFilter} />
      </div>
      <p id="task-count" role="status" aria-live="polite" className="mb-2 text-sm text-muted">
        {countText(list, t)}
      </p>
      {loadError ? (
        <div role="alert" className="mb-2 flex flex-wrap items-center gap-2 text-sm text-danger">
          {loadError}
          <button type="button" onClick={retry} className={secondaryButtonClass}>
            {t("tasks.list.tryAgain")}
          </button>
        </div>
      ) : null}
      {shown.length === 0 ? (
        <p className="text-sm text-muted" aria-busy={loading === "list"}>
          {list.total === 0 && unfiltered ? t("tasks.list.empty") : t("tasks.list.noMatch")}
        </p>
      ) : (
        // Bounded and scrollable (so focusable): a long tour must not push the other portlets away.
        <ul
          aria-label={t("tasks.list.heading")}
          aria-describedby="task-count"
          aria-busy={loading === "list"}
          tabIndex={0}
          className="relative max-h-[40rem] space-y-2 overflow-y-auto"
        >
          {shown.map((task) => (
            <TaskItem key={task.id} task={task} showTrail={showTrails} highlighted={task.id === highlighted} />
          ))}
        </ul>
      )}
      {list.nextCursor ? (
        <ShowMoreButton
          label={t("tasks.list.showMore")}
          loadingMore={loading === "more"}
          disabled={loading !== null}
          countId="task-count"
          onClick={showMore}
        />
      ) : null}
    </>
  );
}
