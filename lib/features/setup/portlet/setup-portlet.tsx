"use client";
import { useRef } from "react";
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
import { usePagedList } from "@/components/ui/use-paged-list";

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
  /** Whether this user may report progress (setup:report): the buttons are left out otherwise. */
  canReport: boolean;
}) {
  const t = useTranslations();
  const hidden = props.hidden ?? [];
  const { list, change, filter, setFilter, loading, loadError, retry, showMore } = usePagedList<
    RequestFilter,
    RequestPage,
    RequestList
  >(
    {
      // The hidden states are the configuration's, which remounts the portlet when it changes.
      fetchPage: (filter, cursor, signal) => fetchRequestPage({ filter, hide: hidden, limit: REQUEST_PAGE_SIZE, cursor, signal }),
      firstPage: requestListOf,
      nextPage: withNextRequests,
      sameFilter,
      failed: (error) => t("setup.portlet.loadFailed", { reason: ServerAnswerError.reasonOf(error, t) }).trim(),
    },
    () => requestListOf(NO_SETUP_FILTER, props.initialPage),
  );
  const search = useRef<HTMLInputElement>(null);

  useSocketEvent("listener:activity", (entry) => {
    if (entry.listener === "setup") change((current) => requestArrived(current, entry));
  });
  useSocketEvent("task:reply", ({ requestId, reply }) => change((current) => requestReplied(current, requestId, reply, hidden)));

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
      <SetupFilters filter={filter} onChange={setFilter} searchRef={search} hidden={hidden} />
      <p id="setup-count" role="status" aria-live="polite" className="mb-2 text-sm text-muted">
        {t("setup.portlet.count", { shown: shown.length, total: list.total, capped: String(list.totalCapped) })}
      </p>
      {loadError ? (
        <div role="alert" className="mb-2 flex flex-wrap items-center gap-2 text-sm text-danger">
          {loadError}
          <button type="button" onClick={retry} className={secondaryButtonClass}>
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
              canReport={props.canReport}
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
          onClick={showMore}
        />
      ) : null}
    </>
  );
}
