import "server-only";
import type { BusObserver, DestinationsConfig } from "@/lib/messaging/types";
import type { Env } from "../env";
import { processValue, setProcessValue } from "../start/process-slot";

// Apart from get-bus.ts on purpose: plugging the features in (start-up, every test file's
// setup) loads this module alone, so it reads no setting and opens no database. The bus
// is built from the plug, with the settings, the first time it is asked for.

/**
 * The destinations the features plug in, each with its route (payload and reply):
 * lib/features/messages.ts declares them into this interface. An interface because
 * only an interface merges declarations; the platform never imports a feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface PluggedDestinations {}
/** The same as an object type, which the bus's `DestinationMap` constraint accepts. */
export type TourbusDestinations = { [D in keyof PluggedDestinations]: PluggedDestinations[D] };

/** The settings the features' wiring may depend on (SERIAL_ORDERING), handed over when the bus is built. */
export type BusSettings = Pick<Env, "SERIAL_ORDERING">;

/** Every destination with its listeners, and who watches. */
export type BusWiring = { destinations: DestinationsConfig<TourbusDestinations>; observers?: readonly BusObserver[] };

/** What the features hand the platform for its bus: their wiring, made when the bus is built. */
export type BusPlug = (settings: BusSettings) => BusWiring;

/** The features plug their wiring in before anything asks for the bus (start-up: lib/features/plug-features.ts). */
export function plugBus(plug: BusPlug): void {
  setProcessValue("bus.plug", plug);
}

/** The plugged wiring; refused when nothing was plugged in. */
export function pluggedBus(): BusPlug {
  const plug = processValue<BusPlug>("bus.plug");
  if (!plug)
    throw new Error("no bus wiring plugged in: start-up (lib/features/plug-features.ts) plugs it before the bus is asked for");
  return plug;
}
