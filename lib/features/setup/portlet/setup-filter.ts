import type { useTranslations } from "next-intl";
import type { ProgressState, RequestSummary } from "@/lib/shared/task";

/** Where a request stands for its roadies: no report yet, or their latest one. */
export type RequestState = ProgressState | "not-started";
export type SetupFilter = { state: RequestState | "all"; query: string };

export const NO_SETUP_FILTER: SetupFilter = { state: "all", query: "" };

/** The whole catalogue's translator (`useTranslations()`): the choices' labels are in "setup" and "status". */
export type Translate = ReturnType<typeof useTranslations<never>>;

/** The filter's choices, in the order the work goes, each with its label's key (a report's state reads as its standing). */
export const STATE_CHOICES = [
  { value: "all", label: "setup.filters.all" },
  { value: "not-started", label: "setup.filters.notStarted" },
  { value: "in-progress", label: "status.inProgress" },
  { value: "blocked", label: "status.blocked" },
  { value: "done", label: "status.done" },
] as const satisfies readonly { value: SetupFilter["state"]; label: string }[];

/** What a request card is searched by. */
export type SetupCardFields = { taskName: string; request?: RequestSummary; state: RequestState };

/**
 * A card matches when it is in the chosen state and every word of the query is found in
 * its name, description or gear (case ignored), so "fog stage" finds "Fog machine" on
 * a task described "stage left".
 */
export function matchesSetupFilter(card: SetupCardFields, filter: SetupFilter): boolean {
  if (filter.state !== "all" && card.state !== filter.state) return false;
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [card.taskName, card.request?.description ?? "", ...(card.request?.gear ?? []).map((g) => g.name)]
    .join("\n")
    .toLowerCase();
  return words.every((word) => text.includes(word));
}

export function isFiltering(filter: SetupFilter): boolean {
  return filter.state !== "all" || filter.query.trim() !== "";
}

/** The filter in words, for "No requests match …": `“fog” in Blocked`. */
export function describeSetupFilter(filter: SetupFilter, t: Translate): string {
  const query = filter.query.trim();
  const state = t(STATE_CHOICES.find((choice) => choice.value === filter.state)!.label);
  if (filter.state === "all") return query ? t("setup.filters.query", { query }) : "";
  return query ? t("setup.filters.queryInState", { query, state }) : state;
}
