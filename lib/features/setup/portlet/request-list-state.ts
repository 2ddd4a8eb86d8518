import type { ProgressView } from "@/lib/shared/progress";
import type { ListenerActivityView, ReplyView } from "@/lib/shared/task";
import type { RequestFilter, RequestPage } from "../request-page";
import { RESPONDERS } from "../../registry";
import { isCrewContext, progressStateOf } from "../responder";
import { matchesSetupFilter, type RequestState } from "./setup-filter";

/**
 * The Setup portlet's list: pages fetched from the server for one filter, kept current
 * by live pushes (a new request joins when it matches; reports and answers update the
 * cards). `total` is how many match on the server (at least that many when
 * `totalCapped`); live arrivals add to it.
 */
export type RequestList = {
  filter: RequestFilter;
  requests: ListenerActivityView[];
  progress: Record<string, ProgressView>;
  answers: Record<string, ReplyView[]>;
  total: number;
  totalCapped: boolean;
  nextCursor: string | null;
};

export function requestListOf(filter: RequestFilter, page: RequestPage): RequestList {
  return {
    filter,
    requests: page.requests,
    progress: page.progress,
    answers: page.answers,
    total: page.total,
    totalCapped: page.totalCapped,
    nextCursor: page.nextCursor,
  };
}

/** The next page, after what is shown (a request already held is kept once). */
export function withNextRequests(list: RequestList, page: RequestPage): RequestList {
  const known = new Set(list.requests.map((entry) => entry.id));
  return {
    ...list,
    requests: [...list.requests, ...page.requests.filter((entry) => !known.has(entry.id))],
    progress: { ...page.progress, ...list.progress },
    answers: { ...page.answers, ...list.answers },
    total: page.total,
    totalCapped: page.totalCapped,
    nextCursor: page.nextCursor,
  };
}

/** A request the Setup desk just received: it joins when it matches the filter. */
export function requestArrived(list: RequestList, entry: ListenerActivityView): RequestList {
  if (list.requests.some((known) => known.id === entry.id)) return list;
  if (!matchesSetupFilter({ ...entry, state: "not-started" }, list.filter)) return list;
  return { ...list, requests: [entry, ...list.requests], total: list.total + 1 };
}

/**
 * A reply on a request: a roadie's report moves its state (and a held request in or out
 * of what is counted: the filter, and the states the configuration hides); another
 * responder's answer given to the roadies shows on its card.
 */
export function requestReplied(
  list: RequestList,
  requestId: string,
  reply: ReplyView,
  hidden: readonly RequestState[] = [],
): RequestList {
  const state = progressStateOf(reply);
  if (state) {
    const progress = { ...list.progress, [requestId]: { state, answer: reply.answer, text: reply.text } };
    const entry = list.requests.find((known) => known.requestId === requestId);
    const counted = (at: RequestState) =>
      entry !== undefined && !hidden.includes(at) && matchesSetupFilter({ ...entry, state: at }, list.filter);
    const change = Number(counted(state)) - Number(counted(list.progress[requestId]?.state ?? "not-started"));
    return { ...list, progress, total: list.total + change };
  }
  if (!isCrewContext(reply, RESPONDERS)) return list;
  // One answer per responder: a later one (a replayed request) replaces its own.
  const others = (list.answers[requestId] ?? []).filter((known) => known.from !== reply.from);
  return { ...list, answers: { ...list.answers, [requestId]: [...others, reply] } };
}

/** What the list shows: the held requests that match now (a report may have moved one out). */
export function shownRequests(list: RequestList): ListenerActivityView[] {
  return list.requests.filter((entry) =>
    matchesSetupFilter({ ...entry, state: list.progress[entry.requestId]?.state ?? "not-started" }, list.filter),
  );
}
