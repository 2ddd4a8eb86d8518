/** The peers' shared pieces: the comparison table, the in-flight bound, the RESP parser. */
import { describe, expect, it } from "vitest";
import { ratioToBestDurablePeer, renderPeerTable, type PeerRow } from "./lib/peer-table";
import { boundedInFlight } from "./peers/peer";
import { parseReply } from "./peers/resp-client";

const tourbus: PeerRow = { system: "tourbus", tasksPerSecond: 600, p50: 5, p99: 20, durability: "SQLite" };
const nats: PeerRow = { system: "NATS", tasksPerSecond: 1200, p50: 1.1, p99: 5.1, durability: "file", durable: true };
const bull: PeerRow = { system: "BullMQ", tasksPerSecond: 2400, p50: 1.7, p99: 6, durability: "memory", durable: false };
const rabbit: PeerRow = {
  system: "RabbitMQ",
  tasksPerSecond: Number.NaN,
  p50: Number.NaN,
  p99: Number.NaN,
  durability: "disk",
  durable: true,
  skipped: "skipped: not reachable (ECONNREFUSED)",
};

describe("peer table", () => {
  it("compares tourbus with the best durable peer that ran, not with a non-durable or skipped one", () => {
    const ratio = ratioToBestDurablePeer(tourbus, [nats, bull, rabbit]);
    expect(ratio.value).toBe(0.5);
    expect(ratio.target).toEqual({ op: ">=", bound: 1 });
    expect(ratio.note).toContain("NATS");
  });

  it("is n/a, not a miss, when no durable peer ran", () => {
    expect(ratioToBestDurablePeer(tourbus, [bull, rabbit]).unavailable).toBe("no durable peer ran");
  });

  it("prints one row per system with the ratio, and skipped peers with their reason", () => {
    const lines = renderPeerTable(tourbus, [nats, rabbit]);
    expect(lines).toContain("| NATS | 1,200 | 1.1 / 5.1 ms | 0.50 | file |");
    expect(lines).toContain("| RabbitMQ | skipped | — | — | skipped: not reachable (ECONNREFUSED) |");
    expect(lines[2]).toBe("| tourbus | 600 | 5.0 / 20 ms | — | SQLite |");
  });
});

describe("consumer in-flight bound", () => {
  it("holds the caller while `limit` works are unfinished", async () => {
    const admit = boundedInFlight(2);
    const release: (() => void)[] = [];
    const work = () => new Promise<void>((resolve) => release.push(resolve));
    await admit(work());
    let admitted = false;
    const second = admit(work()).then(() => (admitted = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(admitted).toBe(false);
    release[0]!();
    await second;
    expect(admitted).toBe(true);
  });
});

describe("RESP2 replies", () => {
  it("parses strings, integers, nulls, errors and nested arrays, and waits for a whole reply", () => {
    const reply = Buffer.from("*4\r\n$5\r\nhello\r\n:42\r\n$-1\r\n*1\r\n-ERR boom\r\n");
    const parsed = parseReply(reply, 0)!;
    expect(parsed.next).toBe(reply.length);
    const [text, number, nothing, nested] = parsed.value as [string, number, null, [Error]];
    expect([text, number, nothing]).toEqual(["hello", 42, null]);
    expect(nested[0]).toBeInstanceOf(Error);
    expect(nested[0].message).toBe("ERR boom");
    expect(parseReply(reply.subarray(0, 12), 0)).toBeUndefined();
    expect(parseReply(Buffer.from("+PONG\r\n"), 0)).toEqual({ value: "PONG", next: 7 });
  });
});
