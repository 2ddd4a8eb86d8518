import type { TransportHarness } from "./transport-harness";

/** The default transport: each test's bus dispatches in its own process, so its own idle() is the whole story. */
export const inProcessHarness: TransportHarness = {
  transport: () => undefined,
  settle: (bus) => bus.idle(),
};
