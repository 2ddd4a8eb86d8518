import { createClient } from "redis";
import type { DestinationRuntime, WorkItem } from "../../destination-runtime";
import type { Message } from "../../types";
import { INBOX_PREFIX, type DestinationDepth, type Transport, type TransportHost } from "../transport";
import { HeldEntries } from "./held-entries";
import { PartitionLeases } from "./partition-leases";
import { command, isRedisError, type RedisClient } from "./redis-client";
import { recoverUnqueued } from "./recover-unqueued";
import { streamDepth } from "./stream-depth";
import { decodeEntry, encodeEntry } from "./stream-entry";
import { fnv1a, GROUP, partitionCount, partitionOf, StreamKeys } from "./stream-keys";

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

type Partition = { destination: string; draining: boolean; drainAfterRead: number };

/** [stream, [[id, [field, value, …]], …]] per stream, as XREADGROUP answers in RESP2. */
type ReadReply = [string, [string, string[] | null][]][] | null;
type ClaimReply = [string, [string, string[] | null][], string[]];

const READ_BATCH = 64;
const BLOCK_MS = 1_000;
const CLAIM_PAGE = 100;

/**
 * Moves the bus's work between instances on Redis Streams. Each non-synchronous
 * destination is one stream, or `partitions` streams (keyed serial: by a hash of the
 * key, so one key stays in one stream; parallel: by message id), each with the
 * consumer group "tourbus". One instance at a time reads a partition, the holder of
 * its lease, so each entry runs once in the cluster and a serial destination keeps
 * its (per key) order across instances; live instances share the partitions fairly.
 *
 * An entry is acknowledged (XACK, then XDEL: the stream holds only unfinished work)
 * once every delivery's outcome is in the MessageStore, which stays the durable
 * record; retries wait on the instance that took the entry. When an instance dies,
 * its leases lapse, another instance takes its partitions and claims the entries it
 * held (XAUTOCLAIM), resuming each from the store. Synchronous destinations run in
 * the sender's call, as without Redis; a reply to another instance's inbox goes to
 * that instance's inbox stream.
 */
export class RedisStreamsTransport implements Transport {
  readonly kind = "redis-streams";
  private readonly commands: RedisClient;
  /** Blocking reads hold their connection: they get one of their own. */
  private readonly reader: RedisClient;
  private readonly keys: StreamKeys;
  private readonly partitions: number;
  private readonly leaseMs: number;
  private readonly claimIdleMs: number;
  private readonly maxHeld: number;
  private readonly recoveryGraceMs: number;
  private readonly reconcileIntervalMs: number;
  private host: TransportHost | undefined;
  private leases: PartitionLeases | undefined;
  private running = false;
  /** Streams per destination (declared, not synchronous). */
  private readonly streams = new Map<string, string[]>();
  private readonly owned = new Map<string, Partition>();
  private readonly held: HeldEntries;
  private readsStarted = 0;
  private readsDone = 0;
  private readLoop: Promise<void> | undefined;
  private readonly timers: NodeJS.Timeout[] = [];
  private ticking: Promise<void> | undefined;
  private liveMembers = new Set<string>();

  constructor(options: RedisStreamsOptions) {
    // RESP2: replies keep the array shapes the stream code reads (node-redis 6 defaults to RESP3 maps).
    this.commands = createClient({ url: options.url, RESP: 2 });
    this.reader = this.commands.duplicate();
    this.keys = new StreamKeys(options.prefix);
    this.partitions = options.partitions ?? 8;
    this.leaseMs = options.leaseMs ?? 10_000;
    this.claimIdleMs = options.claimIdleMs ?? 30_000;
    this.maxHeld = options.maxHeld ?? 1_024;
    this.recoveryGraceMs = options.recoveryGraceMs ?? 10_000;
    this.reconcileIntervalMs = options.reconcileIntervalMs ?? 60_000;
    for (const [name, value] of Object.entries({ partitions: this.partitions, leaseMs: this.leaseMs, claimIdleMs: this.claimIdleMs, maxHeld: this.maxHeld })) {
      if (!Number.isInteger(value) || value < 1) throw new RangeError(`RedisStreamsTransport: ${name} must be a whole number ≥ 1, got ${value}`);
    }
    this.held = new HeldEntries(this.commands, (error, context) => {
      if (this.running) this.host!.onInternalError(error, context);
    });
    for (const client of [this.commands, this.reader]) {
      // Without a listener an 'error' event would end the process; the client reconnects by itself.
      client.on("error", (error: unknown) => this.host?.onInternalError(error, "redis connection"));
    }
  }

  async start(host: TransportHost): Promise<{ messages: number; deliveries: number }> {
    if (this.host) throw new Error("RedisStreamsTransport: one bus, started once");
    this.host = host;
    this.leases = new PartitionLeases(this.commands, this.keys, host.instanceId, this.leaseMs);
    await Promise.all([this.commands.connect(), this.reader.connect()]);
    this.running = true;
    for (const runtime of host.runtimes()) {
      const { definition } = runtime;
      if (definition.type === "synchronous") continue;
      const count = partitionCount(definition, this.partitions);
      this.streams.set(definition.name, Array.from({ length: count }, (_, i) => this.keys.stream(definition.name, i)));
    }
    await this.ensureGroup(this.inboxStream);
    await this.tick();
    const recovered = await this.reconcile();
    this.readLoop = this.read();
    this.every(this.leaseMs / 3, () => this.tick());
    this.every(this.claimIdleMs / 2, () => this.sweep());
    this.every(this.reconcileIntervalMs, () => this.reconcile());
    return recovered;
  }

  publish(item: WorkItem, runtime: DestinationRuntime, from: "sender" | "listener"): Promise<void> | undefined {
    const { definition } = runtime;
    if (definition.type === "synchronous") return runtime.dispatch(item, { from });
    const stream = this.keys.stream(definition.name, partitionOf(definition, item.message, this.partitions));
    const some = item.deliveries.length < definition.listeners.length;
    const fields = encodeEntry({ message: item.message, ...(some ? { listeners: item.deliveries.map((d) => d.listener.name) } : {}) });
    return command<string>(this.commands, "XADD", stream, "*", ...fields).then(() => undefined);
  }

  reaches(destination: string): boolean {
    return destination.startsWith(INBOX_PREFIX);
  }

  async publishElsewhere(message: Message): Promise<boolean> {
    const stream = this.keys.inbox(message.destination.slice(INBOX_PREFIX.length));
    // NOMKSTREAM: a stopped instance's inbox is gone, and must not be made again by a late reply.
    const id = await command<string | null>(this.commands, "XADD", stream, "NOMKSTREAM", "*", ...encodeEntry({ message }));
    return id !== null;
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
    await this.ticking;
    // A blocked read would hold the reader for up to BLOCK_MS: cut it.
    this.reader.destroy();
    await this.readLoop;
    // What finished here is acknowledged before the partitions pass on, so it does not run again.
    await this.held.flush();
    const leases = this.leases!;
    await Promise.all([...this.owned.keys()].map((stream) => leases.release(stream)));
    this.owned.clear();
    await leases.leave();
    await command(this.commands, "DEL", this.inboxStream);
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

  private get inboxStream(): string {
    return this.keys.inbox(this.host!.instanceId);
  }

  private stop(): boolean {
    if (!this.running) return false;
    this.running = false;
    for (const timer of this.timers) clearInterval(timer);
    this.held.wake();
    return true;
  }

  private every(ms: number, task: () => Promise<unknown>): void {
    const timer = setInterval(() => {
      task().catch((error: unknown) => {
        if (this.running) this.host!.onInternalError(error, "redis streams upkeep");
      });
    }, ms);
    timer.unref();
    this.timers.push(timer);
  }

  /** Heartbeat, lease renewal and fair sharing; never two at once. */
  private tick(): Promise<void> {
    this.ticking ??= this.rebalance().finally(() => (this.ticking = undefined));
    return this.ticking;
  }

  private async rebalance(): Promise<void> {
    const leases = this.leases!;
    const live = await leases.heartbeat();
    this.liveMembers = new Set(live);
    // The inbox outlives this instance by a few leases at most (a late reply finds it gone).
    // Gone already (this process stalled that long): made again, or reads would fail.
    if ((await command<number>(this.commands, "PEXPIRE", this.inboxStream, String(this.leaseMs * 3))) === 0) {
      await this.ensureGroup(this.inboxStream);
    }
    for (const lost of await leases.renew([...this.owned.keys()])) this.owned.delete(lost);
    for (const [destination, streams] of this.streams) {
      if (!this.running) return;
      const share = Math.ceil(streams.length / live.length);
      const reading = streams.filter((s) => this.owned.get(s)?.draining === false);
      if (reading.length > share) {
        for (const stream of reading.slice(share)) this.owned.set(stream, { destination, draining: true, drainAfterRead: this.readsStarted });
        continue;
      }
      let wanted = share - reading.length;
      // Start where this instance's id points, so instances starting at once try different partitions first.
      const offset = fnv1a(this.host!.instanceId) % streams.length;
      for (let i = 0; i < streams.length && wanted > 0; i++) {
        const stream = streams[(offset + i) % streams.length]!;
        const partition = this.owned.get(stream);
        if (partition?.draining) {
          partition.draining = false;
          wanted--;
        } else if (!partition && (await leases.acquire(stream))) {
          await this.takeOver(destination, stream);
          wanted--;
        }
      }
    }
    await this.releaseDrained();
  }

  /**
   * A partition this instance just got: entries its previous reader took and did not
   * finish are claimed (whatever their idle time: the lease says that reader is gone)
   * and resumed from the store, in stream order, before any new entry is read.
   */
  private async takeOver(destination: string, stream: string): Promise<void> {
    await this.ensureGroup(stream);
    await this.claim(stream, 0);
    this.owned.set(stream, { destination, draining: false, drainAfterRead: 0 });
  }

  /**
   * Gives back partitions beyond this instance's share once nothing of theirs is held
   * here and no read that may have taken from them is under way.
   */
  private async releaseDrained(): Promise<void> {
    for (const [stream, partition] of this.owned) {
      if (!partition.draining || this.readsDone < partition.drainAfterRead) continue;
      if (this.held.in(stream) > 0) continue;
      this.owned.delete(stream);
      await this.leases!.release(stream);
    }
  }

  private async ensureGroup(stream: string): Promise<void> {
    try {
      // From "0": entries added before anyone read this stream are read too.
      await command(this.commands, "XGROUP", "CREATE", stream, GROUP, "0", "MKSTREAM");
    } catch (error) {
      if (!isRedisError(error, "BUSYGROUP")) throw error;
    }
  }

  private async read(): Promise<void> {
    const host = this.host!;
    while (this.running) {
      const room = this.maxHeld - this.held.size;
      if (room <= 0) {
        await this.held.untilFreed();
        continue;
      }
      const streams = [this.inboxStream, ...[...this.owned].filter(([, p]) => !p.draining).map(([stream]) => stream)];
      const seq = ++this.readsStarted;
      let reply: ReadReply;
      try {
        reply = await command<ReadReply>(
          this.reader,
          "XREADGROUP", "GROUP", GROUP, host.instanceId,
          "COUNT", String(Math.min(READ_BATCH, room)),
          "BLOCK", String(BLOCK_MS),
          "STREAMS", ...streams, ...streams.map(() => ">"),
        );
      } catch (error) {
        if (!this.running) return;
        host.onInternalError(error, "redis streams read");
        await new Promise((resolve) => setTimeout(resolve, BLOCK_MS));
        continue;
      } finally {
        this.readsDone = seq;
      }
      for (const [stream, entries] of reply ?? []) {
        for (const [id, fields] of entries) if (fields) await this.take(stream, id, fields, false);
      }
    }
  }

  /**
   * Claims this reader's entries idle for `minIdleMs` (0: all of them, on takeover).
   * Entries still being handled here are left alone (the claim only refreshed their
   * idle time); the others were lost on the way (a failed store write, a previous
   * reader's crash) and are resumed from the store.
   */
  private async claim(stream: string, minIdleMs: number): Promise<void> {
    let cursor = "0-0";
    do {
      const [next, entries] = await command<ClaimReply>(
        this.commands,
        "XAUTOCLAIM", stream, GROUP, this.host!.instanceId, String(minIdleMs), cursor, "COUNT", String(CLAIM_PAGE),
      );
      for (const [id, fields] of entries) {
        if (fields && !this.held.has(stream, id)) await this.take(stream, id, fields, true);
      }
      cursor = next;
    } while (cursor !== "0-0" && this.running);
  }

  /** Claims, on each partition read here, what was lost on the way (see `claim`). */
  private async sweep(): Promise<void> {
    for (const stream of [this.inboxStream, ...this.owned.keys()]) {
      if (this.running) await this.claim(stream, this.claimIdleMs);
    }
  }

  private async take(stream: string, id: string, fields: string[], claimed: boolean): Promise<void> {
    const host = this.host!;
    let inbound;
    try {
      inbound = decodeEntry(fields);
    } catch (error) {
      host.onInternalError(error, `unreadable stream entry ${stream} ${id}: dropped`);
      await this.held.discard(stream, id);
      return;
    }
    this.held.add(stream, id);
    try {
      // A claimed entry may be half done: the store says which deliveries are still open.
      await host.run(claimed ? { message: inbound.message, resume: true } : inbound, (outcome) => {
        // Unrecorded: left pending; the sweep claims it and the store decides what to run again.
        if (outcome === "recorded") this.held.finish(stream, id);
        else this.held.drop(stream, id);
      });
    } catch (error) {
      host.onInternalError(error, `run stream entry ${stream} ${id}`);
      this.held.drop(stream, id);
    }
  }

  /** Re-queues stored, unfinished messages that are in no stream; see recover-unqueued.ts. */
  private reconcile(): Promise<{ messages: number; deliveries: number }> {
    return recoverUnqueued({
      redis: this.commands,
      host: this.host!,
      leases: this.leases!,
      keys: this.keys,
      streams: [...this.streams.values()].flat(),
      liveMembers: this.liveMembers,
      graceMs: this.recoveryGraceMs,
      lockMs: Math.max(60_000, this.leaseMs * 6),
      queue: (message) => this.queueForRecovery(message),
    });
  }

  /** Adds a stored message back to its stream, marked so the store decides what is open. */
  private async queueForRecovery(message: Message): Promise<boolean> {
    const host = this.host!;
    const fields = encodeEntry({ message, resume: true });
    if (message.destination.startsWith(INBOX_PREFIX)) {
      const instance = message.destination.slice(INBOX_PREFIX.length);
      if (!this.liveMembers.has(instance)) return false;
      const id = await command<string | null>(this.commands, "XADD", this.keys.inbox(instance), "NOMKSTREAM", "*", ...fields);
      return id !== null;
    }
    const runtime = host.runtime(message.destination);
    if (!runtime || runtime.definition.type === "synchronous") return false;
    const stream = this.keys.stream(message.destination, partitionOf(runtime.definition, message, this.partitions));
    await command(this.commands, "XADD", stream, "*", ...fields);
    return true;
  }
}
