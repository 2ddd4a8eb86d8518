/** The bench's readers of server counters: CPU time from /proc and SQL counts from /metrics. */
import { describe, expect, it } from "vitest";
import { cpuMsFromStat, machineCpuFromStat, readCpuMs } from "./lib/process-cpu";
import { sumCounters } from "./lib/server-metrics";

describe("server CPU", () => {
  it("reads utime + stime (fields 14, 15) in ms, even with spaces in the command name", () => {
    const stat = "4242 (node server.ts) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 11 0 1234 0";
    expect(cpuMsFromStat(stat, 100)).toBe(3000);
  });

  it("reads this process's own CPU time, growing with work", () => {
    const before = readCpuMs(process.pid);
    const until = performance.now() + 60;
    while (performance.now() < until) Math.sqrt(Math.random());
    expect(readCpuMs(process.pid)).toBeGreaterThan(before);
  });
});

describe("machine CPU", () => {
  it("counts everything but idle and iowait as busy, from /proc/stat's first line", () => {
    const stat = "cpu  100 10 40 800 50 0 0 0 0 0\ncpu0 50 5 20 400 25 0 0 0 0 0\n";
    expect(machineCpuFromStat(stat)).toEqual({ busy: 150, total: 1000 });
  });
});

describe("server metrics", () => {
  it("sums a counter's samples over its labels and skips comments", () => {
    const text = [
      "# HELP tourbus_sql_statements_total SQL statements run",
      "# TYPE tourbus_sql_statements_total counter",
      'tourbus_sql_statements_total{kind="insert"} 30',
      'tourbus_sql_statements_total{kind="select"} 12',
      "tourbus_sql_transactions_total 7",
      "process_cpu_seconds_total 1.5e0",
    ].join("\n");
    const sums = sumCounters(text);
    expect(sums.get("tourbus_sql_statements_total")).toBe(42);
    expect(sums.get("tourbus_sql_transactions_total")).toBe(7);
    expect(sums.get("process_cpu_seconds_total")).toBe(1.5);
  });
});
