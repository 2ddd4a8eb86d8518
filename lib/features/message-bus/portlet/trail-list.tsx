import { useTranslations } from "next-intl";
import type { MessageTrailView } from "@/lib/shared/bus-views";
import { smallButtonClass } from "./small-button";

const STATE_TONE: Record<string, string> = {
  done: "text-ok",
  dead: "text-danger",
  failed: "text-warn",
};

/** Messages with their deliveries: a task's trail, or dead letters (with a replay button). */
export function TrailList(props: {
  label: string;
  messages: MessageTrailView[];
  onReplay?: (messageId: string, listener: string) => void;
}) {
  const t = useTranslations("messageBus.trail");
  return (
    <ol aria-label={props.label} className="space-y-2 text-xs">
      {props.messages.map((message) => (
        <li key={message.id} className="rounded border border-line p-2">
          <p>
            <span className="font-mono">{message.destination}</span>
            {message.repliedBy ? <span> {t("replyFrom", { responder: message.repliedBy })}</span> : null}
            {message.reply ? <span className="block font-semibold break-words">{message.reply}</span> : null}
            <span className="block break-all text-muted">
              {t("ids", { message: message.id, correlation: message.correlationId })}
            </span>
          </p>
          <ul className="mt-1 space-y-0.5">
            {message.deliveries.map((d) => (
              <li key={d.listener} className="flex flex-wrap items-center gap-x-2">
                <span className="font-semibold">{d.listener}</span>
                <span className={STATE_TONE[d.state] ?? ""}>{d.state}</span>
                <span>{t("attempts", { count: d.attempts })}</span>
                {d.durationMs !== undefined ? <span>{t("duration", { ms: d.durationMs })}</span> : null}
                {d.lastError ? <span className="text-danger">{d.lastError}</span> : null}
                {props.onReplay && d.state === "dead" ? (
                  <button type="button" onClick={() => props.onReplay!(message.id, d.listener)} className={smallButtonClass}>
                    {t("replayTo", { listener: d.listener })}
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
