import { responderLabel } from "@/lib/features/registry";
import { formatGearNeeds } from "@/lib/shared/gear-format";
import type { ProgressView } from "@/lib/shared/progress";
import type { ListenerActivityView, ReplyView } from "@/lib/shared/task";
import { ProgressControls } from "./progress-controls";

/**
 * One setup request as a roadie needs it: what to do, the gear, what the inventory
 * reserved or is short of, their latest report, and the buttons to report again.
 */
export function RequestCard(props: { entry: ListenerActivityView; answers: ReplyView[]; progress?: ProgressView }) {
  const { entry, answers, progress } = props;
  const request = entry.request;
  return (
    <li className="space-y-2 py-3 first:pt-0" data-request-id={entry.requestId}>
      <div className="space-y-1">
        <h3 className="font-medium">{entry.taskName}</h3>
        {request?.description ? <p className="whitespace-pre-line break-words text-muted">{request.description}</p> : null}
        {request && request.gear.length > 0 ? (
          <p className="break-words">
            <span className="text-muted">Needs:</span> {formatGearNeeds(request.gear)}
          </p>
        ) : null}
        {answers.map((answer) => (
          <p key={answer.id} className={`break-words ${answer.moves?.by === "concern" ? "font-medium text-danger" : ""}`}>
            <span className="text-muted">{responderLabel(answer.from)}:</span> {answer.answer}
          </p>
        ))}
        <p className="text-muted">
          Answered: <span className="text-fg">{entry.answer}</span>
          {" · "}
          Now: <span className="text-fg">{progress?.answer ?? "not started"}</span>
        </p>
      </div>
      <ProgressControls requestId={entry.requestId} taskName={entry.taskName} />
    </li>
  );
}
