import type { TaskFilters, TaskPage } from "@/lib/shared/task-page";

/** One page of GET /api/tasks (the page's session cookie authenticates it). */
export async function fetchTaskPage(options: {
  filters: TaskFilters;
  limit: number;
  cursor?: string | null;
  signal?: AbortSignal;
}): Promise<TaskPage> {
  const { filters, limit, cursor, signal } = options;
  const params = new URLSearchParams({ limit: String(limit) });
  const query = filters.query.trim();
  if (query !== "") params.set("q", query);
  if (filters.status !== "all") params.set("status", filters.status);
  if (cursor) params.set("cursor", cursor);
  const response = await fetch(`/api/tasks?${params}`, { signal, headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
    throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  }
  return (await response.json()) as TaskPage;
}
