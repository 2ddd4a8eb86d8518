import "server-only";
import type { GearNeed } from "@/lib/shared/gear";
import { orderedId } from "@/lib/server/db/ordered-id";
import { sqliteTimestamp, type SqliteEngine } from "@/lib/server/db/sqlite-engine";
import { writes } from "@/lib/server/db/writes";
import { logEvent, push } from "@/lib/server/realtime/publish";
import { readStock } from "./list-gear";
import { gearKey } from "./match-gear";

export type ReservationLine = { name: string; quantity: number; available: number };

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
 * and nothing else runs between the check and the change.
 */
export async function reserveGear(options: {
  messageId: string;
  requestId: string;
  needs: readonly GearNeed[];
}): Promise<Reservation> {
  const { reservation, event } = await writes.write((engine) => reserveIn(engine, options));
  if (event) push(event);
  return reservation;
}

function reserveIn(engine: SqliteEngine, options: { messageId: string; requestId: string; needs: readonly GearNeed[] }) {
  const { messageId, requestId, needs } = options;
  const done = engine.get<{ reserved: number; answer: string; lines: string }>(
    `SELECT "reserved", "answer", "lines" FROM "GearReservation" WHERE "messageId" = ?`,
    messageId,
  );
  if (done) {
    const lines = JSON.parse(done.lines) as ReservationLine[];
    return { reservation: { reserved: done.reserved === 1, answer: done.answer, lines, fresh: false } };
  }

  const stock = readStock(engine);
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
    for (const [id, quantity] of wanted) {
      engine.run(`UPDATE "GearItem" SET "quantity" = "quantity" - ? WHERE "id" = ?`, quantity, id);
    }
  }
  const answer = reserved
    ? `Reserved: ${lines.map((line) => `${line.quantity} × ${line.name}`).join(", ")}`
    : `Short: ${short.map((line) => `${line.quantity} × ${line.name} (${line.available} in stock)`).join(", ")}. Nothing reserved.`;
  const recorded = lines.map(({ name, quantity, available }) => ({ name, quantity, available }));
  engine.run(
    `INSERT INTO "GearReservation" ("id", "messageId", "requestId", "reserved", "answer", "lines", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
    orderedId(),
    messageId,
    requestId,
    reserved ? 1 : 0,
    answer,
    JSON.stringify(recorded),
    sqliteTimestamp(new Date()),
  );
  const reservation: Reservation = { reserved, answer, lines: recorded, fresh: true };
  // The stock as it now is, in every open Inventory portlet.
  return { reservation, event: reserved ? logEvent(engine, "inventory:stock", readStock(engine)) : undefined };
}
