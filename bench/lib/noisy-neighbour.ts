/**
 * A second process that keeps one core busy (issue 10's "noisy neighbour"): the
 * latency a tourbus user sees when something else runs on the machine.
 */
import { spawn } from "node:child_process";

export function startNoisyNeighbour(): { stop(): Promise<void> } {
  const child = spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
  return {
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}
