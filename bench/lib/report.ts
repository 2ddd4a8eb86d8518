import { loadavg } from "node:os";
import type { Machine } from "./machine";
import { isMet, type BenchResult, type SuiteReport } from "./types";

function formatValue(result: BenchResult): string {
  const { value, unit } = result;
  if (result.unavailable !== undefined) return `n/a (${result.unavailable})`;
  if (!Number.isFinite(value)) return "n/a";
  if (unit === "count") return String(value);
  const digits = Math.abs(value) >= 1000 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const number = value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return unit === "×" ? `${number}×` : `${number} ${unit}`;
}

function formatTarget(result: BenchResult): string {
  if (!result.target) return "";
  const bound = { ...result, value: result.target.bound, unavailable: undefined };
  return `${result.target.op === "<=" ? "≤" : "≥"} ${formatValue(bound)}`;
}

function verdict(result: BenchResult): string {
  if (result.target && result.unavailable !== undefined) return "n/a";
  const met = isMet(result);
  if (met === undefined) return "";
  return met ? "met" : "**missed**";
}

/** BENCHMARKS.md: the machine, one table per suite with targets and verdicts, and how to reproduce. */
export function renderReport(options: {
  machine: Machine;
  quick: boolean;
  suites: SuiteReport[];
  totalSeconds: number;
  changes: string[];
  /** Fixes outside the harness, measured by hand and left to their owners. */
  proposals?: string[];
}): string {
  const { machine, suites } = options;
  const all = suites.flatMap((s) => s.results).filter((r) => r.target);
  const met = all.filter((r) => isMet(r)).length;
  const counted = all.filter((r) => r.unavailable === undefined).length;
  const lines = [
    "# tourbus benchmarks",
    "",
    "Written by `npm run bench` (overwritten each run). Numbers from a shared or busy machine are noisy; compare runs on a quiet one.",
    "",
    options.quick ? "> **Quick smoke run (`--quick`)**: short durations and small batches; not comparable with a full run.\n" : "",
    "## Machine",
    "",
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- RAM: ${machine.ramGb.toFixed(1)} GB`,
    `- Node.js: ${machine.node}`,
    `- Date: ${machine.date}`,
    `- Load average at the start (1/5/15 min): ${machine.loadAtStart.map((l) => l.toFixed(2)).join(" / ")}`,
    `- Load average at the end (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(" / ")}`,
    `- Whole run: ${options.totalSeconds.toFixed(0)} s`,
    "",
    `## Summary: ${met} of ${counted} targets met${counted < all.length ? ` (${all.length - counted} not measurable in this run)` : ""}`,
    "",
    "| result | value | target | verdict |",
    "| --- | --- | --- | --- |",
    ...all.map((r) => `| ${r.name} | ${formatValue(r)} | ${formatTarget(r)} | ${verdict(r)} |`),
    "",
  ];
  for (const suite of suites) {
    lines.push(`## ${suite.title}`, "");
    if (suite.table) lines.push(...suite.table, "");
    lines.push("| result | value | target | verdict | note |", "| --- | --- | --- | --- | --- |");
    for (const r of suite.results) {
      lines.push(`| ${r.name} | ${formatValue(r)} | ${formatTarget(r)} | ${verdict(r)} | ${r.note ?? ""} |`);
    }
    lines.push("", ...suite.notes.map((n) => `- ${n}`), "");
  }
  if (options.changes.length) lines.push("## What was changed, and what it bought", "", ...options.changes.map((c) => `- ${c}`), "");
  if (options.proposals?.length) {
    lines.push("## Proposed, not applied (shared code)", "", ...options.proposals.map((p) => `- ${p}`), "");
  }
  lines.push(
    "## How to reproduce",
    "",
    "```sh",
    "npm install",
    "npm run bench            # everything, including one `next build`: a few minutes",
    "npm run bench -- --quick # a short smoke run of the same harness",
    "```",
    "",
    "The suites live in `bench/` (TypeScript run with `node --import tsx`); scratch databases go to `data/bench/` and are recreated each run. Ports: each server under test listens on a port the kernel gave as free (`BENCH_PORT` forces one), and the harness drives it only once `/api/health` answers with the busId its own child logged at start.",
    "",
  );
  return lines.filter((line, i, all) => !(line === "" && all[i - 1] === "")).join("\n");
}
