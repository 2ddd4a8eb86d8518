"use client";
import { useCallback, useEffect, useRef, useState } from "react";
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
import { countText, listOf, replyArrived, shownTasks, taskArrived, withNextPage, type TaskList } from "./task-list-state";
import { useShowTask } from "./use-show-task";
import { ShowMoreButton } from "@/components/ui/show-more-button";

/** A live change to the list (a task added, a reply). */
type ListChange = (list: TaskList) => TaskList;

/** Typing pauses this long before the server is asked. */
const SEARCH_DELAY_MS = 300;

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
  pageSize?: number;
  defaultFilter?: TaskStanding | "all";
}) {
  const { initialPage, initialStock, showTrails, pageSize = TASK_PAGE_SIZE, defaultFilter = "all" } = props;
  const t = useTranslations();
  const [list, setList] = useState<TaskList>(() => listOf({ query: "", status: defaultFilter }, initialPage));
  /** The filters as the user set them; `list.filters` are those the list was loaded for. */
  const [filters, setFilters] = useState<Filters>(list.filters);
  const [loading, setLoading] = useState<"list" | "more" | null>(null);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [stock, setStock] = useState(initialStock);
  const [announcement, setAnnouncement] = useState("");
  const inFlight = useRef<AbortController | null>(null);
  /**
   * Live changes that came while a page was loading. The page may have been read before
   * them (a reply is pushed before it is stored), so they are applied again on top of it:
   * otherwise a reply during a search or filter change was lost until a reload.
   */
  const duringLoad = useRef<ListChange[]>([]);
  const change = useCallback((update: ListChange) => {
    if (inFlight.current) duringLoad.current.push(update);
    setList(update);
  }, []);

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

  /** Loads the first page for `wanted`, or the next page of what is shown; a newer request cancels an older one. */
  const load = useCallback(
    async (wanted: Filters, cursor?: string) => {
      if (!inFlight.current) duringLoad.current = [];
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setLoading(cursor ? "more" : "list");
      setLoadError(undefined);
      try {
        const page = await fetchTaskPage({ filters: wanted, limit: pageSize, cursor, signal: controller.signal });
        const missed = duringLoad.current;
        duringLoad.current = [];
        setList((current) =>
          missed.reduce((list, update) => update(list), cursor ? withNextPage(current, page) : listOf(wanted, page)),
        );
      } catch (error) {
        if (controller.signal.aborted) return;
        setLoadError(t("tasks.list.loadFailed", { reason: ServerAnswerError.reasonOf(error, t) }).trim());
      } finally {
        if (inFlight.current === controller) {
          inFlight.current = null;
          duringLoad.current = [];
          setLoading(null);
        }
      }
    },
    [pageSize, t],
  );

  // A new search or filter asks the server (typing, once it pauses).
  useEffect(() => {
    if (sameFilters(filters, list.filters)) return;
    const typed = filters.query.trim() !== list.filters.query.trim();
    const timer = setTimeout(() => void load(filters), typed ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [filters, list.filters, load]);

  const shown = shownTasks(list);
  const highlighted = useShowTask({ shown, search: setFilters });
  const unfiltered = list.filters.status === "all" && list.filters.query.trim() === "";
  return (
    <>
      <AddTaskForm stock={stock} onAdded={onAdded} tasks={list.tasks} />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div className="mt-6 mb-2 flex flex-wrap items-end justify-between gap-3">
        <h3 className="text-sm font-semibold tracking-wide text-muted uppercase">{t("tasks.list.heading")}</h3>
        <TaskFilters filters={filters} onChange={setFilters} />
      </div>
      <p id="task-count" role="status" aria-live="polite" className="mb-2 text-sm text-muted">
        {countText(list, t)}
      </p>
      {loadError ? (
        <div role="alert" className="mb-2 flex flex-wrap items-center gap-2 text-sm text-danger">
          {loadError}
          <button type="button" onClick={() => void load(filters, undefined)} className={secondaryButtonClass}>
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
          onClick={() => void load(list.filters, list.nextCursor ?? undefined)}
        />
      ) : null}
    </>
  );
}
