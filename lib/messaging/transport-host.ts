import { DeliveryTally } from "./delivery-tally";
import type { DestinationRuntime } from "./destination-runtime";
import type { Recovery } from "./recovery";
import type { MessageStore } from "./store/message-store";
import type { QueuedDestination, TransportHost } from "./transport/transport";

type HostParts = {
  instanceId: string;
  runtimes: ReadonlyMap<string, DestinationRuntime>;
  recovery: Recovery;
  store: MessageStore | undefined;
  onInternalError: (error: unknown, context: string) => void;
};

/**
 * What the bus shows its transport: the destinations it carries, described (never the
 * runtimes), and `run`, which turns a work item into deliveries on this instance.
 */
export function createTransportHost({ instanceId, runtimes, recovery, store, onInternalError }: HostParts): TransportHost {
  const destinations: QueuedDestination[] = [];
  for (const { definition } of runtimes.values()) {
    if (definition.type === "synchronous") continue;
    const { name, type, orderingKey } = definition;
    destinations.push(orderingKey ? { name, type, orderingKey } : { name, type });
  }
  return {
    instanceId,
    destinations,
    run(item, options = {}) {
      const runtime = runtimes.get(item.message.destination);
      // A claimed or re-queued item may be half done: the store says what is still open.
      if (item.resume || !runtime) return recovery.resumeStored(item.message.id, options.ack);
      const wanted = item.listeners;
      const all = runtime.definition.listeners;
      const listeners = wanted ? all.filter((l) => wanted.includes(l.name)) : all;
      const tally = options.ack && new DeliveryTally(listeners.length, options.ack);
      const deliveries = listeners.map((listener) => ({ listener, attempt: 1 }));
      return runtime.dispatch({ message: item.message, deliveries, tally }, options);
    },
    unfinished: async () => (await store?.unfinished()) ?? [],
    resume: (stored) => recovery.resume(stored),
    onInternalError,
  };
}
