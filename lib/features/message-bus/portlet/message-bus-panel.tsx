"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { replayDeadLetterAction } from "@/lib/features/message-bus/actions/replay-dead-letter";
import { useBusActivity } from "@/components/realtime/use-bus-activity";
import type { DestinationStats } from "@/lib/messaging/destination-stats";
import type { MessageTrailView } from "@/lib/shared/bus-views";
import { onShowTrail } from "./show-trail";
import { FlowDiagram, stopsFor, type FlowStop } from "./flow-diagram";
import {
  describeLogFilter,
  fromActivity,
  fromTrail,
  LOG_LIMIT,
  matchesFilter,
  NO_LOG_FILTER,
  type LogEntry,
  type LogFilter,
} from "./log-entries";
import { smallButtonClass, smallControlClass } from "./small-button";
import { StatsTable } from "./stats-table";
import { TrailList } from "./trail-list";
import { TrailSection, type TrailState } from "./trail-section";

const STATS_REFRESH_MS = 2000;
const LIT_MS = 900;

/**
 * The bus made visible: flow, statistics, live log, dead letters and a task's trail.
 * Statistics and the log show the `destinations` the user chose (its configuration).
 */
export function MessageBusPanel(props: {
  recent: MessageTrailView[];
  deadLetters: MessageTrailView[];
  stats: DestinationStats[];
  destinations: string[];
}) {
  const [stats, setStats] = useState(props.stats);
  const [log, setLog] = useState<LogEntry[]>(() => fromTrail(props.recent).slice(0, LOG_LIMIT));
  const [dead, setDead] = useState(props.deadLetters);
  const [lit, setLit] = useState<ReadonlySet<FlowStop>>(new Set());
  const [filter, setFilter] = useState<LogFilter>(NO_LOG_FILTER);
  const [trail, setTrail] = useState<TrailState | null>(null);
  /** Counts openings: each one scrolls the trail into view and focuses it. */
  const [trailOpened, setTrailOpened] = useState(0);
  const trailOpener = useRef<HTMLElement | undefined>(undefined);
  const trailRequest = useRef(0);
  const idFilter = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState("");
  const counter = useRef(0);
  const t = useTranslations("messageBus.panel");
  const unreachable = useTranslations("common")("unreachable");

  const refreshDead = useCallback(async () => {
    const response = await fetch("/api/bus/dead-letters");
    if (response.ok) setDead((await response.json()).deadLetters);
  }, []);

  useEffect(() => {
    const timer = setInterval(async () => {
      const response = await fetch("/api/bus/destinations").catch(() => undefined);
      if (response?.ok) setStats((await response.json()).destinations);
    }, STATS_REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  useBusActivity((activity) => {
    setLog((current) => [fromActivity(activity, counter.current++), ...current].slice(0, LOG_LIMIT));
    const stops = stopsFor(activity);
    if (stops.length > 0) {
      setLit((current) => new Set([...current, ...stops]));
      setTimeout(() => setLit((current) => new Set([...current].filter((s) => !stops.includes(s)))), LIT_MS);
    }
    if (activity.kind === "dead") void refreshDead();
  });

  useEffect(
    () =>
      onShowTrail(async ({ taskId, opener }) => {
        const request = ++trailRequest.current;
        trailOpener.current = opener;
        setTrail({ status: "loading" });
        setTrailOpened((count) => count + 1);
        const loaded = await loadTrail(taskId);
        // A later "Trail" press wins over a slower answer to an earlier one.
        if (request === trailRequest.current) setTrail(loaded);
      }),
    [],
  );

  function closeTrail() {
    trailRequest.current += 1;
    setTrail(null);
    const opener = trailOpener.current;
    trailOpener.current = undefined;
    if (opener?.isConnected) opener.focus();
  }

  function clearFilter() {
    setFilter(NO_LOG_FILTER);
    // The button goes with the message: focus stays in the log's controls.
    idFilter.current?.focus();
  }

  async function replay(messageId: string, listener: string) {
    const result = await replayDeadLetterAction({ messageId, listener }).catch(() => undefined);
    setNotice(result?.ok ? t("replayed", { listener }) : (result?.message ?? unreachable));
    await refreshDead();
  }

  const chosen = new Set(props.destinations);
  const shownStats = stats.filter((row) => chosen.has(row.destination));
  // The log of the destinations this user shows; the filter narrows it further.
  const onChosen = log.filter((entry) => chosen.has(entry.destination));
  const shown = onChosen.filter((entry) => matchesFilter(entry, filter));
  return (
    <div className="space-y-4 text-sm">
      <FlowDiagram lit={lit} />
      <StatsTable stats={shownStats} />

      {trail ? <TrailSection trail={trail} opened={trailOpened} onClose={closeTrail} /> : null}

      <div>
        <h3 className="mb-1 font-semibold">{t("deadLetters")}</h3>
        <p role="status" className="text-xs">
          {notice}
        </p>
        {dead.length === 0 ? (
          <p className="text-xs text-muted">{t("noDeadLetters")}</p>
        ) : (
          <TrailList label={t("deadLetters")} messages={dead} onReplay={replay} />
        )}
      </div>

      <div>
        <h3 className="mb-1 font-semibold">{t("liveLog")}</h3>
        <div className="mb-2 flex flex-wrap gap-2">
          <label className="flex min-w-0 flex-col gap-0.5 text-xs">
            {t("destination")}
            <select
              value={filter.destination}
              onChange={(e) => setFilter({ ...filter, destination: e.target.value })}
              className={smallControlClass}
            >
              <option value="">{t("allDestinations")}</option>
              {shownStats.map((s) => (
                <option key={s.destination} value={s.destination}>
                  {s.destination}
                </option>
              ))}
            </select>
          </label>
          <label className="flex min-w-0 flex-col gap-0.5 text-xs">
            {t("idFilter")}
            <input
              ref={idFilter}
              type="search"
              value={filter.text}
              onChange={(e) => setFilter({ ...filter, text: e.target.value })}
              className={`${smallControlClass} w-64 max-w-full`}
            />
          </label>
        </div>
        {onChosen.length === 0 ? (
          <p className="text-xs text-muted">
            {props.destinations.length < stats.length && log.length > 0 ? t("nothingOnChosen") : t("nothingYet")}
          </p>
        ) : shown.length === 0 ? (
          <div className="flex flex-wrap items-center gap-2 text-xs">
            <p className="text-muted">{t("noMatch", { filter: describeLogFilter(filter, t) })}</p>
            <button type="button" onClick={clearFilter} className={smallButtonClass}>
              {t("clear")}
            </button>
          </div>
        ) : (
          // Focusable, so that keyboard users can scroll the log (axe: scrollable-region-focusable).
          <ol
            aria-label={t("logLabel")}
            tabIndex={0}
            className="relative max-h-64 space-y-0.5 overflow-y-auto font-mono text-xs break-words"
          >
            {shown.map((entry) => (
              <li key={entry.key}>
                {entry.at.slice(11, 23)} {entry.destination}
                {entry.listener ? ` → ${entry.listener}` : ""} <span className="font-semibold">{entry.state}</span>
                {entry.attempts ? ` #${entry.attempts}` : ""}
                {entry.durationMs !== undefined ? ` ${entry.durationMs} ms` : ""}{" "}
                <span className="text-muted">corr {entry.correlationId.slice(0, 8)}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

async function loadTrail(taskId: string): Promise<TrailState> {
  // No message of its own: the trail section words it in the reader's language.
  const failed: TrailState = { status: "error" };
  const response = await fetch(`/api/tasks/${encodeURIComponent(taskId)}/trail`).catch(() => undefined);
  if (!response) return failed;
  const body = await response.json().catch(() => undefined);
  if (!response.ok) return body?.error?.message ? { status: "error", message: body.error.message } : failed;
  return { status: "loaded", name: body.name, trail: body.trail };
}
