import type { BusObserver } from "./types";

/**
 * The bus's observers. The list is copied on change, never on a call: `notify` walks
 * the list as it was when the event began, so an observer may remove itself (or add
 * another) while being called without making the next one skip its turn (mitt copies
 * its handler list for the same reason), and the hot path allocates nothing.
 */
export class Observers {
  private list: readonly BusObserver[];

  constructor(
    initial: readonly BusObserver[],
    /** Told when an observer throws: a failing observer is reported, and never stops dispatch. */
    private readonly onError: (error: unknown, context: string) => void,
  ) {
    this.list = [...initial];
  }

  /** Whether anyone listens: lets the hot path skip building an event. */
  get any(): boolean {
    return this.list.length > 0;
  }

  /** Adds an observer; returns its removal. */
  add(observer: BusObserver): () => void {
    this.list = [...this.list, observer];
    return () => {
      const index = this.list.indexOf(observer);
      if (index >= 0) this.list = [...this.list.slice(0, index), ...this.list.slice(index + 1)];
    };
  }

  notify(call: (observer: BusObserver) => void): void {
    for (const observer of this.list) {
      try {
        call(observer);
      } catch (error) {
        this.onError(error, "observer failed");
      }
    }
  }
}
