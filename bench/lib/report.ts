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

/** One suite's section: its heading, its own table if any, its results, its notes. */
function renderSuite(suite: SuiteReport): string[] {
  const lines = [`## ${suite.title}`, ""];
  if (suite.table) lines.push(...suite.table, "");
  lines.push("| result | value | target | verdict | note |", "| --- | --- | --- | --- | --- |");
  for (const r of suite.results) {
    lines.push(`| ${r.name} | ${formatValue(r)} | ${formatTarget(r)} | ${verdict(r)} | ${r.note ?? ""} |`);
  }
  lines.push("", ...suite.notes.map((n) => `- ${n}`), "");
  return lines;
}

/** Where a section that BENCHMARKS.md lacks goes: before the first of these, else at the end. */
const AFTER_SUITES = ["## What was changed", "## Proposed, not applied", "## How to reproduce"];

/**
 * `--merge`: the suites just run replace their own sections of an existing
 * BENCHMARKS.md (found by their number, "## 8. …"), or are added after the last
 * suite; every other line stays as the full run wrote it. Each merged section says
 * when and on what it ran, since the file's Machine section describes the other run.
 */
export function mergeReport(existing: string, suites: SuiteReport[], machine: Machine): string {
  let text = existing;
  for (const suite of suites) {
    const ranAlone =
      `Run on its own (\`npm run bench -- --only=… --merge\`) on ${machine.date}: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb.toFixed(1)} GB, Node.js ${machine.node}; ` +
      `load average (1/5/15 min) ${machine.loadAtStart.map((l) => l.toFixed(2)).join(" / ")} at the start, ${loadavg()
        .map((l) => l.toFixed(2))
        .join(
          " / ",
        )} at the end. The Machine section above describes the run the other sections come from; the summary lists that run's targets.`;
    const section = renderSuite({ ...suite, notes: [...suite.notes, ranAlone] }).join("\n");
    const number = suite.title.split(" ")[0]!;
    const lines = text.split("\n");
    const start = lines.findIndex((line) => line.startsWith(`## ${number} `));
    if (start >= 0) {
      const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
      lines.splice(start, (end < 0 ? lines.length : end) - start, ...section.split("\n"));
    } else {
      // Before the first suite numbered higher (a merge of 11 then 10 keeps 10 first), else after the last suite.
      const later = lines.findIndex(
        (line) => /^## \d+\. /.test(line) && Number.parseInt(line.slice(3), 10) > Number.parseInt(number, 10),
      );
      const at = later >= 0 ? later : lines.findIndex((line) => AFTER_SUITES.some((heading) => line.startsWith(heading)));
      lines.splice(at < 0 ? lines.length : at, 0, ...section.split("\n"));
    }
    text = lines.join("\n");
  }
  return text.replace(/\n{3,}/g, "\n\n");
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
    options.quick
      ? "> **Quick smoke run (`--quick`)**: short durations and small batches; not comparable with a full run.\n"
      : "",
    "## Machine",
    "",
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- RAM: ${machine.ramGb.toFixed(1)} GB`,
    `- Node.js: ${machine.node}`,
    `- Date: ${machine.date}`,
    `- Load average at the start (1/5/15 min): ${machine.loadAtStart.map((l) => l.toFixed(2)).join(" / ")}`,
    `- Load average at the end (1/5/15 min): ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ")}`,
    `- Whole run: ${options.totalSeconds.toFixed(0)} s`,
    "",
    `## Summary: ${met} of ${counted} targets met${counted < all.length ? ` (${all.length - counted} not measurable in this run)` : ""}`,
    "",
    "| result | value | target | verdict |",
    "| --- | --- | --- | --- |",
    ...all.map((r) => `| ${r.name} | ${formatValue(r)} | ${formatTarget(r)} | ${verdict(r)} |`),
    "",
  ];
  for (const suite of suites) lines.push(...renderSuite(suite));
  if (options.changes.length)
    lines.push("## What was changed, and what it bought", "", ...options.changes.map((c) => `- ${c}`), "");
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
