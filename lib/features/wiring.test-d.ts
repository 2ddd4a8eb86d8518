// Type-level tests, checked by `npx tsc --noEmit` (never run): the routes, the
// responders' contracts and the registry must agree, or the build fails.
import { expectTypeOf } from "vitest";
import type { TourbusBus } from "@/lib/server/bus/get-bus";
import type { ReplyView } from "@/lib/shared/task";
import type { ResponderListener, ResponderManifest } from "./feature";
import type { ListenerOf } from "./messages";
import type { PLUG_INS } from "./plug-ins.generated";
import type { SameMembers } from "./portlet-registry";
import type { FeatureId } from "./registry";
import type { SetupReply, SetupRequest } from "./setup/schema";

declare const bus: TourbusBus;
declare const request: SetupRequest;

// Each destination takes its own payload, and nothing else.
void bus.send("tour/roadie/setup", request);
// @ts-expect-error: not a setup request
void bus.send("tour/roadie/setup", { name: "Amps" });
// @ts-expect-error: no such destination
void bus.send("tour/nowhere", request);

// A responder's listener replies only with the replies it declares…
export const replier = {
  name: "setup",
  async receive(_message, { reply }) {
    await reply({ from: "setup", kind: "ack", roadieResponse: "Yes" });
    // @ts-expect-error: a reply of another shape than its own
    await reply({ from: "catering", menu: "Soup" });
  },
} satisfies ResponderListener<SetupReply>;
// …and the Tasks listener on the return address replies nothing.
export const silent: ListenerOf<"tour/manager/task"> = {
  name: "tasks",
  async receive(_message, { reply }) {
    // @ts-expect-error: tour/manager/task's route has no reply
    await reply({ from: "setup", roadieResponse: "Yes" });
  },
};

// No shared type names a responder: a reply's `from` is any feature's id.
expectTypeOf<ReplyView["from"]>().toEqualTypeOf<string>();

// Every feature of the registry has its plug-in, and every plug-in its line (portlet-registry.tsx's check).
true satisfies SameMembers<keyof typeof PLUG_INS, FeatureId>;
// @ts-expect-error: a feature without its plug-in
true satisfies SameMembers<keyof typeof PLUG_INS, FeatureId | "catering">;

// A responder's readers are permissions that exist, and it words its own replies.
export const unknownPermission = {
  label: { key: "catering.responder.label", en: "Catering" },
  describe: () => ({ kind: "answer", answer: "Soup" }),
  // @ts-expect-error: no such permission
  readers: () => ["catering:nowhere"],
} satisfies ResponderManifest;
export const wrongReplies = {
  label: { key: "catering.responder.label", en: "Catering" },
  // @ts-expect-error: a reply with no text to show
  describe: (reply: SetupReply) => ({ kind: "answer", answer: reply.kind }),
  readers: () => [],
} satisfies ResponderManifest<SetupReply>;
