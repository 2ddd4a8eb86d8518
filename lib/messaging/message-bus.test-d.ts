// Type-level tests, checked by `npx tsc --noEmit` (never run): a DestinationMap types
// every send and every reply at compile time, as mitt's event map types `emit`.
import { expectTypeOf } from "vitest";
import { MessageBus } from "./message-bus";
import type { Transport } from "./transport/transport";
import type { DestinationsConfig, Message, MessageListener, Route } from "./types";

type SetupRequest = { name: string; gear: string[] };
type SetupReply = { from: "setup"; answer: "Yes" | "No" };
type Tour = {
  "tour/roadie/setup": Route<SetupRequest, SetupReply>;
  "tour/manager/task": Route<SetupReply, never>;
};

declare const bus: MessageBus<Tour>;
declare const request: SetupRequest;

// Each destination takes its own payload, and resolves with a message of it.
expectTypeOf(bus.send("tour/roadie/setup", request)).resolves.toEqualTypeOf<Message<SetupRequest>>();
// @ts-expect-error: not a setup request
void bus.send("tour/roadie/setup", { name: "Amps" });
// @ts-expect-error: no such destination
void bus.send("tour/nowhere", request);

// A listener's reply is its route's reply type; a route with `never` replies nothing.
const setup: MessageListener<SetupRequest, SetupReply> = {
  name: "setup",
  async receive(message, { reply }) {
    expectTypeOf(message.payload).toEqualTypeOf<SetupRequest>();
    await reply({ from: "setup", answer: "Yes" });
    // @ts-expect-error: not a setup reply
    await reply({ from: "setup", answer: "Maybe" });
  },
};
const tasks: MessageListener<SetupReply, never> = {
  name: "tasks",
  async receive(_message, { reply }) {
    // @ts-expect-error: tour/manager/task's route has no reply
    await reply({ from: "setup", answer: "Yes" });
  },
};

// The configuration names every destination of the map, with listeners of its route.
export const config: DestinationsConfig<Tour> = {
  "tour/roadie/setup": { type: "serial", listeners: [setup] },
  "tour/manager/task": { type: "serial", listeners: [tasks] },
};
// @ts-expect-error: a destination of the map left undeclared
export const missing: DestinationsConfig<Tour> = { "tour/roadie/setup": { type: "serial", listeners: [setup] } };
export const mismatched: DestinationsConfig<Tour> = {
  // @ts-expect-error: a listener of another route
  "tour/roadie/setup": { type: "serial", listeners: [tasks] },
  "tour/manager/task": { type: "serial", listeners: [tasks] },
};

// A transport's kind is open: a transport from outside this folder names itself.
expectTypeOf<{ kind: "nats" }>().toExtend<Pick<Transport, "kind">>();
