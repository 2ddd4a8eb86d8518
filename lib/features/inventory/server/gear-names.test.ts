import { beforeEach, describe, expect, it } from "vitest";
import { gearNeedsSchema } from "@/lib/shared/gear";
import { setupRequestSchema } from "@/lib/features/setup/schema";
import { db } from "@/lib/server/db/client";
import { addGearItem, GearNameTakenError } from "./add-gear-item";
import { reserveGear } from "./reserve-gear";

// Issue 13, item 8: "Drum kit" in stock (1) and a task asking for "1 Drum kit, 1 Drum
// kits" once passed the parser as two lines that both reserved the one kit: the second
// decrement failed (StockChangedError) on every retry and the request dead-lettered.
describe("gear named singular and plural", () => {
  beforeEach(async () => {
    await db.gearReservation.deleteMany();
    await db.gearItem.deleteMany();
    await db.gearItem.create({ data: { name: "Drum kit", quantity: 1 } });
  });

  it("a task form's two spellings reserve as one line: Short, not a StockChangedError", async () => {
    const needs = gearNeedsSchema.parse("1 Drum kit, 1 Drum kits");
    const result = await reserveGear({ messageId: "m1", requestId: "r1", needs });
    expect(result).toMatchObject({ reserved: false, answer: "Short: 2 × Drum kit (1 in stock). Nothing reserved." });
    expect((await db.gearItem.findFirstOrThrow()).quantity).toBe(1);
  });

  it("a request sent before the parser summed them is summed when the listener reads it", async () => {
    const request = setupRequestSchema.parse({
      name: "Drums",
      description: "",
      status: "Open",
      responseDestinationName: "tour/manager/task",
      gear: [
        { name: "Drum kit", quantity: 1 },
        { name: "Drum kits", quantity: 1 },
      ],
    });
    expect(request.gear).toEqual([{ name: "Drum kit", quantity: 2 }]);
    await expect(reserveGear({ messageId: "m2", requestId: "r2", needs: request.gear })).resolves.toMatchObject({
      reserved: false,
    });
  });

  it("one spelling within stock is reserved", async () => {
    const result = await reserveGear({ messageId: "m3", requestId: "r3", needs: gearNeedsSchema.parse("Drum kits") });
    expect(result).toMatchObject({ reserved: true, answer: "Reserved: 1 × Drum kit" });
  });

  it("adding gear whose key is taken is refused with the name it collides with", async () => {
    await expect(addGearItem({ name: "drum kits", quantity: 3 })).rejects.toThrow(GearNameTakenError);
    await expect(addGearItem({ name: "DRUM-KIT", quantity: 3 })).rejects.toThrow(/already gear called “Drum kit”/);
    expect(await db.gearItem.count()).toBe(1);
  });

  it("two colliding names added at once: one is stored, the other refused", async () => {
    const results = await Promise.allSettled([
      addGearItem({ name: "Snare drum", quantity: 1 }),
      addGearItem({ name: "Snare drums", quantity: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.gearItem.count({ where: { name: { startsWith: "Snare" } } })).toBe(1);
  });
});
