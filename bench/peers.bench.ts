/**
 * 7. Peers (issue 10): the seed workload on the brokers a user would pick instead
 * of tourbus, in the same run, as one table with tourbus's row from suite 6.
 */
import { ratioToBestDurablePeer, renderPeerTable, type PeerRow } from "./lib/peer-table";
import type { BenchOptions, SuiteReport } from "./lib/types";
import { workloadSize } from "./lib/workload";
import { bullMq } from "./peers/bullmq";
import { natsJetStream } from "./peers/nats-jetstream";
import { rabbitMq } from "./peers/rabbitmq";
import { runPeer } from "./peers/run-peer";

export const PEERS = [natsJetStream, rabbitMq, bullMq];

/** Runs every peer in turn (never two at once: they would share the 2 cores). */
export async function runPeers(options: BenchOptions): Promise<PeerRow[]> {
  const rows: PeerRow[] = [];
  for (const peer of PEERS) {
    try {
      rows.push(await runPeer(peer, options));
    } catch (error) {
      // A peer that was reachable but broke is shown as such; the other suites' results still get written.
      const reason = error instanceof Error ? error.message : String(error);
      options.log(`  ${peer.system}: FAILED: ${reason}`);
      rows.push({
        system: peer.system,
        durability: peer.durability,
        durable: peer.durable,
        tasksPerSecond: Number.NaN,
        p50: Number.NaN,
        p99: Number.NaN,
        note: `**failed**: ${reason}`,
      });
    }
  }
  return rows;
}

export function peersReport(options: { quick: boolean; tourbus: PeerRow | undefined; peers: PeerRow[] }): SuiteReport {
  const size = workloadSize(options.quick);
  return {
    title: `7. Peers (same workload: ${size.tasks.toLocaleString("en-US")} tasks at concurrency ${size.concurrency}; p50/p99 at ${size.peerRatePerSecond} tasks/s for ${size.peerRateMs / 1000} s)`,
    table: renderPeerTable(options.tourbus, options.peers),
    results: [ratioToBestDurablePeer(options.tourbus, options.peers)],
    notes: [
      "Each peer runs tourbus's seed scenario on its own broker at 127.0.0.1: a producer publishes the task JSON `{id, name, description, status, responseDestinationName}` to a setup queue/stream and counts it accepted when the broker acknowledges it; ONE consumer takes the messages in order and runs \"Setup\" then \"Inventory\" (trivial functions) for each, one step at a time, each step publishing a JSON reply (durable, acknowledged by the broker) to the reply queue/stream named by `responseDestinationName`; the input is acked only once both replies are acknowledged. Waiting for those acks overlaps for at most 10 inputs (RabbitMQ's prefetch 10; the same bound for NATS; BullMQ's worker runs at concurrency 1, so one job, whose two reply adds are pipelined), as tourbus's group commit overlaps its writes. A reply consumer records a task complete when both its replies arrived. Latency = publish start → second reply consumed. Same closed loop and fixed rate as tourbus in suite 6, after the same kind of unmeasured warm-up.",
      "Names are unique per run (`tourbus-bench-<random>-…`) and deleted afterwards. A peer whose service does not answer within 3 s is **skipped** (reason in the table), not failed. BullMQ 6 ships no Redis driver (ioredis and redis are optional peers, not in this project's lockfile): it runs through BullMQ's adapter for Bun's Redis client on a small RESP2 client in `bench/peers/resp-client.ts`.",
      "The ratio's target compares tourbus with the best **durable** peer (NATS JetStream, RabbitMQ); BullMQ is shown for reference, as Redis here keeps acknowledged jobs only in memory.",
    ],
  };
}
