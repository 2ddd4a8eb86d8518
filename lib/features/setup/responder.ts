import type { ProgressState, ReplyView } from "@/lib/shared/task";
import type { FeatureText } from "@/lib/shared/i18n/feature-text";
import { STANDING_KEYS } from "@/lib/shared/task-status";
import type { ResponderManifest } from "../feature";
import type { SetupReply } from "./schema";

/**
 * A roadie's states as their reports word them: the standing a report moves its task to,
 * and the start of its stored answer ("Blocked: no power"). Stored English, like every
 * reply's text; the UI labels them by STANDING_KEYS.
 */
export const PROGRESS_TEXT = { "in-progress": "In progress", done: "Done", blocked: "Blocked" } as const;

/**
 * How the Setup desk's automatic receipt reads everywhere (Tasks, Setup, the bell, the
 * trail): the listener answers every request at once with the tutorial's "Yes", before
 * any roadie has looked, so it must not read as a roadie's answer.
 */
export const SETUP_RECEIPT = "Received, waiting for a roadie";

/** The roadie's state a reply of theirs reports, if it is a report (the Setup portlet follows them). */
export function progressStateOf(reply: Pick<ReplyView, "from" | "moves">): ProgressState | undefined {
  if (reply.from !== "setup" || reply.moves?.by !== "report") return undefined;
  const to = reply.moves.to;
  return (Object.keys(PROGRESS_TEXT) as ProgressState[]).find((state) => PROGRESS_TEXT[state] === to);
}

/**
 * Another responder's reply that its responder gives the roadies to read ("Reserved: …",
 * "Short: …"): the Setup portlet shows it on the request's card.
 */
export function isCrewContext(
  reply: ReplyView,
  responders: readonly ({ id: string } & Pick<ResponderManifest, "readers">)[],
): boolean {
  if (reply.from === "setup") return false;
  return (
    responders
      .find((responder) => responder.id === reply.from)
      ?.readers(reply)
      .includes("setup:read") ?? false
  );
}

/** The roadies: the Setup desk receives every setup request, then the roadies report their progress. */
export const setupResponder = {
  label: { key: "setup.responder.label", en: "Setup" },
  describe(reply: SetupReply) {
    if (reply.kind !== "progress") {
      // The tutorial's receipt is "Yes"; a client of the tutorial's own that says otherwise is shown as it said it.
      if (reply.roadieResponse !== "Yes") return { kind: "ack", answer: reply.roadieResponse };
      return { kind: "ack", answer: SETUP_RECEIPT, text: { key: "setup.reply.receipt", en: SETUP_RECEIPT } };
    }
    const to = PROGRESS_TEXT[reply.state];
    const answer = reply.reason ? `${to}: ${reply.reason}` : to;
    const state = STANDING_KEYS[to];
    const text: FeatureText = reply.reason
      ? { key: "setup.reply.progressBecause", en: answer, values: { state, reason: reply.reason } }
      : { key: "setup.reply.progress", en: answer, values: { state } };
    return { kind: "progress", answer, text, moves: { by: "report", to } };
  },
  // The roadies follow the progress they report (the Setup portlet's cards); their receipt is the Tasks portlet's alone.
  readers: (reply) => (reply.moves?.by === "report" ? ["setup:read"] : []),
  // Its receipt reads as the default, "Setup replied".
  heading: (kind) => (kind === "progress" ? { key: "setup.responder.progressHeading", en: "Roadie progress" } : undefined),
  // A block needs the manager (the bell counts it): the reports describe moves to "Blocked".
  problems: [{ kind: "progress", fields: { state: "blocked" } }],
} as const satisfies ResponderManifest<SetupReply>;
