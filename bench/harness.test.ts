/** A smoke test of the benchmark harness itself (the benchmarks are not part of `npm test`). */
import { describe, expect, it } from "vitest";
import { makeBusBatch, makeEmitterBatch } from "./bus-core.bench";
import { sendAtFixedRate } from "./lib/fixed-rate";
import { percentile, summarize } from "./lib/percentiles";
import { mergeReport, renderReport } from "./lib/report";
import { sessionCookie } from "./lib/server";
import { isMet } from "./lib/types";
import { scriptUrls } from "./page-weight.bench";

describe("percentiles", () => {
  it("uses the nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([50, 99, 100]);
    expect(summarize([3, 1, 2])).toMatchObject({ count: 3, p50: 2, max: 3 });
    expect(Number.isNaN(summarize([]).p99)).toBe(true);
  });
});

describe("targets", () => {
  it("reads <= and >= bounds", () => {
    expect(isMet({ name: "p99", value: 90, unit: "ms", target: { op: "<=", bound: 100 } })).toBe(true);
    expect(isMet({ name: "ratio", value: 0.2, unit: "ratio", target: { op: ">=", bound: 0.25 } })).toBe(false);
    expect(isMet({ name: "rate", value: 1, unit: "msg/s" })).toBeUndefined();
  });

  it("renders a verdict per target and the machine", () => {
    const report = renderReport({
      machine: { cpu: "Test CPU", cores: 2, ramGb: 4, node: "v20", date: "2026-01-01", loadAtStart: [0.5, 0.25, 0.125] },
      quick: true,
      totalSeconds: 1,
      changes: [],
      suites: [
        {
          title: "1. Demo",
          results: [{ name: "p99", value: 120, unit: "ms", target: { op: "<=", bound: 100 } }],
          notes: ["a note"],
        },
      ],
    });
    expect(report).toContain("Test CPU, 2 cores");
    expect(report).toContain("| p99 | 120.0 ms | ≤ 100.0 ms | **missed** |");
    expect(report).toContain("0 of 1 targets met");
    expect(report).toContain("Load average at the start (1/5/15 min): 0.50 / 0.25 / 0.13");
  });

  it("shows an unmeasurable result as n/a with its reason, counted neither met nor missed", () => {
    const unavailable = {
      name: "SQL per task",
      value: Number.NaN,
      unit: "per task",
      target: { op: "<=", bound: 12 },
      unavailable: "no /metrics",
    } as const;
    expect(isMet(unavailable)).toBeUndefined();
    const report = renderReport({
      machine: { cpu: "Test CPU", cores: 2, ramGb: 4, node: "v20", date: "2026-01-01", loadAtStart: [0, 0, 0] },
      quick: true,
      totalSeconds: 1,
      changes: [],
      suites: [
        {
          title: "6. Demo",
          table: ["| peer table |"],
          results: [unavailable, { name: "rate", value: 1400, unit: "tasks/s", target: { op: ">=", bound: 1300 } }],
          notes: [],
        },
      ],
    });
    expect(report).toContain("| SQL per task | n/a (no /metrics) | ≤ 12.0 per task | n/a |");
    expect(report).toContain("1 of 1 targets met (1 not measurable in this run)");
    expect(report).toContain("| peer table |");
  });
});

describe("--merge", () => {
  const machine = { cpu: "Test CPU", cores: 2, ramGb: 4, node: "v20", date: "2026-01-01", loadAtStart: [0, 0, 0] };
  const full = renderReport({
    machine,
    quick: false,
    totalSeconds: 1,
    changes: ["a change"],
    suites: [
      { title: "6. Throughput", results: [{ name: "rate", value: 1400, unit: "tasks/s" }], notes: ["six"] },
      { title: "7. Peers", results: [{ name: "ratio", value: 2, unit: "×" }], notes: ["seven"] },
    ],
  });
  const cluster = (value: number) => ({
    title: "8. Cluster",
    results: [{ name: "2 ÷ 1", value, unit: "×", target: { op: ">=", bound: 1.6 } as const }],
    notes: ["eight"],
  });

  it("adds a suite's section after the others, leaving every other line as it was", () => {
    const merged = mergeReport(full, [cluster(1.2)], { ...machine, date: "2026-02-02" });
    expect(merged).toContain("| 2 ÷ 1 | 1.20× | ≥ 1.60× | **missed** |");
    expect(merged).toContain("on 2026-02-02: Test CPU, 2 cores");
    expect(merged.indexOf("## 8. Cluster")).toBeGreaterThan(merged.indexOf("## 7. Peers"));
    expect(merged.indexOf("## 8. Cluster")).toBeLessThan(merged.indexOf("## What was changed"));
    expect(merged.replace(/## 8\. Cluster[\s\S]*?(?=## What was changed)/, "")).toBe(full);
  });

  it("adds a new suite in number order, before a higher-numbered one merged earlier", () => {
    const eleven = { title: "11. Lighthouse", results: [{ name: "score", value: 0.7, unit: "score" }], notes: ["eleven"] };
    const ten = { title: "10. Growth", results: [{ name: "search", value: 90, unit: "ms" }], notes: ["ten"] };
    const merged = mergeReport(mergeReport(full, [eleven], machine), [ten], machine);
    const order = ["## 7. Peers", "## 10. Growth", "## 11. Lighthouse", "## What was changed"].map((heading) =>
      merged.indexOf(heading),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("replaces that suite's own section when it is there already", () => {
    const twice = mergeReport(mergeReport(full, [cluster(1.2)], machine), [cluster(1.7)], machine);
    expect(twice).toContain("| 2 ÷ 1 | 1.70× | ≥ 1.60× | met |");
    expect(twice).not.toContain("1.20×");
    expect(twice.match(/## 8\. Cluster/g)).toHaveLength(1);
    expect(twice).toContain("## 6. Throughput");
  });
});

describe("page weight", () => {
  it("counts module scripts and preloads, not noModule polyfills", () => {
    const html =
      '<link rel="preload" as="script" href="/_next/a.js"/><script src="/_next/b.js" async=""></script>' +
      '<script src="/_next/polyfills.js" noModule=""></script><link rel="stylesheet" href="/x.css"/>';
    expect(scriptUrls(html).sort()).toEqual(["/_next/a.js", "/_next/b.js"]);
    expect(scriptUrls(html, { noModule: true })).toEqual(["/_next/polyfills.js"]);
  });
});

describe("sign-in", () => {
  it("keeps the session cookie's name=value from Set-Cookie headers", () => {
    const headers = [
      "better-auth.session_token=abc.def%3D; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax",
      "better-auth.dont_remember=; Max-Age=0; Path=/",
    ];
    expect(sessionCookie(headers)).toBe("better-auth.session_token=abc.def%3D");
    expect(sessionCookie(["__Secure-better-auth.session_token=x; Secure"])).toBe("__Secure-better-auth.session_token=x");
    expect(sessionCookie(["other=1"])).toBeUndefined();
  });
});

describe("harness", () => {
  it("runs a bus batch and an emitter batch to completion", async () => {
    await makeBusBatch(10)();
    await makeEmitterBatch(10)();
  });

  it("sends at a fixed rate without waiting for earlier sends", async () => {
    const started: number[] = [];
    const { scheduled } = await sendAtFixedRate({
      perSecond: 100,
      durationMs: 50,
      settleMs: 10,
      send: async () => {
        started.push(performance.now());
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      },
    });
    expect(scheduled).toBe(5);
    expect(started).toHaveLength(5);
  });
});
