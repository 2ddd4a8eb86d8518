import type { TransportHost } from "../transport";
import type { HeldEntries } from "./held-entries";
import { command, GROUP, type RedisClient } from "./redis-client";
import { decodeEntry } from "./stream-entry";

/** [stream, [[id, [field, value, …]], …]] per stream, as XREADGROUP answers in RESP2. */
type ReadReply = [string, [string, string[] | null][]][] | null;
type ClaimReply = [string, [string, string[] | null][], string[]];

const READ_BATCH = 64;
const BLOCK_MS = 1_000;
const CLAIM_PAGE = 100;

type ReaderParts = {
  /** Its own connection: a blocking read holds it. */
  reader: RedisClient;
  commands: RedisClient;
  host: TransportHost;
  held: HeldEntries;
  /** Entries taken and not finished here, at most (backpressure). */
  maxHeld: number;
  /** The partition streams this instance reads now. */
  reading: () => string[];
  running: () => boolean;
};

/**
 * Takes entries from the partitions this instance reads (XREADGROUP), and claims
 * back those lost on the way (XAUTOCLAIM), and hands each to the bus as a work item
 * whose acknowledgement releases it: XACK once its outcomes are in the store.
 */
export class StreamReader {
  /** Reads begun and ended, by sequence number: a draining partition waits for the reads that may have taken from it. */
  readsStarted = 0;
  readsDone = 0;
  private nothingToRead: (() => void) | undefined;

  constructor(private readonly parts: ReaderParts) {}

  /** Reads until the transport stops. */
  async loop(): Promise<void> {
    const { host, held, maxHeld } = this.parts;
    while (this.parts.running()) {
      const room = maxHeld - held.size;
      if (room <= 0) {
        await held.untilFreed();
        continue;
      }
      const streams = this.parts.reading();
      if (streams.length === 0) {
        // No partition here (another instance reads them all): wait for one, as a blocked read would.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, BLOCK_MS);
          this.nothingToRead = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        continue;
      }
      const seq = ++this.readsStarted;
      let reply: ReadReply;
      try {
        reply = await command<ReadReply>(
          this.parts.reader,
          "XREADGROUP",
          "GROUP",
          GROUP,
          host.instanceId,
          "COUNT",
          String(Math.min(READ_BATCH, room)),
          "BLOCK",
          String(BLOCK_MS),
          "STREAMS",
          ...streams,
          ...streams.map(() => ">"),
        );
      } catch (error) {
        if (!this.parts.running()) return;
        host.onInternalError(error, "redis streams read");
        await new Promise((resolve) => setTimeout(resolve, BLOCK_MS));
        continue;
      } finally {
        this.readsDone = seq;
      }
      for (const [stream, entries] of reply ?? []) {
        for (const [id, fields] of entries) if (fields) await this.take({ stream, id, fields, claimed: false });
      }
    }
  }

  /** A partition was taken on, or the transport stops: a loop waiting for something to read looks again. */
  wake(): void {
    this.nothingToRead?.();
    this.nothingToRead = undefined;
  }

  /**
   * Claims this reader's entries idle for `minIdleMs` (0: all of them, on takeover).
   * Entries still being handled here are left alone (the claim only refreshed their
   * idle time); the others were lost on the way (a failed store write, a previous
   * reader's crash) and are resumed from the store.
   */
  async claim(stream: string, minIdleMs: number): Promise<void> {
    let cursor = "0-0";
    do {
      const [next, entries] = await command<ClaimReply>(
        this.parts.commands,
        "XAUTOCLAIM",
        stream,
        GROUP,
        this.parts.host.instanceId,
        String(minIdleMs),
        cursor,
        "COUNT",
        String(CLAIM_PAGE),
      );
      for (const [id, fields] of entries) {
        if (fields && !this.parts.held.has(stream, id)) await this.take({ stream, id, fields, claimed: true });
      }
      cursor = next;
    } while (cursor !== "0-0" && this.parts.running());
  }

  /** Hands one entry to the bus; `claimed`: taken back from a reader that did not finish it. */
  private async take({
    stream,
    id,
    fields,
    claimed,
  }: {
    stream: string;
    id: string;
    fields: string[];
    claimed: boolean;
  }): Promise<void> {
    const { host, held } = this.parts;
    let item;
    try {
      item = decodeEntry(fields);
    } catch (error) {
      host.onInternalError(error, `unreadable stream entry ${stream} ${id}: dropped`);
      await held.discard(stream, id);
      return;
    }
    held.add(stream, id);
    try {
      // A claimed entry may be half done: the store says which deliveries are still open.
      await host.run(claimed ? { message: item.message, resume: true } : item, {
        // Unrecorded: left pending; the sweep claims it and the store decides what to run again.
        ack: (outcome) => (outcome === "recorded" ? held.finish(stream, id) : held.drop(stream, id)),
      });
    } catch (error) {
      host.onInternalError(error, `run stream entry ${stream} ${id}`);
      held.drop(stream, id);
    }
  }
}
