import { afterEach } from "vitest";
import { MessageBus } from "../message-bus";
import type { DestinationMap, DestinationsConfig, BusObserver } from "../types";
import type { MessageStore } from "../store/message-store";
import type { Transport } from "./transport";

/** What a transport's test file gives the bus conformance suites. */
export type TransportHarness = {
  /** A transport for one new bus (undefined: the bus's default, in-process). */
  transport(): Transport | undefined;
  /** Resolves once everything sent has been handled, cluster-wide for a cluster transport. */
  settle(bus: MessageBus<never>): Promise<void>;
};

type BusSetup<M extends DestinationMap> = {
  destinations: DestinationsConfig<M>;
  store?: MessageStore;
  observers?: BusObserver[];
  onInternalError?: (error: unknown, context: string) => void;
  /** Started (`recover()`) unless false; a test that counts what recovery does starts it itself. */
  start?: boolean;
};

/** Makes buses on the harness's transport, and closes them after each test. */
export function busMaker(harness: TransportHarness) {
  const buses: MessageBus<never>[] = [];
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
  });
  return {
    async make<M extends DestinationMap>(setup: BusSetup<M>): Promise<MessageBus<M>> {
      const transport = harness.transport();
      const bus = new MessageBus<M>({ ...setup, ...(transport ? { transport } : {}) });
      buses.push(bus as unknown as MessageBus<never>);
      if (setup.start !== false) await bus.recover();
      return bus;
    },
    settle: (bus: MessageBus<never> | MessageBus<DestinationMap>) => harness.settle(bus as unknown as MessageBus<never>),
  };
}
