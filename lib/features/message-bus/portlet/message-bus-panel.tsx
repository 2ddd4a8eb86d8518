"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { replayDeadLetterAction } from "@/app/actions/replay-dead-letter";
import { useBusActivity } from "@/components/realtime/use-bus-activity";
import type { DestinationStats } from "@/lib/messaging/destination-stats";
import type { MessageTrailView } from "@/lib/shared/bus-views";
import { onShowTrail } from "./show-trail";
import { FlowDiagram, stopsFor, type FlowStop } from "./flow-diagram";
import { fromActivity, fromTrail, LOG_LIMIT, matchesFilter, type LogEntry } from "./log-entries";
import { StatsTable } from "./stats-table";
import { TrailList } from "./trail-list";

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
  const [filter, setFilter] = useState({ destination: "", text: "" });
  const [trail, setTrail] = useState<{ name: string; trail: MessageTrailView[] } | { error: string } | null>(null);
  const [notice, setNotice] = useState("");
  const counter = useRef(0);

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
      onShowTrail(async ({ taskId }) => {
        setTrail(null);
        const response = await fetch(`/api/tasks/${encodeURIComponent(taskId)}/trail`);
        const body = await response.json();
        setTrail(response.ok ? body : { error: body.error?.message ?? "The trail could not be loaded." });
      }),
    [],
  );

  async function replay(messageId: string, listener: string) {
    const result = await replayDeadLetterAction({ messageId, listener });
    setNotice(result.ok ? `Replayed to ${listener}.` : result.message);
    await refreshDead();
  }

  const chosen = new Set(props.destinations);
  const shownStats = stats.filter((row) => chosen.has(row.destination));
  const shown = log.filter((entry) => chosen.has(entry.destination) && matchesFilter(entry, filter));
  return (
    <div className="space-y-4 text-sm">
      <FlowDiagram lit={lit} />
      <StatsTable stats={shownStats} />

      {trail ? (
        <section aria-label="Task trail" className="rounded border border-accent p-2">
          {"error" in trail ? (
            <p role="alert">{trail.error}</p>
          ) : (
            <>
              <h3 className="mb-1 font-semibold">Trail of “{trail.name}”</h3>
              <TrailList label={`Trail of ${trail.name}`} messages={trail.trail} />
            </>
          )}
        </section>
      ) : null}

      <div>
        <h3 className="mb-1 font-semibold">Dead letters</h3>
        <p role="status" className="text-xs">{notice}</p>
        {dead.length === 0 ? (
          <p className="text-xs text-muted">No dead letters. Every delivery got through.</p>
        ) : (
          <TrailList label="Dead letters" messages={dead} onReplay={replay} />
        )}
      </div>

      <div>
        <h3 className="mb-1 font-semibold">Live log</h3>
        <div className="mb-2 flex flex-wrap gap-2">
          <label className="text-xs">
            Destination{" "}
            <select
              value={filter.destination}
              onChange={(e) => setFilter({ ...filter, destination: e.target.value })}
              className="rounded border border-field bg-surface px-1 py-0.5"
            >
              <option value="">All destinations</option>
              {shownStats.map((s) => (
                <option key={s.destination} value={s.destination}>{s.destination}</option>
              ))}
            </select>
          </label>
          <label className="text-xs">
            Correlation or message id{" "}
            <input
              type="search"
              value={filter.text}
              onChange={(e) => setFilter({ ...filter, text: e.target.value })}
              className="rounded border border-field bg-surface px-1 py-0.5"
            />
          </label>
        </div>
        {shown.length === 0 ? (
          <p className="text-xs text-muted">Nothing on the bus yet.</p>
        ) : (
          // Focusable, so that keyboard users can scroll the log (axe: scrollable-region-focusable).
          <ol aria-label="Bus log" tabIndex={0} className="relative max-h-64 space-y-0.5 overflow-y-auto font-mono text-xs">
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
