/**
 * 1. Bus core: tourbus's serial dispatch against Node's EventEmitter doing the same
 * two listener calls per message, in the same process and the same tinybench run.
 */
import { EventEmitter } from "node:events";
import { MessageBus } from "../lib/messaging/message-bus";
import type { MessageListener, Route } from "../lib/messaging/types";
import { measureRates } from "./lib/rate";
import type { BenchOptions, SuiteReport } from "./lib/types";

const DESTINATION = "bench/setup";
type BenchDestinations = { [DESTINATION]: Route<typeof payload, never> };

/** The tutorial's small request, as the Tasks portlet sends it. */
const payload = {
  name: "Stack the amps",
  description: "Two Marshall stacks, stage left",
  status: "Open",
  responseDestinationName: "bench/replies",
} as const;

/** Counts calls so neither side's listener can be optimised away. */
let handled = 0;
async function listen(): Promise<void> {
  handled += 1;
}

export function makeBusBatch(batch: number): () => Promise<void> {
  const listeners: MessageListener[] = [
    { name: "setup", receive: listen },
    { name: "inventory", receive: listen },
  ];
  const bus = new MessageBus<BenchDestinations>({
    destinations: { [DESTINATION]: { type: "serial", listeners } },
  });
  return async () => {
    const sends: Promise<unknown>[] = [];
    for (let i = 0; i < batch; i++) sends.push(bus.send(DESTINATION, payload));
    await Promise.all(sends);
    await bus.idle();
  };
}

/** The baseline: emit, and await the two async listeners' promises the same way. */
export function makeEmitterBatch(batch: number): () => Promise<void> {
  const emitter = new EventEmitter();
  const pending: Promise<void>[] = [];
  emitter.on(DESTINATION, () => pending.push(listen()));
  emitter.on(DESTINATION, () => pending.push(listen()));
  return async () => {
    for (let i = 0; i < batch; i++) emitter.emit(DESTINATION, payload);
    await Promise.all(pending);
    pending.length = 0;
  };
}

export async function runBusCore(options: BenchOptions): Promise<SuiteReport> {
  const batch = 1000;
  // Several short rounds, alternating, so a noisy neighbour hurts both sides alike;
  // the reported figures are the medians.
  const rounds = options.quick ? 1 : 5;
  const busRates: number[] = [];
  const emitterRates: number[] = [];
  const bus = makeBusBatch(batch);
  const emitter = makeEmitterBatch(batch);
  for (let round = 0; round < rounds; round++) {
    const rates = await measureRates(
      { tourbus: bus, EventEmitter: emitter },
      { timeMs: options.quick ? 300 : 1500, unitsPerCall: batch },
    );
    busRates.push(rates.tourbus!.perSecond);
    emitterRates.push(rates.EventEmitter!.perSecond);
    options.log(
      `  round ${round + 1}: tourbus ${fmt(rates.tourbus!.perSecond)}/s, EventEmitter ${fmt(rates.EventEmitter!.perSecond)}/s`,
    );
  }
  const busRate = median(busRates);
  const emitterRate = median(emitterRates);
  if (handled === 0) throw new Error("bus-core: no listener ran");
  return {
    title: "1. Bus core (in-memory dispatch, 2 serial listeners)",
    results: [
      { name: "tourbus MessageBus, serial", value: busRate, unit: "msg/s" },
      { name: "Node EventEmitter, same two calls", value: emitterRate, unit: "msg/s" },
      {
        name: "cost per message, tourbus ÷ EventEmitter",
        value: emitterRate / busRate,
        unit: "×",
        // Issue 10's goal: the bus's guarantees (async accepted-send, envelope, serial awaits) may cost up to 5×.
        target: { op: "<=", bound: 5 },
      },
    ],
    notes: [
      `tinybench; one call = a batch of ${batch} sends (all awaited) then \`await bus.idle()\`, versus ${batch} \`emit\`s whose two async listeners' promises are awaited with \`Promise.all\`. Rates are the median of ${rounds} alternating round(s).`,
      "Listeners are empty async functions, so the numbers are the dispatch cost alone.",
    ],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}
