import { ServerAnswerError } from "@/lib/features/tasks/portlet/fetch-task-page";
import type { RequestFilter, RequestPage } from "../request-page";

/** One page of GET /api/setup/requests (the page's session cookie authenticates it). */
export async function fetchRequestPage(options: {
  filter: RequestFilter;
  /** States the portlet's configuration leaves out (Done, Blocked). */
  hide?: readonly string[];
  limit: number;
  cursor?: string | null;
  signal?: AbortSignal;
}): Promise<RequestPage> {
  const { filter, hide = [], limit, cursor, signal } = options;
  const params = new URLSearchParams({ limit: String(limit) });
  const query = filter.query.trim();
  if (query !== "") params.set("q", query);
  if (filter.state !== "all") params.set("state", filter.state);
  if (hide.length > 0) params.set("hide", hide.join(","));
  if (cursor) params.set("cursor", cursor);
  const response = await fetch(`/api/setup/requests?${params}`, { signal, headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
    throw new ServerAnswerError(response.status, body?.error?.message);
  }
  return (await response.json()) as RequestPage;
}
