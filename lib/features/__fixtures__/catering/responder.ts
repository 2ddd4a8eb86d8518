import type { ResponderManifest } from "../../feature";
import type { CateringReply } from "./schema";

/** The caterer: answers each setup request with a meal count, read by the Tasks portlet and the caterers. */
export const cateringResponder = {
  // No catalogue holds this key: the UI shows the English, as for any feature plugged in before its keys.
  label: { key: "catering.responder.label", en: "Catering" },
  describe: (reply: CateringReply) => ({ kind: reply.kind, answer: `${reply.meals} meals` }),
  // Only the caterers (and the Tasks portlet's readers, always): a roadie never receives a meal count.
  readers: () => ["catering:read"],
} as const satisfies ResponderManifest<CateringReply>;
