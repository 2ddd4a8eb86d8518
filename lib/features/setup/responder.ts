import type { ResponderEntry } from "../responders";
import type { SetupReply } from "./schema";

/** A roadie's states as the crew reads them (the Tasks portlet, the Setup portlet's filter). */
export const PROGRESS_TEXT = { "in-progress": "In progress", done: "Done", blocked: "Blocked" } as const;

/**
 * How the Setup desk's automatic receipt reads everywhere (Tasks, Setup, the bell, the
 * trail): the listener answers every request at once with the tutorial's "Yes", before
 * any roadie has looked, so it must not read as a roadie's answer.
 */
export const SETUP_RECEIPT = "Received, waiting for a roadie";

/** The roadies: the Setup desk receives every setup request, then the roadies report their progress. */
export const setupResponder = {
  id: "setup",
  label: "Setup",
  permission: "setup:read",
  describe(reply: SetupReply) {
    // The tutorial's receipt is "Yes"; a client of the tutorial's own that says otherwise is shown as it said it.
    if (reply.kind !== "progress") return { kind: "ack", answer: reply.roadieResponse === "Yes" ? SETUP_RECEIPT : reply.roadieResponse };
    const text = PROGRESS_TEXT[reply.state];
    return { kind: "progress", answer: reply.reason ? `${text}: ${reply.reason}` : text, progress: reply.state };
  },
} as const satisfies ResponderEntry<SetupReply>;
