import type { HeldEntries } from "./held-entries";
import type { PartitionLeases } from "./partition-leases";
import { ensureGroup, type RedisClient } from "./redis-client";
import { fnv1a } from "./stream-keys";
import type { StreamReader } from "./stream-reader";

/** A partition this instance holds the lease of: read, or draining (to be given back once nothing of it is held). */
type Partition = { draining: boolean; drainAfterRead: number };

type BalancerParts = {
  commands: RedisClient;
  instanceId: string;
  leases: PartitionLeases;
  held: HeldEntries;
  reader: StreamReader;
  /** Partition streams per destination. */
  streams: ReadonlyMap<string, readonly string[]>;
  running: () => boolean;
};

/**
 * Which partitions this instance reads. Each round it renews its membership and its
 * leases, then takes partitions up to its fair share (the partitions of each
 * destination divided by the live instances) and gives back what is beyond it, once
 * drained. A partition it takes over is first cleared of what its previous reader left.
 */
export class PartitionBalancer {
  private readonly owned = new Map<string, Partition>();

  constructor(private readonly parts: BalancerParts) {}

  /** The partitions read here now (not the draining ones). */
  reading(): string[] {
    return [...this.owned].filter(([, p]) => !p.draining).map(([stream]) => stream);
  }

  /** Every partition whose lease this instance holds, draining or not (for the sweep). */
  all(): string[] {
    return [...this.owned.keys()];
  }

  /** Heartbeat, lease renewal and fair sharing. */
  async rebalance(): Promise<void> {
    const { leases, reader } = this.parts;
    const live = await leases.heartbeat();
    for (const lost of await leases.renew([...this.owned.keys()])) this.owned.delete(lost);
    for (const streams of this.parts.streams.values()) {
      if (!this.parts.running()) return;
      const share = Math.ceil(streams.length / live.length);
      const reading = streams.filter((s) => this.owned.get(s)?.draining === false);
      if (reading.length > share) {
        for (const stream of reading.slice(share))
          this.owned.set(stream, { draining: true, drainAfterRead: reader.readsStarted });
        continue;
      }
      let wanted = share - reading.length;
      // Start where this instance's id points, so instances starting at once try different partitions first.
      const offset = fnv1a(this.parts.instanceId) % streams.length;
      for (let i = 0; i < streams.length && wanted > 0; i++) {
        const stream = streams[(offset + i) % streams.length]!;
        const partition = this.owned.get(stream);
        if (partition?.draining) {
          partition.draining = false;
          wanted--;
        } else if (!partition && (await leases.acquire(stream))) {
          await this.takeOver(stream);
          wanted--;
        }
      }
    }
    await this.releaseDrained();
  }

  /** Gives every partition back at once (shutdown): what was taken and not finished stays pending for the next reader. */
  async releaseAll(): Promise<void> {
    const { leases } = this.parts;
    await Promise.all([...this.owned.keys()].map((stream) => leases.release(stream)));
    this.owned.clear();
  }

  /**
   * A partition this instance just got: entries its previous reader took and did not
   * finish are claimed (whatever their idle time: the lease says that reader is gone)
   * and resumed from the store, in stream order, before any new entry is read.
   */
  private async takeOver(stream: string): Promise<void> {
    await ensureGroup(this.parts.commands, stream);
    await this.parts.reader.claim(stream, 0);
    this.owned.set(stream, { draining: false, drainAfterRead: 0 });
    this.parts.reader.wake();
  }

  /**
   * Gives back partitions beyond this instance's share once nothing of theirs is held
   * here and no read that may have taken from them is under way.
   */
  private async releaseDrained(): Promise<void> {
    for (const [stream, partition] of this.owned) {
      if (!partition.draining || this.parts.reader.readsDone < partition.drainAfterRead) continue;
      if (this.parts.held.in(stream) > 0) continue;
      this.owned.delete(stream);
      await this.parts.leases.release(stream);
    }
  }
}
