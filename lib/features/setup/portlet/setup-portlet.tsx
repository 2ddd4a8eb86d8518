"use client";
import { useRef, useState } from "react";
import { LISTENER_ACTIVITY_LIMIT, useListenerActivity } from "@/lib/features/listener-activity/use-listener-activity";
import { useSocketEvent } from "@/components/realtime/use-socket-event";
import { secondaryButtonClass } from "@/components/ui/field";
import type { ProgressView } from "@/lib/shared/progress";
import type { ListenerActivityView, ReplyView } from "@/lib/shared/task";
import { RESPONDERS } from "../../registry";
import { isCrewContext, progressStateOf } from "../responder";
import { RequestCard } from "./request-card";
import { describeSetupFilter, isFiltering, matchesSetupFilter, NO_SETUP_FILTER, type SetupFilter } from "./setup-filter";
import { SetupFilters } from "./setup-filters";

/**
 * The roadies' portlet: each setup request with what it asks for and what the inventory
 * answered, its "Yes", and their report on the work; filtered by state and words.
 */
export function SetupPortlet(props: {
  initialActivity: ListenerActivityView[];
  initialProgress: Record<string, ProgressView>;
  /** The other responders' answers on each request, by request id. */
  initialAnswers: Record<string, ReplyView[]>;
  /** The roadies on this tour, from the crew list. */
  crew: string[];
}) {
  const activity = useListenerActivity("setup", props.initialActivity);
  const [progress, setProgress] = useState(props.initialProgress);
  const [answers, setAnswers] = useState(props.initialAnswers);
  const [filter, setFilter] = useState<SetupFilter>(NO_SETUP_FILTER);
  const search = useRef<HTMLInputElement>(null);
  useSocketEvent("task:reply", ({ requestId, reply }) => {
    const state = progressStateOf(reply);
    if (state) {
      setProgress((current) => ({ ...current, [requestId]: { state, answer: reply.answer } }));
    }
    if (isCrewContext(reply, RESPONDERS)) {
      // One answer per responder: a later one (a replayed request) replaces its own.
      setAnswers((current) => ({
        ...current,
        [requestId]: [...(current[requestId] ?? []).filter((known) => known.from !== reply.from), reply],
      }));
    }
  });

  function clearFilter() {
    setFilter(NO_SETUP_FILTER);
    // The button goes with the empty state: focus stays in the filter, not on the page.
    search.current?.focus();
  }

  const onDuty =
    props.crew.length > 0 ? (
      <p className="mb-3 text-sm text-muted">Roadies on this tour: {props.crew.join(", ")}</p>
    ) : null;
  if (activity.length === 0) {
    return (
      <>
        {onDuty}
        <p className="text-sm text-muted">No setup requests yet.</p>
      </>
    );
  }
  const shown = activity.filter((entry) =>
    matchesSetupFilter({ ...entry, state: progress[entry.requestId]?.state ?? "not-started" }, filter),
  );
  return (
    <>
      {onDuty}
      <SetupFilters filter={filter} onChange={setFilter} searchRef={search} />
      <p role="status" className="sr-only">
        {isFiltering(filter) ? `${shown.length} of ${activity.length} requests shown.` : ""}
      </p>
      {shown.length === 0 ? (
        <div className="space-y-2 text-sm">
          <p className="text-muted">
            {/* Only the newest requests are here: say so rather than claim none exists. */}
            No requests{activity.length >= LISTENER_ACTIVITY_LIMIT ? ` among the newest ${activity.length}` : ""} match{" "}
            {describeSetupFilter(filter)}.
          </p>
          <button type="button" onClick={clearFilter} className={secondaryButtonClass}>
            Clear filters
          </button>
        </div>
      ) : (
        // Bounded and scrollable (so focusable); positioned, so the visually hidden labels stay inside it.
        <ul aria-label="Setup requests" tabIndex={0} className="relative max-h-[32rem] divide-y divide-line overflow-y-auto text-sm">
          {shown.map((entry) => (
            <RequestCard
              key={entry.id}
              entry={entry}
              answers={answers[entry.requestId] ?? []}
              progress={progress[entry.requestId]}
            />
          ))}
        </ul>
      )}
    </>
  );
}
