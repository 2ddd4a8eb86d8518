import { createClient } from "redis";
import type { Message } from "../../types";
import type { DestinationDepth, QueuedDestination, Transport, TransportHost, WorkItem } from "../transport";
import { HeldEntries } from "./held-entries";
import { PartitionBalancer } from "./partition-balancer";
import { PartitionLeases } from "./partition-leases";
import { command, type RedisClient } from "./redis-client";
import { recoverUnqueued } from "./recover-unqueued";
import { streamDepth } from "./stream-depth";
import { encodeEntry } from "./stream-entry";
import { StreamKeys } from "./stream-keys";
import { StreamReader } from "./stream-reader";

export type RedisStreamsOptions = {
  /** redis://… */
  url: string;
  /** Every key this bus uses starts with it: one per cluster (and per test run). */
  prefix: string;
  /**
   * Streams per keyed serial or parallel destination: the most instances that share its
   * work. The same on every instance; a change moves keys to other streams, so let the
   * streams drain (every instance stopped) before changing it.
   */
  partitions?: number;
  /** A partition's reader lease; a dead instance's partitions pass to others after it. */
  leaseMs?: number;
  /** An entry taken but not finished this long is taken again by its partition's reader (a lost store write). */
  claimIdleMs?: number;
  /** Messages taken from Redis and not yet finished here, at most (backpressure). */
  maxHeld?: number;
  /** Recovery leaves messages younger than this to their sender, which may not have queued them yet. */
  recoveryGraceMs?: number;
  /** How often one instance looks for stored messages missing from the streams. */
  reconcileIntervalMs?: number;
};

/** What runs once started: the parts that need the bus's host. */
type Started = {
  host: TransportHost;
  leases: PartitionLeases;
  reader: StreamReader;
  balancer: PartitionBalancer;
  readLoop: Promise<void>;
};

/**
 * Moves the bus's work between instances on Redis Streams. Each queued destination is
 * one stream, or `partitions` streams (keyed serial: by a hash of the key, so one key
 * stays in one stream; parallel: by message id), each with the consumer group
 * "tourbus". One instance at a time reads a partition, the holder of its lease
 * (partition-balancer.ts), so each entry runs once in the cluster and a serial
 * destination keeps its (per key) order across instances; live instances share the
 * partitions fairly.
 *
 * An entry is acknowledged (XACK, then XDEL: the stream holds only unfinished work)
 * once every delivery's outcome is in the MessageStore, which stays the durable
 * record; retries wait on the instance that took the entry. When an instance dies,
 * its leases lapse, another instance takes its partitions and claims the entries it
 * held (XAUTOCLAIM, stream-reader.ts), resuming each from the store.
 */
export class RedisStreamsTransport implements Transport {
  readonly kind = "redis-streams";
  private readonly commands: RedisClient;
  /** Blocking reads hold their connection: they get one of their own. */
  private readonly reader: RedisClient;
  private readonly keys: StreamKeys;
  private readonly settings: Required<Omit<RedisStreamsOptions, "url" | "prefix">>;
  private readonly held: HeldEntries;
  private started: Started | undefined;
  private running = false;
  /** The destinations carried, and their partition streams. */
  private readonly destinations = new Map<string, QueuedDestination>();
  private readonly streams = new Map<string, string[]>();
  private readonly timers: NodeJS.Timeout[] = [];
  private ticking: Promise<void> | undefined;

  constructor(options: RedisStreamsOptions) {
    // RESP2: replies keep the array shapes the stream code reads (node-redis 6 defaults to RESP3 maps).
    this.commands = createClient({ url: options.url, RESP: 2 });
    this.reader = this.commands.duplicate();
    this.settings = {
      partitions: options.partitions ?? 8,
      leaseMs: options.leaseMs ?? 10_000,
      claimIdleMs: options.claimIdleMs ?? 30_000,
      maxHeld: options.maxHeld ?? 1_024,
      recoveryGraceMs: options.recoveryGraceMs ?? 10_000,
      reconcileIntervalMs: options.reconcileIntervalMs ?? 60_000,
    };
    const { partitions, leaseMs, claimIdleMs, maxHeld } = this.settings;
    this.keys = new StreamKeys({ prefix: options.prefix, partitions });
    for (const [name, value] of Object.entries({ partitions, leaseMs, claimIdleMs, maxHeld })) {
      if (!Number.isInteger(value) || value < 1)
        throw new RangeError(`RedisStreamsTransport: ${name} must be a whole number ≥ 1, got ${value}`);
    }
    this.held = new HeldEntries(this.commands, (error, context) => {
      if (this.running) this.started!.host.onInternalError(error, context);
    });
    for (const client of [this.commands, this.reader]) {
      // Without a listener an 'error' event would end the process; the client reconnects by itself.
      client.on("error", (error: unknown) => this.started?.host.onInternalError(error, "redis connection"));
    }
  }

  async start(host: TransportHost): Promise<{ messages: number; deliveries: number }> {
    if (this.started) throw new Error("RedisStreamsTransport: one bus, started once");
    const { leaseMs, maxHeld, claimIdleMs, reconcileIntervalMs } = this.settings;
    for (const destination of host.destinations) {
      this.destinations.set(destination.name, destination);
      this.streams.set(destination.name, this.keys.streamsOf(destination));
    }
    const leases = new PartitionLeases({ redis: this.commands, keys: this.keys, me: host.instanceId, leaseMs });
    const running = () => this.running;
    const reader: StreamReader = new StreamReader({
      reader: this.reader,
      commands: this.commands,
      host,
      held: this.held,
      maxHeld,
      reading: (): string[] => balancer.reading(),
      running,
    });
    const balancer = new PartitionBalancer({
      commands: this.commands,
      instanceId: host.instanceId,
      leases,
      held: this.held,
      reader,
      streams: this.streams,
      running,
    });
    this.started = { host, leases, reader, balancer, readLoop: Promise.resolve() };
    await Promise.all([this.commands.connect(), this.reader.connect()]);
    this.running = true;
    await this.tick();
    const recovered = await this.reconcile();
    this.started.readLoop = reader.loop();
    this.every(leaseMs / 3, () => this.tick());
    this.every(claimIdleMs / 2, () => this.sweep());
    this.every(reconcileIntervalMs, () => this.reconcile());
    return recovered;
  }

  send(item: WorkItem): Promise<void> {
    const stream = this.streamOf(item.message);
    if (!stream)
      return Promise.reject(new Error(`RedisStreamsTransport: no stream for "${item.message.destination}" (not started?)`));
    return command<string>(this.commands, "XADD", stream, "*", ...encodeEntry(item)).then(() => undefined);
  }

  /** Read from Redis: XLEN (accepted, unfinished) and XPENDING (taken by an instance) per destination. */
  depth(): Promise<DestinationDepth[]> {
    return streamDepth(this.commands, this.streams);
  }

  /**
   * Stops reading and hands this instance's partitions over at once: what it took and
   * did not finish stays pending in the streams, for the next reader to claim.
   */
  async close(): Promise<void> {
    if (!this.stop()) return;
    const { leases, balancer, readLoop } = this.started!;
    await this.ticking;
    // A blocked read would hold the reader for up to its block time: cut it.
    this.reader.destroy();
    await readLoop;
    // What finished here is acknowledged before the partitions pass on, so it does not run again.
    await this.held.flush();
    await balancer.releaseAll();
    await leases.leave();
    await this.commands.close();
  }

  /**
   * Drops both connections at once, acknowledging and releasing nothing: what a crash
   * leaves behind (its leases lapse, its entries stay pending). For fault tests.
   */
  abort(): void {
    if (!this.stop()) return;
    this.reader.destroy();
    this.commands.destroy();
  }

  private streamOf(message: Message): string | undefined {
    const destination = this.destinations.get(message.destination);
    return destination && this.keys.streamFor(destination, message);
  }

  private stop(): boolean {
    if (!this.running) return false;
    this.running = false;
    for (const timer of this.timers) clearInterval(timer);
    this.held.wake();
    this.started!.reader.wake();
    return true;
  }

  private every(ms: number, task: () => Promise<unknown>): void {
    const timer = setInterval(() => {
      task().catch((error: unknown) => {
        if (this.running) this.started!.host.onInternalError(error, "redis streams upkeep");
      });
    }, ms);
    timer.unref();
    this.timers.push(timer);
  }

  /** Heartbeat, lease renewal and fair sharing (partition-balancer.ts); never two at once. */
  private tick(): Promise<void> {
    this.ticking ??= this.started!.balancer.rebalance().finally(() => (this.ticking = undefined));
    return this.ticking;
  }

  /** Claims, on each partition held here, what was lost on the way (stream-reader.ts `claim`). */
  private async sweep(): Promise<void> {
    const { balancer, reader } = this.started!;
    for (const stream of balancer.all()) {
      if (this.running) await reader.claim(stream, this.settings.claimIdleMs);
    }
  }

  /** Re-queues stored, unfinished messages that are in no stream; see recover-unqueued.ts. */
  private reconcile(): Promise<{ messages: number; deliveries: number }> {
    const { host, leases } = this.started!;
    return recoverUnqueued({
      redis: this.commands,
      host,
      leases,
      keys: this.keys,
      streams: [...this.streams.values()].flat(),
      graceMs: this.settings.recoveryGraceMs,
      lockMs: Math.max(60_000, this.settings.leaseMs * 6),
      queue: (message) => this.queueForRecovery(message),
    });
  }

  /** Adds a stored message back to its stream, marked so the store decides what is open; false when it has none. */
  private async queueForRecovery(message: Message): Promise<boolean> {
    const stream = this.streamOf(message);
    if (!stream) return false;
    await command(this.commands, "XADD", stream, "*", ...encodeEntry({ message, resume: true }));
    return true;
  }
}
