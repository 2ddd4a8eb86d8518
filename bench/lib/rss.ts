import { readFileSync } from "node:fs";

/** Resident memory of a process in MB, from /proc (Linux), or NaN once it is gone. */
export function readRssMb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Samples a process's RSS every `everyMs` and keeps the peak, until stopped. */
export function watchPeakRss(pid: number, everyMs = 200): { stop(): number } {
  let peak = readRssMb(pid);
  const timer = setInterval(() => {
    const now = readRssMb(pid);
    if (now > peak || Number.isNaN(peak)) peak = now;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const last = readRssMb(pid);
      return Number.isNaN(last) ? peak : Math.max(peak, last);
    },
  };
}
