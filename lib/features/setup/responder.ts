import type { ResponderEntry } from "../responders";
import type { SetupReply } from "./schema";

/** A roadie's states as the crew reads them (the Tasks portlet, the Setup portlet's filter). */
export const PROGRESS_TEXT = { "in-progress": "In progress", done: "Done", blocked: "Blocked" } as const;

/** The roadies: they acknowledge every setup request, then report their progress. */
export const setupResponder = {
  id: "setup",
  label: "Setup",
  permission: "setup:read",
  describe(reply: SetupReply) {
    if (reply.kind !== "progress") return { kind: "ack", answer: reply.roadieResponse };
    const text = PROGRESS_TEXT[reply.state];
    return { kind: "progress", answer: reply.reason ? `${text}: ${reply.reason}` : text, progress: reply.state };
  },
} as const satisfies ResponderEntry<SetupReply>;
