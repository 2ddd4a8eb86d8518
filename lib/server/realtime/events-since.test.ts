import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { latestEventSeq, pruneEvents } from "./events-since";

describe("pruneEvents", () => {
  beforeEach(async () => {
    await db.portalEvent.deleteMany();
  });

  it("keeps the newest `keep` events and deletes the rest, over several batches", async () => {
    await db.portalEvent.createMany({
      data: Array.from({ length: 12_000 }, (_, i) => ({ type: "task:added", data: JSON.stringify({ n: i }) })),
    });
    const latest = await latestEventSeq();
    expect(await pruneEvents(1_000, 0)).toBe(11_000);
    const left = await db.portalEvent.aggregate({ _min: { seq: true }, _count: true });
    expect(left).toMatchObject({ _count: 1_000, _min: { seq: latest - 999 } });
    expect(await pruneEvents(1_000, 0)).toBe(0);
  });
});
