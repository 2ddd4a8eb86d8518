import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { reserveGear } from "./reserve-gear";
import { setGearQuantity, StockMovedError } from "./set-gear-quantity";

describe("setGearQuantity (a stock take)", () => {
  let id: string;
  beforeEach(async () => {
    await db.gearReservation.deleteMany();
    await db.gearItem.deleteMany();
    ({ id } = await db.gearItem.create({ data: { name: "Amplifier", quantity: 50 } }));
  });

  it("saves the count over the quantity it started from", async () => {
    await expect(setGearQuantity({ id, quantity: 43, expected: 50 })).resolves.toMatchObject({ quantity: 43 });
    expect((await db.gearItem.findUniqueOrThrow({ where: { id } })).quantity).toBe(43);
  });

  it("does not erase a reservation made while the count went on: it is refused, and the stock kept", async () => {
    await reserveGear({ messageId: "m1", requestId: "r1", needs: [{ name: "Amplifier", quantity: 30 }] });

    const save = setGearQuantity({ id, quantity: 43, expected: 50 });
    await expect(save).rejects.toBeInstanceOf(StockMovedError);
    await expect(save).rejects.toMatchObject({ item: { quantity: 20 }, expected: 50 });
    expect((await db.gearItem.findUniqueOrThrow({ where: { id } })).quantity).toBe(20);
  });
});
