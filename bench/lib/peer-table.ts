/**
 * The one table of issue 10: tourbus beside the brokers a user would pick instead,
 * same workload, same run. Ratios are tourbus's tasks/s ÷ the peer's.
 */
import type { BenchResult } from "./types";

export type PeerRow = {
  system: string;
  /** Closed loop: the workload's tasks at its concurrency. */
  tasksPerSecond: number;
  /** At the fixed peer rate (50 tasks/s). */
  p50: number;
  p99: number;
  durability: string;
  /** Whether an acknowledged task survives a crash of the broker process (BullMQ on Redis with appendonly off does not). */
  durable?: boolean;
  /** Why this peer did not run (service not reachable): shown, never a failure. */
  skipped?: string;
  /** Anything odd about the run (errors, incomplete tasks). */
  note?: string;
};

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n >= 10 ? 0 : 1) : "n/a");
const rate = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "n/a");

export function renderPeerTable(tourbus: PeerRow | undefined, peers: readonly PeerRow[]): string[] {
  const rows = [...(tourbus ? [tourbus] : []), ...peers];
  const lines = [
    "| system (same workload) | tasks/s | p50 / p99 at 50 tasks/s | tourbus ÷ peer | durability |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const durability = row.note ? `${row.durability}; ${row.note}` : row.durability;
    if (row.skipped) {
      lines.push(`| ${row.system} | skipped | — | — | ${row.skipped} |`);
      continue;
    }
    const ratio = row === tourbus ? "—" : tourbus ? `${(tourbus.tasksPerSecond / row.tasksPerSecond).toFixed(2)}` : "n/a";
    lines.push(`| ${row.system} | ${rate(row.tasksPerSecond)} | ${ms(row.p50)} / ${ms(row.p99)} ms | ${ratio} | ${durability} |`);
  }
  return lines;
}

/** The goal's ratio: tourbus ÷ the best durable peer that ran (≥ 1.0 to meet it). */
export function ratioToBestDurablePeer(tourbus: PeerRow | undefined, peers: readonly PeerRow[]): BenchResult {
  const name = "tourbus tasks/s ÷ best durable peer's (same run)";
  const target = { op: ">=", bound: 1 } as const;
  const ran = peers.filter((p) => !p.skipped && p.durable && Number.isFinite(p.tasksPerSecond) && p.tasksPerSecond > 0);
  if (!tourbus) return { name, value: Number.NaN, unit: "ratio", target, unavailable: "tourbus not run (--only)" };
  if (ran.length === 0) return { name, value: Number.NaN, unit: "ratio", target, unavailable: "no durable peer ran" };
  const best = ran.reduce((a, b) => (b.tasksPerSecond > a.tasksPerSecond ? b : a));
  return {
    name,
    value: tourbus.tasksPerSecond / best.tasksPerSecond,
    unit: "ratio",
    target,
    note: `best durable peer: ${best.system}, ${rate(best.tasksPerSecond)} tasks/s`,
  };
}
