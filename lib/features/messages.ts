import type { Route } from "@/lib/messaging/types";
import type { TourbusDestinations } from "@/lib/server/bus/bus-plug";
import type { MessageListener } from "@/lib/messaging/types";
import type { ResponderReply } from "./feature";
import type { SetupRequest } from "./setup/schema";

export const SETUP_DESTINATION = "tour/roadie/setup";
export const TASK_REPLY_DESTINATION = "tour/manager/task";

// Each destination's payload and the reply its listeners send, declared into the
// platform's bus type (declaration merging: the platform is typed by what plugs into
// it without importing it), so `bus.send` and every listener's `reply` are checked at
// compile time. The schemas live with their features (lib/features/<feature>/schema.ts).
declare module "@/lib/server/bus/bus-plug" {
  interface PluggedDestinations {
    /** The tour manager's request; its listeners (the responders) answer, each with its own replies. */
    [SETUP_DESTINATION]: Route<SetupRequest, ResponderReply>;
    /** The return address: the Tasks listener stores what arrives and answers nothing. */
    [TASK_REPLY_DESTINATION]: Route<ResponderReply, never>;
  }
}

export type { TourbusDestinations };

/** The listeners of `D`: typed by the route, so a listener that replies wrongly does not compile. */
export type ListenerOf<D extends keyof TourbusDestinations> = MessageListener<
  TourbusDestinations[D]["payload"],
  TourbusDestinations[D]["reply"]
>;
