// Type-level tests, checked by `npx tsc --noEmit` (never run): the routes, the
// responders table and the lists kept beside it must agree, or the build fails.
import { expectTypeOf } from "vitest";
import type { Message } from "@/lib/messaging/types";
import type { TourbusBus } from "@/lib/server/bus/get-bus";
import type { ListenerOf } from "@/lib/features/messages";
import type { ReplyView } from "@/lib/shared/task";
import type { ResponderEntry, ResponderId, SameMembers, TaskReply } from "./responders";
import type { SetupReply, SetupRequest } from "./setup/schema";

declare const bus: TourbusBus;
declare const request: SetupRequest;

// Each destination takes its own payload, and nothing else.
void bus.send("tour/roadie/setup", request);
// @ts-expect-error: not a setup request
void bus.send("tour/roadie/setup", { name: "Amps" });
// @ts-expect-error: no such destination
void bus.send("tour/nowhere", request);

// A request's answers are typed by the destination's route.
expectTypeOf(bus.request("tour/roadie/setup", request, { timeoutMs: 1 })).resolves.toEqualTypeOf<Message<TaskReply>[]>();

// A listener on tour/roadie/setup replies only with a responder's reply…
export const replier: ListenerOf<"tour/roadie/setup"> = {
  name: "setup",
  async receive(_message, { reply }) {
    await reply({ from: "setup", kind: "ack", roadieResponse: "Yes" });
    // @ts-expect-error: a reply no responder of the table sends
    await reply({ from: "catering", menu: "Soup" });
  },
};
// …and the Tasks listener on the return address replies nothing.
export const silent: ListenerOf<"tour/manager/task"> = {
  name: "tasks",
  async receive(_message, { reply }) {
    // @ts-expect-error: tour/manager/task's route has no reply
    await reply({ from: "setup", roadieResponse: "Yes" });
  },
};

// A reply's `from` is a responder of the table, in the bus's replies and in the UI's views.
expectTypeOf<TaskReply["from"]>().toEqualTypeOf<ResponderId>();
expectTypeOf<ReplyView["from"]>().toEqualTypeOf<ResponderId>();

// Lists kept apart from the table must name the same responders: the wiring's check.
true satisfies SameMembers<ResponderId, ResponderId>;
// @ts-expect-error: a responder missing from the wiring
true satisfies SameMembers<Exclude<ResponderId, "setup">, ResponderId>;
// @ts-expect-error: a listener missing from the table
true satisfies SameMembers<ResponderId | "not-a-responder", ResponderId>;

// A responder names a permission that exists, and words its own replies.
export const unknownPermission = {
  id: "catering",
  label: "Catering",
  // @ts-expect-error: no such permission
  permission: "catering:read",
  describe: () => ({ kind: "answer", answer: "Soup" }),
} satisfies ResponderEntry;
export const wrongReplies = {
  id: "catering",
  label: "Catering",
  permission: "inventory:read",
  // @ts-expect-error: a reply with no text to show
  describe: (reply: SetupReply) => ({ kind: "answer", answer: reply.kind }),
} satisfies ResponderEntry<SetupReply>;
