"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import { secondaryButtonClass } from "@/components/ui/field";
import { totalText } from "@/lib/shared/counted-total";
import { REQUEST_PAGE_SIZE, type RequestFilter, type RequestPage } from "../request-page";
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
  const load = useCallback(async (wanted: RequestFilter, cursor?: string) => {
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
      setLoadError(`The requests could not be loaded. ${error instanceof Error ? error.message : ""}`.trim());
    } finally {
      if (inFlight.current === controller) {
        inFlight.current = null;
        setLoading(null);
      }
    }
  }, []);

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
    props.crew.length > 0 ? <p className="mb-3 text-sm text-muted">Roadies on this tour: {props.crew.join(", ")}</p> : null;
  if (list.total === 0 && !isFiltering(list.filter) && !isFiltering(filter)) {
    return (
      <>
        {onDuty}
        <p className="text-sm text-muted">No setup requests yet.</p>
      </>
    );
  }
  return (
    <>
      {onDuty}
      <SetupFilters filter={filter} onChange={setFilter} searchRef={search} />
      <p id="setup-count" role="status" aria-live="polite" className="mb-2 text-sm text-muted">
        {list.total === 1 && !list.totalCapped
          ? `Showing ${shown.length} of 1 request.`
          : `Showing ${shown.length} of ${totalText(list.total, list.totalCapped)} requests.`}
      </p>
      {loadError ? (
        <div role="alert" className="mb-2 flex flex-wrap items-center gap-2 text-sm text-danger">
          {loadError}
          <button type="button" onClick={() => void load(filter)} className={secondaryButtonClass}>
            Try again
          </button>
        </div>
      ) : null}
      {shown.length === 0 && !isFiltering(list.filter) && hidden.length > 0 ? (
        <p className="text-sm text-muted">No requests to show: the others are left out by this portlet&apos;s Configuration.</p>
      ) : shown.length === 0 ? (
        <div className="space-y-2 text-sm" aria-busy={loading === "list"}>
          <p className="text-muted">
            No requests match <bdi>{describeSetupFilter(list.filter)}</bdi>.
          </p>
          <button type="button" onClick={clearFilter} className={secondaryButtonClass}>
            Clear filters
          </button>
        </div>
      ) : (
        // Bounded and scrollable (so focusable); positioned, so the visually hidden labels stay inside it.
        <ul
          aria-label="Setup requests"
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
          label="Show more requests"
          loadingMore={loading === "more"}
          disabled={loading !== null}
          countId="setup-count"
          onClick={() => void load(list.filter, list.nextCursor ?? undefined)}
        />
      ) : null}
    </>
  );
}
