/**
 * The shared peer workload without a broker: a peer that cannot connect is skipped
 * (never failed), and an in-memory peer runs the whole workload to a row.
 */
import { describe, expect, it } from "vitest";
import { inventoryListener, setupListener, type Peer, type PeerReply } from "./peers/peer";
import { runPeer } from "./peers/run-peer";

const quiet = { quick: true, log: () => {} };
const base = { system: "Fake broker", durability: "none", durable: true };

describe("runPeer", () => {
  it("skips a peer whose service refuses the connection, with the reason", async () => {
    const refused: Peer = { ...base, connect: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:1")) };
    const row = await runPeer(refused, quiet);
    expect(row.skipped).toContain("ECONNREFUSED");
    expect(Number.isNaN(row.tasksPerSecond)).toBe(true);
  });

  it("skips a peer that does not answer within 3 s", async () => {
    const silent: Peer = { ...base, connect: () => new Promise(() => {}) };
    const row = await runPeer(silent, quiet);
    expect(row.skipped).toContain("timed out");
  }, 10_000);

  it("runs the workload on an in-memory peer: every task completes, and its queues are closed", async () => {
    let closed = false;
    const memory: Peer = {
      ...base,
      connect: async () => ({
        abandon: async () => {},
        open: async (_runId, onReply: (reply: PeerReply) => void) => ({
          replyDestination: "replies",
          publish: async (task) => {
            // As a broker would: the consumer runs later, not inside the publish.
            setImmediate(() => {
              onReply(setupListener(task));
              onReply(inventoryListener(task));
            });
          },
          close: async () => {
            closed = true;
          },
        }),
      }),
    };
    const row = await runPeer(memory, quiet);
    expect(row.skipped).toBeUndefined();
    expect(row.note).toBeUndefined();
    expect(row.tasksPerSecond).toBeGreaterThan(0);
    expect(row.p99).toBeGreaterThanOrEqual(row.p50);
    expect(closed).toBe(true);
  }, 20_000);
});
