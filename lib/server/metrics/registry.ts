import "server-only";
import type { DestinationStats } from "@/lib/messaging/destination-stats";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { getBus } from "../bus/get-bus";
import { prismaCounts } from "../db/client";
import { engine, writes } from "../db/writes";
import { getRealtimeServer, signedInSockets } from "../realtime/publish";
import { processOnce } from "../start/process-slot";

/**
 * Prometheus metrics for /metrics. Values are read when scraped (prom-client's
 * `collect`), from the bus's statistics and the connections' own counters, so the hot
 * path does no metrics work of its own. One registry per process, in the process slot.
 */
export function metricsRegistry(): Registry {
  return processOnce("metrics", createRegistry);
}

function createRegistry(): Registry {
  const registry = new Registry();
  // Unprefixed, as stock Node.js dashboards and alerts expect (process_cpu_seconds_total,
  // nodejs_eventloop_lag_seconds); only tourbus's own metrics carry `tourbus_`.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  sqlCounter(
    "tourbus_sql_statements_total",
    "SQL statements run, by connection (engine: the hot path's prepared statements; prisma: pages and admin).",
    "statements",
    registers,
  );
  sqlCounter(
    "tourbus_sql_transactions_total",
    "Transactions committed or rolled back, by connection.",
    "transactions",
    registers,
  );
  new Gauge({
    name: "tourbus_write_queue_waiting",
    help: "Writes waiting for the next group commit (one that only grows means storage is wedged).",
    registers,
    collect() {
      this.set(writes.waiting);
    },
  });
  new Gauge({
    name: "tourbus_sockets_connected",
    help: "Signed-in Socket.IO connections (open pages) on this instance.",
    registers,
    collect() {
      const io = getRealtimeServer();
      this.set(io ? signedInSockets(io) : 0);
    },
  });
  busGauge("tourbus_bus_pending", "Messages waiting in a destination's queue.", (s) => s.pending, registers);
  busGauge("tourbus_bus_in_flight", "Deliveries running now.", (s) => s.inFlight, registers);
  busGauge("tourbus_bus_retrying", "Deliveries waiting for a retry.", (s) => s.retrying, registers);
  busCounter("tourbus_bus_sent_total", "Messages accepted.", (s) => s.sent, registers);
  busCounter("tourbus_bus_delivered_total", "Deliveries a listener handled.", (s) => s.delivered, registers);
  busCounter("tourbus_bus_failed_total", "Delivery attempts that threw.", (s) => s.failed, registers);
  busCounter("tourbus_bus_dead_total", "Deliveries dead-lettered.", (s) => s.dead, registers);
  busCounter("tourbus_bus_rejected_total", "Messages refused (no listener, queue full).", (s) => s.rejected, registers);
  observeHandlingTime(registers);
  return registry;
}

/**
 * How long each listener took over each delivery it finished, per destination: the
 * one metric observed as deliveries happen (a bus observer; one bucket increment),
 * since a histogram cannot be read back from the bus's statistics.
 */
function observeHandlingTime(registers: Registry[]): void {
  const histogram = new Histogram({
    name: "tourbus_bus_handling_seconds",
    help: "Time a listener took over a delivery that succeeded, by destination and listener.",
    labelNames: ["destination", "listener"],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  getBus().observe({
    delivered: ({ message, listener, durationMs }) =>
      histogram.observe({ destination: message.destination, listener }, durationMs / 1000),
  });
}

type Stats = DestinationStats;

function sqlCounter(name: string, help: string, count: "statements" | "transactions", registers: Registry[]): void {
  new Counter({
    name,
    help,
    labelNames: ["connection"],
    registers,
    collect() {
      this.reset();
      this.inc({ connection: "engine" }, engine.counts[count]);
      this.inc({ connection: "prisma" }, prismaCounts[count]);
    },
  });
}

function busGauge(name: string, help: string, read: (stats: Stats) => number, registers: Registry[]): void {
  new Gauge({
    name,
    help,
    labelNames: ["destination"],
    registers,
    collect() {
      for (const stats of getBus().stats()) this.set({ destination: stats.destination }, read(stats));
    },
  });
}

function busCounter(name: string, help: string, read: (stats: Stats) => number, registers: Registry[]): void {
  new Counter({
    name,
    help,
    labelNames: ["destination"],
    registers,
    collect() {
      this.reset();
      for (const stats of getBus().stats()) this.inc({ destination: stats.destination }, read(stats));
    },
  });
}
