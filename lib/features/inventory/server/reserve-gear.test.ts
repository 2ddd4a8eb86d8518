import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { reserveGear } from "./reserve-gear";

async function stock(): Promise<Record<string, number>> {
  const items = await db.gearItem.findMany();
  return Object.fromEntries(items.map((item) => [item.name, item.quantity]));
}

describe("reserveGear", () => {
  beforeEach(async () => {
    await db.gearReservation.deleteMany();
    await db.gearItem.deleteMany();
    await db.gearItem.createMany({
      data: [
        { name: "Amplifier", quantity: 6 },
        { name: "Fog machine", quantity: 1 },
      ],
    });
  });

  it("reserves what is in stock and says so", async () => {
    const result = await reserveGear({
      messageId: "m1",
      requestId: "r1",
      needs: [
        { name: "amplifiers", quantity: 2 },
        { name: "Fog machine", quantity: 1 },
      ],
    });

    expect(result).toMatchObject({ reserved: true, fresh: true, answer: "Reserved: 2 × Amplifier, 1 × Fog machine" });
    expect(await stock()).toEqual({ Amplifier: 4, "Fog machine": 0 });
  });

  it("reserves nothing when one item is short, and names what is short", async () => {
    const result = await reserveGear({
      messageId: "m1",
      requestId: "r1",
      needs: [
        { name: "Amplifier", quantity: 2 },
        { name: "Fog machine", quantity: 2 },
        { name: "Theremin", quantity: 1 },
      ],
    });

    expect(result.reserved).toBe(false);
    expect(result.answer).toBe("Short: 2 × Fog machine (1 in stock), 1 × Theremin (0 in stock). Nothing reserved.");
    expect(await stock()).toEqual({ Amplifier: 6, "Fog machine": 1 });
  });

  it("reserves once per message: a redelivery answers the same and takes nothing", async () => {
    const request = { messageId: "m1", requestId: "r1", needs: [{ name: "Amplifier", quantity: 4 }] };
    const first = await reserveGear(request);
    const again = await reserveGear(request);

    expect(again).toEqual({ ...first, fresh: false });
    expect(await stock()).toEqual({ Amplifier: 2, "Fog machine": 1 });
    expect(await db.gearReservation.count()).toBe(1);
  });

  it("treats a second message for the same need as a new reservation", async () => {
    await reserveGear({ messageId: "m1", requestId: "r1", needs: [{ name: "Amplifier", quantity: 4 }] });
    const second = await reserveGear({ messageId: "m2", requestId: "r2", needs: [{ name: "Amplifier", quantity: 4 }] });

    expect(second.answer).toBe("Short: 4 × Amplifier (2 in stock). Nothing reserved.");
    expect(await stock()).toEqual({ Amplifier: 2, "Fog machine": 1 });
  });
});
