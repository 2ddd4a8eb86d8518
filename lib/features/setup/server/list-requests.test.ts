import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { sql } from "@/lib/server/db/sql-for-tests";
import { writes } from "@/lib/server/db/writes";
import { requestQueryInput, requestQuerySchema } from "../request-query";
import { setupFeature } from "../manifest";
import { listRequests } from "./list-requests";

const START = Date.parse("2026-11-01T00:00:00.000Z");
type Seed = { n: number; name: string; description?: string; gear?: string; standing: string };

/** A task and the Setup desk's activity for its request, straight into the tables (no bus); the n-th is n ms after START. */
async function insertRequests(seeds: Seed[]) {
  await writes.write(async (tx) => {
    for (const seed of seeds) {
      const at = new Date(START + seed.n);
      await tx.run(
        sql`INSERT INTO "Task" ("id", "name", "description", "status", "requestId", "gear", "standing", "createdAt") VALUES (?, ?, ?, 'Open', ?, ?, ?, ?)`,
        `task-${seed.n}`,
        seed.name,
        seed.description ?? "",
        `request-${seed.n}`,
        seed.gear ?? "[]",
        seed.standing,
        at,
      );
      await tx.run(
        sql`INSERT INTO "ListenerActivity" ("id", "listener", "messageId", "requestId", "taskName", "answer", "createdAt") VALUES (?, ?, ?, ?, ?, 'Received', ?)`,
        `activity-${String(seed.n).padStart(3, "0")}`,
        setupFeature.id,
        `message-${seed.n}`,
        `request-${seed.n}`,
        seed.name,
        at,
      );
    }
  });
}

const query = (search: string) => requestQuerySchema.parse(requestQueryInput(new URLSearchParams(search)));
const names = async (search: string) => (await listRequests(query(search))).requests.map((request) => request.taskName);

describe("listRequests (the Setup desk's paging, search and states on the server)", () => {
  beforeEach(async () => {
    await db.listenerActivity.deleteMany();
    await db.taskReply.deleteMany();
    await db.task.deleteMany();
    const standings = ["Waiting", "Received", "In progress", "Blocked", "Short of gear", "Done"];
    await insertRequests(Array.from({ length: 30 }, (_, n) => ({ n, name: `Job ${n}`, standing: standings[n % 6]! })));
  });

  it("pages through every request newest first, each once, with the count on every page", async () => {
    const seen: string[] = [];
    let cursor = "";
    do {
      const page = await listRequests(query(`limit=7&cursor=${cursor}`));
      expect(page.total).toBe(30);
      seen.push(...page.requests.map((request) => request.taskName));
      cursor = page.nextCursor ?? "";
    } while (cursor !== "");
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => `Job ${29 - i}`));
  });

  it("counts up to 10,000 and says when more match", async () => {
    expect(await listRequests(query("limit=1"))).toMatchObject({ total: 30, totalCapped: false });
    await insertRequests(Array.from({ length: 9_980 }, (_, i) => ({ n: 1_000 + i, name: `Load ${i}`, standing: "Waiting" })));
    expect(await listRequests(query("limit=1"))).toMatchObject({ total: 10_000, totalCapped: true });
    expect(await listRequests(query("state=blocked&limit=1"))).toMatchObject({ total: 5, totalCapped: false });
  });

  it("wants every word of a search, in any field, however many words", async () => {
    await insertRequests([
      {
        n: 100,
        name: "Rig the lights",
        description: "Truss over the stage",
        gear: '[{"id":"par-can","quantity":4}]',
        standing: "Waiting",
      },
      { n: 101, name: "Rig the sound", description: "Truss for the speakers", standing: "Waiting" },
    ]);
    expect(await names("q=RIG truss par-can stage")).toEqual(["Rig the lights"]);
    expect(await names("q=rig truss")).toEqual(["Rig the sound", "Rig the lights"]);
    expect((await listRequests(query("q=rig truss par-can stage"))).total).toBe(1);
    // % and _ are letters to look for, not wildcards.
    expect(await names("q=job 1%")).toEqual([]);
  });

  it("shows a state's standings, less the hidden ones; hiding all of them shows nothing", async () => {
    const notStarted = await listRequests(query("state=not-started&limit=100"));
    expect(notStarted.total).toBe(15);
    expect(notStarted.requests.every((request) => [0, 1, 4].includes(Number(request.taskName.split(" ")[1]) % 6))).toBe(true);
    const shown = await listRequests(query("hide=done,blocked&limit=100"));
    expect(shown.total).toBe(20);
    expect(shown.requests.map((request) => Number(request.taskName.split(" ")[1]) % 6).filter((k) => k === 3 || k === 5)).toEqual(
      [],
    );
    const none = await listRequests(query("state=done&hide=done"));
    expect([none.total, none.requests, none.nextCursor]).toEqual([0, [], null]);
    expect((await listRequests(query("state=done&q=job"))).total).toBe(5);
  });
});
