import type { ProgressState, RequestSummary } from "@/lib/shared/task";
import { PROGRESS_TEXT } from "../responder";

/** Where a request stands for its roadies: no report yet, or their latest one. */
export type RequestState = ProgressState | "not-started";
export type SetupFilter = { state: RequestState | "all"; query: string };

export const NO_SETUP_FILTER: SetupFilter = { state: "all", query: "" };

/** The filter's choices, in the order the work goes. */
export const STATE_CHOICES: { value: SetupFilter["state"]; label: string }[] = [
  { value: "all", label: "All" },
  { value: "not-started", label: "Not started" },
  { value: "in-progress", label: PROGRESS_TEXT["in-progress"] },
  { value: "blocked", label: PROGRESS_TEXT.blocked },
  { value: "done", label: PROGRESS_TEXT.done },
];

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
export function describeSetupFilter(filter: SetupFilter): string {
  const query = filter.query.trim();
  const state = STATE_CHOICES.find((choice) => choice.value === filter.state)!;
  const parts = [query ? `“${query}”` : "", filter.state === "all" ? "" : `${query ? "in " : ""}${state.label}`];
  return parts.filter(Boolean).join(" ");
}
