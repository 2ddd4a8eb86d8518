"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import { secondaryButtonClass } from "@/components/ui/field";
import { REQUEST_PAGE_SIZE, type RequestFilter, type RequestPage } from "../request-page";
import { ServerAnswerError } from "@/lib/features/tasks/portlet/fetch-task-page";
import { fetchRequestPage } from "./fetch-request-page";
import { RequestCard } from "./request-card";
import {
  requestArrived,
  requestListOf,
  requestReplied,
  shownRequests,
  withNextRequests,
  type RequestList,
} from "./request-list-state";
import { describeSetupFilter, isFiltering, NO_SETUP_FILTER, type RequestState } from "./setup-filter";
import { SetupFilters } from "./setup-filters";
import { ShowMoreButton } from "@/components/ui/show-more-button";

/** Typing pauses this long before the server is asked. */
const SEARCH_DELAY_MS = 300;
const sameFilter = (a: RequestFilter, b: RequestFilter) => a.state === b.state && a.query.trim() === b.query.trim();

/**
 * The roadies' portlet: each setup request with what it asks for and what the inventory
 * answered, where it stands, and their report on the work. One page of the server's list
 * (search and state filter run there, over every request), "Show more requests" for the
 * next; live pushes keep what is shown current.
 */
export function SetupPortlet(props: {
  initialPage: RequestPage;
  /** The roadies on this tour, from the crew list. */
  crew: string[];
  /** States this user's configuration leaves out of the list (Done, Blocked). */
  hidden?: readonly RequestState[];
}) {
  const t = useTranslations();
  const hidden = props.hidden ?? [];
  const [list, setList] = useState<RequestList>(() => requestListOf(NO_SETUP_FILTER, props.initialPage));
  /** The filter as the user set it; `list.filter` is the one the list was loaded for. */
  const [filter, setFilter] = useState<RequestFilter>(NO_SETUP_FILTER);
  const [loading, setLoading] = useState<"list" | "more" | null>(null);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const inFlight = useRef<AbortController | null>(null);
  // Read by load(), which stays one function for the portlet's life; the configuration remounts the portlet when it changes.
  const hiddenKey = useRef(hidden);
  const search = useRef<HTMLInputElement>(null);

  useSocketEvent("listener:activity", (entry) => {
    if (entry.listener === "setup") setList((current) => requestArrived(current, entry));
  });
  useSocketEvent("task:reply", ({ requestId, reply }) => setList((current) => requestReplied(current, requestId, reply)));

  /** Loads the first page for `wanted`, or the next page of what is shown; a newer request cancels an older one. */
  const load = useCallback(
    async (wanted: RequestFilter, cursor?: string) => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setLoading(cursor ? "more" : "list");
      setLoadError(undefined);
      try {
        const page = await fetchRequestPage({
          filter: wanted,
          hide: hiddenKey.current,
          limit: REQUEST_PAGE_SIZE,
          cursor,
          signal: controller.signal,
        });
        setList((current) => (cursor ? withNextRequests(current, page) : requestListOf(wanted, page)));
      } catch (error) {
        if (controller.signal.aborted) return;
        setLoadError(t("setup.portlet.loadFailed", { reason: ServerAnswerError.reasonOf(error, t) }).trim());
      } finally {
        if (inFlight.current === controller) {
          inFlight.current = null;
          setLoading(null);
        }
      }
    },
    [t],
  );

  // A new search or filter asks the server (typing, once it pauses).
  useEffect(() => {
    if (sameFilter(filter, list.filter)) return;
    const typed = filter.query.trim() !== list.filter.query.trim();
    const timer = setTimeout(() => void load(filter), typed ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [filter, list.filter, load]);

  function clearFilter() {
    setFilter(NO_SETUP_FILTER);
    // The button goes with the empty state: focus stays in the filter, not on the page.
    search.current?.focus();
  }

  // The server leaves hidden states out of each page; live arrivals and replies are checked here.
  const shown = shownRequests(list).filter((entry) => !hidden.includes(list.progress[entry.requestId]?.state ?? "not-started"));
  const onDuty =
    props.crew.length > 0 ? (
      <p className="mb-3 text-sm text-muted">{t("setup.portlet.onDuty", { crew: props.crew.join(", ") })}</p>
    ) : null;
  if (list.total === 0 && !isFiltering(list.filter) && !isFiltering(filter)) {
    return (
      <>
        {onDuty}
        <p className="text-sm text-muted">{t("setup.portlet.empty")}</p>
      </>
    );
  }
  return (
    <>
      {onDuty}
      <SetupFilters filter={filter} onChange={setFilter} searchRef={search} />
      <p id="setup-count" role="status" aria-live="polite" className="mb-2 text-sm text-muted">
        {t("setup.portlet.count", { shown: shown.length, total: list.total, capped: String(list.totalCapped) })}
      </p>
      {loadError ? (
        <div role="alert" className="mb-2 flex flex-wrap items-center gap-2 text-sm text-danger">
          {loadError}
          <button type="button" onClick={() => void load(filter)} className={secondaryButtonClass}>
            {t("setup.portlet.tryAgain")}
          </button>
        </div>
      ) : null}
      {shown.length === 0 && !isFiltering(list.filter) && hidden.length > 0 ? (
        <p className="text-sm text-muted">{t("setup.portlet.hiddenByConfig")}</p>
      ) : shown.length === 0 ? (
        <div className="space-y-2 text-sm" aria-busy={loading === "list"}>
          <p className="text-muted">
            {t.rich("setup.portlet.noMatch", {
              filter: describeSetupFilter(list.filter, t),
              bdi: (chunks) => <bdi>{chunks}</bdi>,
            })}
          </p>
          <button type="button" onClick={clearFilter} className={secondaryButtonClass}>
            {t("setup.portlet.clear")}
          </button>
        </div>
      ) : (
        // Bounded and scrollable (so focusable); positioned, so the visually hidden labels stay inside it.
        <ul
          aria-label={t("setup.portlet.listLabel")}
          aria-describedby="setup-count"
          aria-busy={loading === "list"}
          tabIndex={0}
          className="relative max-h-[32rem] divide-y divide-line overflow-y-auto text-sm"
        >
          {shown.map((entry) => (
            <RequestCard
              key={entry.id}
              entry={entry}
              answers={list.answers[entry.requestId] ?? []}
              progress={list.progress[entry.requestId]}
            />
          ))}
        </ul>
      )}
      {list.nextCursor ? (
        <ShowMoreButton
          label={t("setup.portlet.showMore")}
          loadingMore={loading === "more"}
          disabled={loading !== null}
          countId="setup-count"
          onClick={() => void load(list.filter, list.nextCursor ?? undefined)}
        />
      ) : null}
    </>
  );
}
