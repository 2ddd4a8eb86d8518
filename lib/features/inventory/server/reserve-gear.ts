import "server-only";
import type { GearNeed } from "@/lib/shared/gear";
import { orderedId } from "@/lib/server/db/ordered-id";
import type { SqlTx } from "@/lib/server/db/sql-tx";
import { StorageError } from "@/lib/server/db/storage-error";
import { writes } from "@/lib/server/db/writes";
import { logEvent, push } from "@/lib/server/realtime/publish";
import { insertReservation, reservation as reservationOf, takeGear } from "./inventory.sql";
import { readStock } from "./list-gear";
import { gearKey } from "./match-gear";

/** `short`: the line the stock could not cover (absent from reservations recorded before it was kept). */
export type ReservationLine = { name: string; quantity: number; available: number; short?: boolean };

/** The lines a refused reservation names: those the stock could not cover. */
export function shortLines(lines: readonly ReservationLine[]): ReservationLine[] {
  return lines.filter((line) => line.short ?? line.available < line.quantity);
}

export type Reservation = {
  /** true: every line was reserved. false: something was short, and nothing was reserved. */
  reserved: boolean;
  answer: string;
  lines: ReservationLine[];
  /** false when this message had been handled before: the stock did not change now. */
  fresh: boolean;
};

/**
 * Reserves the gear a setup request needs, all or nothing: a task short of one item
 * gets none, so the stock is never held by work that cannot start. One write: the
 * check, the stock change and the reservation record (under the request message's
 * id, so a redelivered message finds it and reserves nothing twice) commit together,
 * and no other write of the hot path runs between the check and the change (one
 * writer at a time: SQLite's lock, PostgreSQL's commit-order lock in pg-engine.ts);
 * the updates are conditional besides, against writers outside the write queue.
 */
export async function reserveGear(options: {
  messageId: string;
  requestId: string;
  needs: readonly GearNeed[];
}): Promise<Reservation> {
  const { reservation, event } = await writes.write((tx) => reserveIn(tx, options));
  if (event) push(event);
  return reservation;
}

async function reserveIn(tx: SqlTx, options: { messageId: string; requestId: string; needs: readonly GearNeed[] }) {
  const { messageId, requestId, needs } = options;
  const done = await tx.get(reservationOf, messageId);
  if (done) {
    const lines = JSON.parse(done.lines) as ReservationLine[];
    return { reservation: { reserved: done.reserved, answer: done.answer, lines, fresh: false } };
  }

  const stock = await readStock(tx);
  const byKey = new Map(stock.map((item) => [gearKey(item.name), item]));
  const lines = needs.map((need) => {
    const item = byKey.get(gearKey(need.name));
    return { item, name: item?.name ?? need.name, quantity: need.quantity, available: item?.quantity ?? 0 };
  });
  // Two lines naming one item ("Drum kit", "Drum kits") need their sum of it.
  const wanted = new Map<string, number>();
  for (const line of lines) if (line.item) wanted.set(line.item.id, (wanted.get(line.item.id) ?? 0) + line.quantity);
  const short = lines.filter((line) => !line.item || line.item.quantity < wanted.get(line.item.id)!);
  const reserved = short.length === 0;

  if (reserved) {
    const taken = await Promise.all([...wanted].map(([id, quantity]) => tx.run(takeGear, quantity, id, quantity)));
    // The stock moved between the read and the update (a write outside the queue, another
    // instance's): the write is tried again from the start, on fresh numbers.
    if (taken.some((changed) => changed === 0)) throw new StorageError("busy");
  }
  const answer = reserved
    ? `Reserved: ${lines.map((line) => `${line.quantity} × ${line.name}`).join(", ")}`
    : `Short: ${short.map((line) => `${line.quantity} × ${line.name} (${line.available} in stock)`).join(", ")}. Nothing reserved.`;
  const recorded = lines.map((line) => ({
    name: line.name,
    quantity: line.quantity,
    available: line.available,
    short: short.includes(line),
  }));
  await tx.run(insertReservation, orderedId(), messageId, requestId, reserved, answer, JSON.stringify(recorded), new Date());
  const reservation: Reservation = { reserved, answer, lines: recorded, fresh: true };
  // The stock as it now is, in every open Inventory portlet.
  return { reservation, event: reserved ? logEvent(tx, "inventory:stock", await readStock(tx)) : undefined };
}
