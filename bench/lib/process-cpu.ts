/** CPU time a process has used, from /proc/<pid>/stat (Linux), to count server CPU per task. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

let ticksPerSecond: number | undefined;

/** `getconf CLK_TCK` (100 on nearly every Linux), asked once. */
function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** utime + stime of `pid` in ms, or NaN once it is gone. */
export function readCpuMs(pid: number): number {
  try {
    return cpuMsFromStat(readFileSync(`/proc/${pid}/stat`, "utf8"), clockTicksPerSecond());
  } catch {
    return Number.NaN;
  }
}

/**
 * Fields 14 and 15 of a stat line are utime and stime in clock ticks. The command
 * name (field 2) is in parentheses and may hold spaces, so count from its last ")".
 */
export function cpuMsFromStat(stat: string, ticks: number): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state), so utime (14) and stime (15) are at 11 and 12.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / ticks;
}

/** The whole machine's CPU time so far (/proc/stat's first line), busy and in all, in clock ticks. */
export function readMachineCpu(): { busy: number; total: number } {
  return machineCpuFromStat(readFileSync("/proc/stat", "utf8"));
}

/** "cpu  user nice system idle iowait irq softirq steal …": busy is all but idle and iowait. */
export function machineCpuFromStat(stat: string): { busy: number; total: number } {
  const ticks = stat.split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = ticks.reduce((sum, n) => sum + n, 0);
  return { busy: total - ticks[3]! - ticks[4]!, total };
}
