import { describe, expect, it } from "vitest";
import type { DestinationsConfig, Message } from "../../types";
import { clusterHarness, counter, crash, LEASE_MS, sleep, waitFor, type ClusterMap, type ClusterNode } from "./cluster-harness";

const cluster = clusterHarness("cluster");

// Takeovers wait out leases (600 ms here) and a busy machine stretches them: more than the default 5 s.
describe("redis-streams cluster", { timeout: 30_000 }, () => {
  it("runs each delivery once in the cluster, and both instances share the work", async () => {
    const handled = new Map<string, string[]>();
    const c = cluster();
    const config = (node: string): Partial<DestinationsConfig<ClusterMap>> => ({
      ordered: {
        type: "serial",
        orderingKey: (m) => (m.payload as { key: string }).key,
        workers: 4,
        listeners: [counter(handled, node)],
      },
      fanout: { type: "parallel", workers: 4, listeners: [counter(handled, node, "fan")] },
    });
    const a = await c.start("a", config);
    const b = await c.start("b", config);
    await sleep(LEASE_MS * 2); // a gives b its share of the partitions

    const sent: Message[] = [];
    for (let n = 0; n < 200; n++) {
      const from = n % 2 ? a : b;
      sent.push(await from.bus.send(n % 4 === 0 ? "fanout" : "ordered", { key: `k${n % 17}`, n }));
    }
    await waitFor("all handled", c.finished);

    expect(sent.map((m) => handled.get(m.id)?.length)).toEqual(sent.map(() => 1));
    const byNode = [...handled.values()].flat();
    expect(byNode.filter((n) => n === "a").length).toBeGreaterThan(0);
    expect(byNode.filter((n) => n === "b").length).toBeGreaterThan(0);
    // Acknowledged just after the store has the outcome: the streams empty out too.
    await waitFor("streams empty", async () => (await a.bus.clusterDepth())!.every((d) => d.queued === 0 && d.taken === 0));
  });

  it("keeps each key's order across instances, while partitions move from one to the other", async () => {
    const seen: { key: string; n: number; node: string }[] = [];
    const c = cluster();
    const config = (node: string): Partial<DestinationsConfig<ClusterMap>> => ({
      ordered: {
        type: "serial",
        orderingKey: (m) => (m.payload as { key: string }).key,
        workers: 3,
        listeners: [
          {
            name: "ordered",
            async receive(message) {
              // Slow enough that a still holds a backlog (120 × 30 ms ÷ 3 workers) when b
              // joins: the handover must wait for it (a quicker listener hides a bad one).
              await sleep(30);
              seen.push({ ...(message.payload as { key: string; n: number }), node });
            },
          },
        ],
      },
    });
    const a = await c.start("a", config);
    const keys = ["x", "y", "z", "w", "v", "u"];
    const send = async (from: ClusterNode, n: number) => {
      for (const key of keys) await from.bus.send("ordered", { key, n });
    };
    for (let n = 1; n <= 20; n++) await send(a, n);
    // b joins mid-stream: a hands over partitions it may still hold messages of.
    const b = await c.start("b", config);
    for (let n = 21; n <= 40; n++) {
      await send(n % 2 ? a : b, n);
      if (n === 21) await sleep(LEASE_MS); // long enough for a to hand b its share
    }
    await waitFor("all handled", c.finished);

    for (const key of keys) {
      expect(seen.filter((s) => s.key === key).map((s) => s.n)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    }
    expect(new Set(seen.map((s) => s.node))).toEqual(new Set(["a", "b"]));
  });

  it("lets a live instance claim and finish what a crashed one had taken", async () => {
    const handled = new Map<string, string[]>();
    const c = cluster({ partitions: 2 });
    let startedOnA = 0;
    const hang = new Promise<void>(() => undefined);
    const a = await c.start("a", () => ({
      ordered: {
        type: "serial",
        orderingKey: (m) => (m.payload as { key: string }).key,
        workers: 2,
        listeners: [
          {
            name: "count",
            receive: () => {
              startedOnA++;
              return hang;
            },
          },
        ],
      },
    }));
    const sent: Message[] = [];
    for (let n = 0; n < 30; n++) sent.push(await a.bus.send("ordered", { key: `k${n % 5}`, n }));
    await waitFor("a to take work", () => startedOnA > 0);

    await crash(a);
    const b = await c.start("b", (node) => ({
      ordered: {
        type: "serial",
        orderingKey: (m) => (m.payload as { key: string }).key,
        workers: 2,
        listeners: [counter(handled, node)],
      },
    }));
    await waitFor("b to finish a's work", c.finished);

    expect(sent.map((m) => handled.get(m.id))).toEqual(sent.map(() => ["b"]));
    await waitFor("a's entries acknowledged", async () => {
      const depth = (await b.bus.clusterDepth())!.find((d) => d.destination === "ordered")!;
      return depth.queued === 0 && depth.taken === 0;
    });
  });

  it("loses and doubles nothing when an instance dies mid-burst (Jepsen's discipline)", async () => {
    // Sends to the dying instance can be in the store and in no stream (it died between
    // the two writes): the survivor's reconciling finds them, after a grace period that
    // keeps it off sends still under way.
    const c = cluster({ reconcileIntervalMs: 1_000, recoveryGraceMs: 500 });
    // An effect per message id, made idempotent the way listeners are (a set), and every completion counted.
    const effects = new Set<string>();
    const completions = new Map<string, number>();
    const dead = new Set<string>();
    const hang = new Promise<void>(() => undefined);
    const config = (node: string): Partial<DestinationsConfig<ClusterMap>> => ({
      ordered: {
        type: "serial",
        orderingKey: (m) => (m.payload as { key: string }).key,
        workers: 8,
        listeners: [
          {
            name: "effect",
            async receive(message) {
              await sleep(Math.random() * 3);
              // A dead process runs nothing more: what it had under way never finishes.
              if (dead.has(node)) return hang;
              effects.add(message.id);
              completions.set(message.id, (completions.get(message.id) ?? 0) + 1);
            },
          },
        ],
      },
    });
    const a = await c.start("a", config);
    const b = await c.start("b", config);
    await sleep(LEASE_MS * 2);

    const accepted: string[] = [];
    const sendFrom = async (node: ClusterNode, n: number) => {
      try {
        accepted.push((await node.bus.send("ordered", { key: `k${n % 23}`, n })).id);
      } catch {
        // Refused by a dying instance: not accepted, so not owed.
      }
    };
    const sends: Promise<void>[] = [];
    for (let n = 0; n < 300; n++) {
      if (n === 150) {
        dead.add("a");
        a.transport.abort();
      }
      sends.push(sendFrom(n % 2 ? a : b, n));
      if (n % 10 === 0) await sleep(1);
    }
    await Promise.all(sends);
    await waitFor("every accepted message handled", async () => (await c.store.unfinished()).length === 0, 20_000);

    expect(accepted.length).toBeGreaterThanOrEqual(150); // b's 150 at least, and a's that landed before it died
    expect(accepted.filter((id) => !effects.has(id))).toEqual([]);
    // Once each: what a finished, b did not run again (a's unfinished work was claimed, not copied).
    expect([...completions.values()].filter((count) => count !== 1)).toEqual([]);
  });

  it("carries retries across a crash, dead-letters cluster-wide, and replays from either instance", async () => {
    const attempts: { node: string; attempt: number }[] = [];
    let fixed = false;
    const c = cluster({ partitions: 1 });
    const retry = { maxAttempts: 3, initialDelayMs: 300, multiplier: 1, maxDelayMs: 300 };
    const config = (node: string): Partial<DestinationsConfig<ClusterMap>> => ({
      work: {
        type: "serial",
        retry,
        listeners: [
          {
            name: "flaky",
            receive: (_m, { attempt }) => {
              attempts.push({ node, attempt });
              if (!fixed) throw new Error("amp on fire");
            },
          },
        ],
      },
    });
    const a = await c.start("a", config);
    const message = await a.bus.send("work", {});
    await waitFor("a's first attempt", () => attempts.length === 1);
    await crash(a); // while waiting for its retry

    const b = await c.start("b", config);
    await waitFor("dead letter", async () => (await b.bus.deadLetters()).length === 1);
    expect(attempts).toEqual([
      { node: "a", attempt: 1 },
      { node: "b", attempt: 2 },
      { node: "b", attempt: 3 },
    ]);

    const c2 = await c.start("c", config);
    fixed = true;
    await c2.bus.replay(message.id, "flaky");
    await waitFor("replayed", c.finished);
    expect(attempts.at(-1)).toEqual({ node: "b", attempt: 1 });
    expect(await b.bus.deadLetters()).toEqual([]);
  });

  it("recovers stored messages missing from Redis once, when two instances start at once", async () => {
    const handled = new Map<string, string[]>();
    const c = cluster();
    const config = (node: string): Partial<DestinationsConfig<ClusterMap>> => ({
      ordered: {
        type: "serial",
        orderingKey: (m) => String((m.payload as { n: number }).n % 3),
        listeners: [counter(handled, node)],
      },
    });
    // A sender accepted these into the store and crashed before adding them to Redis.
    const ids = Array.from({ length: 12 }, (_, n) => `lost-${n}`);
    for (const [n, id] of ids.entries()) {
      await c.store.append(
        { id, destination: "ordered", payload: { n }, correlationId: id, headers: {}, createdAt: new Date() },
        ["count"],
      );
    }
    const [a, b] = await Promise.all([c.start("a", config, false), c.start("b", config, false)]);
    const recovered = await Promise.all([a.bus.recover(), b.bus.recover()]);
    await waitFor("recovered work handled", c.finished);

    expect(recovered.map((r) => r.messages).sort()).toEqual([0, 12]);
    expect(ids.map((id) => handled.get(id)?.length)).toEqual(ids.map(() => 1));
  });

  it("acknowledges an entry only once its outcome is in the store: a lost write runs it again", async () => {
    const c = cluster({ partitions: 1 });
    const runs: number[] = [];
    const updateDelivery = c.store.updateDelivery.bind(c.store);
    let failNextDone = true;
    c.store.updateDelivery = async (update) => {
      if (update.state === "done" && failNextDone) {
        failNextDone = false;
        throw new Error("disk full");
      }
      return updateDelivery(update);
    };
    const a = await c.start("a", () => ({
      work: { type: "serial", listeners: [{ name: "setup", receive: () => void runs.push(runs.length + 1) }] },
    }));
    const message = await a.bus.send("work", {});
    await waitFor("the run whose record was lost", () => runs.length === 1);
    expect((await a.bus.clusterDepth())?.find((d) => d.destination === "work")?.taken).toBe(1);

    // Unacknowledged, its reader claims it back after claimIdleMs and the store says it is still open.
    await waitFor("a second run, recorded", c.finished);
    expect(runs).toEqual([1, 2]);
    expect((await c.store.get(message.id))?.deliveries).toEqual([expect.objectContaining({ state: "done" })]);
  });

  it("reports depth per destination from Redis: queued and taken", async () => {
    const c = cluster({ partitions: 1 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const a = await c.start("a", () => ({ work: { type: "serial", listeners: [{ name: "slow", receive: () => gate }] } }));
    for (let n = 0; n < 3; n++) await a.bus.send("work", { n });
    await waitFor("taken", async () => (await a.bus.clusterDepth())?.find((d) => d.destination === "work")?.taken === 3);
    expect((await a.bus.clusterDepth())?.find((d) => d.destination === "work")).toEqual({
      destination: "work",
      queued: 3,
      taken: 3,
    });
    release();
    await waitFor("drained", async () => (await a.bus.clusterDepth())?.find((d) => d.destination === "work")?.queued === 0);
  });
});
