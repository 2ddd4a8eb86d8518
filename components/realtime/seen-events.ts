/**
 * Events pushed within this many sequence numbers of the newest one seen may still
 * arrive late: with several instances, each pushes its own commits (in commit order
 * cluster-wide, lib/server/db), but a page receives one instance's pushes directly and
 * the others' through Redis, so number 10 can arrive after 11. A catch-up asks again
 * from this far back, and what was applied already is skipped.
 */
export const REORDER_WINDOW = 200;
/** Numbers remembered above the floor; past this the floor rises and the oldest are forgotten. */
const MAX_REMEMBERED = 2_000;

/**
 * Which portal events a page has applied: everything up to `floor` (what the server
 * rendered, or old enough to be settled) and each number above it that arrived. Not
 * just the newest number: an event that arrives after a higher one is still applied.
 */
export class SeenEvents {
  private floor: number | undefined;
  private readonly seen = new Set<number>();
  private newest = 0;

  /** The page's server-rendered data includes every event up to `seq` (the first call wins). */
  prime(seq: number): void {
    this.floor ??= seq;
    this.newest = Math.max(this.newest, seq);
  }

  get primed(): boolean {
    return this.floor !== undefined;
  }

  /**
   * True the first time an event not yet in the page's state is offered: apply it then.
   * A page that rendered no number starts from the first event it gets.
   */
  accept(seq: number): boolean {
    this.floor ??= seq - 1;
    if (seq <= this.floor) return false;
    if (this.seen.has(seq)) return false;
    this.seen.add(seq);
    this.newest = Math.max(this.newest, seq);
    if (this.seen.size > MAX_REMEMBERED) this.raiseFloor(this.newest - MAX_REMEMBERED / 2);
    return true;
  }

  /** The number a catch-up asks for events after: a window below the newest, never below the floor. */
  catchUpFrom(): number {
    return Math.max(this.floor ?? 0, this.newest - REORDER_WINDOW);
  }

  private raiseFloor(to: number): void {
    this.floor = Math.max(this.floor ?? 0, to);
    for (const seq of this.seen) if (seq <= this.floor) this.seen.delete(seq);
  }
}
