import type { MessageTrailView } from "@/lib/shared/bus-views";

const STATE_TONE: Record<string, string> = {
  done: "text-emerald-800 dark:text-emerald-300",
  dead: "text-red-800 dark:text-red-300",
  failed: "text-amber-800 dark:text-amber-300",
};

/** Messages with their deliveries: a task's trail, or dead letters (with a replay button). */
export function TrailList(props: {
  label: string;
  messages: MessageTrailView[];
  onReplay?: (messageId: string, listener: string) => void;
}) {
  return (
    <ol aria-label={props.label} className="space-y-2 text-xs">
      {props.messages.map((message) => (
        <li key={message.id} className="rounded border border-slate-200 p-2 dark:border-slate-700">
          <p>
            <span className="font-mono">{message.destination}</span>
            {message.repliedBy ? <span> — reply from {message.repliedBy}</span> : null}
            <span className="block break-all text-slate-600 dark:text-slate-300">
              message {message.id} · correlation {message.correlationId}
            </span>
          </p>
          <ul className="mt-1 space-y-0.5">
            {message.deliveries.map((d) => (
              <li key={d.listener} className="flex flex-wrap items-center gap-x-2">
                <span className="font-semibold">{d.listener}</span>
                <span className={STATE_TONE[d.state] ?? ""}>{d.state}</span>
                <span>
                  {d.attempts} attempt{d.attempts === 1 ? "" : "s"}
                </span>
                {d.durationMs !== undefined ? <span>{d.durationMs} ms</span> : null}
                {d.lastError ? <span className="text-red-800 dark:text-red-300">{d.lastError}</span> : null}
                {props.onReplay && d.state === "dead" ? (
                  <button
                    type="button"
                    onClick={() => props.onReplay!(message.id, d.listener)}
                    className="rounded border border-slate-400 px-2 py-0.5 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-sky-600 dark:hover:bg-slate-700"
                  >
                    Replay to {d.listener}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
