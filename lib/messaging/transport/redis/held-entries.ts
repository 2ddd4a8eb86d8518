import { command, GROUP, type RedisClient } from "./redis-client";

/**
 * The stream entries this instance has taken and not finished, and the acknowledging
 * of those that finish: what finished in one turn of the event loop goes out as one
 * XACK and one XDEL per stream (both take many ids), not two commands per entry.
 */
export class HeldEntries {
  private readonly keys = new Set<string>();
  private readonly perStream = new Map<string, number>();
  private readonly acks = new Map<string, string[]>();
  private freed: (() => void) | undefined;

  constructor(
    private readonly redis: RedisClient,
    private readonly report: (error: unknown, context: string) => void,
  ) {}

  get size(): number {
    return this.keys.size;
  }

  has(stream: string, id: string): boolean {
    return this.keys.has(`${stream} ${id}`);
  }

  /** Entries of one stream held now. */
  in(stream: string): number {
    return this.perStream.get(stream) ?? 0;
  }

  add(stream: string, id: string): void {
    this.keys.add(`${stream} ${id}`);
    this.perStream.set(stream, this.in(stream) + 1);
  }

  /** Lets go of an entry unacknowledged: it stays pending, and its reader claims it again later. */
  drop(stream: string, id: string): void {
    if (!this.keys.delete(`${stream} ${id}`)) return;
    this.perStream.set(stream, this.in(stream) - 1);
    this.freed?.();
  }

  /** Lets go of a finished entry and acknowledges it at the end of this turn. */
  finish(stream: string, id: string): void {
    this.drop(stream, id);
    const ids = this.acks.get(stream);
    if (ids) ids.push(id);
    else this.acks.set(stream, [id]);
    if (this.acks.size === 1 && !ids) setImmediate(() => void this.flush());
  }

  async flush(): Promise<void> {
    const batches = [...this.acks];
    this.acks.clear();
    await Promise.all(
      batches.map(([stream, ids]) =>
        this.redis
          .multi()
          .addCommand(["XACK", stream, GROUP, ...ids])
          .addCommand(["XDEL", stream, ...ids])
          .exec()
          .catch((error: unknown) => this.report(error, `acknowledge ${ids.length} entries of ${stream}`)),
      ),
    );
  }

  /** Acknowledges one entry now (one that cannot be run: unreadable). */
  async discard(stream: string, id: string): Promise<void> {
    await command(this.redis, "XACK", stream, GROUP, id);
    await command(this.redis, "XDEL", stream, id);
  }

  /** Resolves when an entry is let go of, or `wake` is called (shutdown). */
  untilFreed(): Promise<void> {
    return new Promise((resolve) => (this.freed = resolve));
  }

  wake(): void {
    this.freed?.();
  }
}
