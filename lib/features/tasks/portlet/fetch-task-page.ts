import type { useTranslations } from "next-intl";
import type { TaskView } from "@/lib/shared/task";
import type { TaskFilters, TaskPage } from "@/lib/shared/task-page";

/**
 * A page the server refused. `message` is its own (the API answers in English); without
 * one, the portlet words the status in the reader's language.
 */
export class ServerAnswerError extends Error {
  override name = "ServerAnswerError";
  constructor(
    readonly status: number,
    message?: string,
  ) {
    super(message ?? "");
  }

  /** Why a load failed, in words: the server's message, or its status. */
  static reasonOf(error: unknown, t: ReturnType<typeof useTranslations<never>>): string {
    if (error instanceof ServerAnswerError && error.message === "")
      return t("tasks.list.serverAnswered", { status: error.status });
    return error instanceof Error ? error.message : "";
  }
}

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
    throw new ServerAnswerError(response.status, body?.error?.message);
  }
  return (await response.json()) as TaskPage;
}

/** One task, as the API answers it; undefined when it cannot be read (gone, or offline). */
export async function fetchTask(id: string): Promise<TaskView | undefined> {
  const response = await fetch(`/api/tasks/${encodeURIComponent(id)}`, { headers: { accept: "application/json" } }).catch(
    () => undefined,
  );
  return response?.ok ? ((await response.json()) as TaskView) : undefined;
}
