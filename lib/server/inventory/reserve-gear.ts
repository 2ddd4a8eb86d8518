import "server-only";
import type { GearNeed } from "@/lib/shared/gear";
import { db } from "../db/client";
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

/** Raised inside the transaction when stock moved between the read and the write. */
export class StockChangedError extends Error {
  override name = "StockChangedError";
  constructor(readonly item: string) {
    super(`The stock of ${item} changed while it was being reserved.`);
  }
}

/**
 * Reserves the gear a setup request needs, all or nothing: a task short of one item
 * gets none, so the stock is never held by work that cannot start. The reservation
 * is recorded under the request message's id in the same transaction as the stock
 * change, so a redelivered message finds it and reserves nothing twice.
 */
export async function reserveGear(options: {
  messageId: string;
  requestId: string;
  needs: readonly GearNeed[];
}): Promise<Reservation> {
  const { messageId, requestId, needs } = options;
  return db.$transaction(async (tx) => {
    const done = await tx.gearReservation.findUnique({ where: { messageId } });
    if (done) {
      return { reserved: done.reserved, answer: done.answer, lines: JSON.parse(done.lines) as ReservationLine[], fresh: false };
    }

    const stock = await tx.gearItem.findMany({ select: { id: true, name: true, quantity: true } });
    const byKey = new Map(stock.map((item) => [gearKey(item.name), item]));
    const lines = needs.map((need) => {
      const item = byKey.get(gearKey(need.name));
      return { itemId: item?.id, name: item?.name ?? need.name, quantity: need.quantity, available: item?.quantity ?? 0 };
    });
    const short = lines.filter((line) => line.available < line.quantity);

    if (short.length === 0) {
      for (const line of lines) {
        // Guarded by the quantity read above: a concurrent change rolls everything back.
        const { count } = await tx.gearItem.updateMany({
          where: { id: line.itemId, quantity: { gte: line.quantity } },
          data: { quantity: { decrement: line.quantity } },
        });
        if (count !== 1) throw new StockChangedError(line.name);
      }
    }

    const answer =
      short.length === 0
        ? `Reserved: ${lines.map((line) => `${line.quantity} × ${line.name}`).join(", ")}`
        : `Short: ${short.map((line) => `${line.quantity} × ${line.name} (${line.available} in stock)`).join(", ")}. Nothing reserved.`;
    const recorded = lines.map(({ name, quantity, available }) => ({ name, quantity, available }));
    await tx.gearReservation.create({
      data: { messageId, requestId, reserved: short.length === 0, answer, lines: JSON.stringify(recorded) },
    });
    return { reserved: short.length === 0, answer, lines: recorded, fresh: true };
  });
}
