import { useTranslations } from "next-intl";
import { replyText, responderLabel } from "@/lib/features/registry";
import { formatGearNeeds } from "@/lib/shared/gear-format";
import type { ProgressView } from "@/lib/shared/progress";
import type { ListenerActivityView, ReplyView } from "@/lib/shared/task";
import { STANDING_KEYS, taskStanding } from "@/lib/shared/task-status";
import { PROGRESS_TEXT } from "../responder";
import { ProgressControls } from "./progress-controls";

/**
 * One setup request as a roadie needs it: what to do, the gear, what the inventory
 * reserved or is short of, their latest report, and the buttons to report again.
 */
export function RequestCard(props: {
  entry: ListenerActivityView;
  answers: ReplyView[];
  progress?: ProgressView;
  canReport: boolean;
}) {
  const { entry, answers, progress } = props;
  const t = useTranslations();
  const request = entry.request;
  // The same status the Tasks portlet shows, from what this card knows: the receipt, the answers, the latest report.
  const standing = taskStanding({ replies: progressAsReplies({ entry, answers, progress }) });
  return (
    <li className="space-y-2 py-3 first:pt-0" data-request-id={entry.requestId}>
      <div className="space-y-1">
        <h3 dir="auto" className="font-medium">
          {entry.taskName}
        </h3>
        {request?.description ? (
          <p dir="auto" className="whitespace-pre-line break-words text-muted">
            {request.description}
          </p>
        ) : null}
        {request && request.gear.length > 0 ? (
          <p className="break-words">
            <span className="text-muted">{t("setup.card.needs")}</span> <bdi>{formatGearNeeds(request.gear)}</bdi>
          </p>
        ) : null}
        {answers.map((answer) => (
          <p key={answer.id} className={`break-words ${answer.moves?.by === "concern" ? "font-medium text-danger" : ""}`}>
            <span className="text-muted">{t("setup.card.answerFrom", { responder: responderLabel(answer.from, t) })}</span>{" "}
            <bdi>{replyText(t, answer)}</bdi>
          </p>
        ))}
        <p className="text-muted">
          {t("setup.card.status")} <span className="text-fg">{t(`status.${STANDING_KEYS[standing]}`)}</span>
          {" · "}
          {t("setup.card.now")}{" "}
          <bdi className="text-fg">{progress ? replyText(t, progress) : t("setup.card.waitingForRoadie")}</bdi>
        </p>
      </div>
      {props.canReport ? <ProgressControls requestId={entry.requestId} taskName={entry.taskName} /> : null}
    </li>
  );
}

/** The card's knowledge as replies, for taskStanding: the Setup desk's receipt, the answers, the latest report. */
function progressAsReplies(options: { entry: ListenerActivityView; answers: ReplyView[]; progress?: ProgressView }): ReplyView[] {
  const { entry, answers, progress } = options;
  const receipt: ReplyView = { id: entry.id, from: "setup", kind: "ack", answer: entry.answer, createdAt: entry.createdAt };
  const report: ReplyView[] = progress
    ? [
        {
          id: `${entry.id}-progress`,
          from: "setup",
          kind: "progress",
          answer: progress.answer,
          createdAt: entry.createdAt,
          moves: { by: "report", to: PROGRESS_TEXT[progress.state] },
        },
      ]
    : [];
  return [receipt, ...answers, ...report];
}
