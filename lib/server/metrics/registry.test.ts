import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { metricsRegistry } from "./registry";

describe("metricsRegistry: metric names", () => {
  it("keeps prom-client's default metrics unprefixed, as stock Node.js dashboards expect", async () => {
    const names = (await metricsRegistry().getMetricsAsJSON()).map((metric) => metric.name);
    expect(names).toEqual(
      expect.arrayContaining(["process_cpu_seconds_total", "nodejs_eventloop_lag_seconds", "process_resident_memory_bytes"]),
    );
    expect(names.filter((name) => name.startsWith("tourbus_process_") || name.startsWith("tourbus_nodejs_"))).toEqual([]);
  });

  it("prefixes tourbus's own metrics, and only those, with tourbus_", async () => {
    const names = (await metricsRegistry().getMetricsAsJSON()).map((metric) => metric.name);
    const own = names.filter((name) => !name.startsWith("process_") && !name.startsWith("nodejs_"));
    expect(own).toEqual(
      expect.arrayContaining(["tourbus_bus_sent_total", "tourbus_bus_handling_seconds", "tourbus_sockets_connected"]),
    );
    expect(own.filter((name) => !name.startsWith("tourbus_"))).toEqual([]);
  });
});

describe("docs/grafana-dashboard.json", () => {
  it("queries only metrics /metrics exposes", async () => {
    const dashboard = JSON.parse(
      readFileSync(path.join(import.meta.dirname, "../../../docs/grafana-dashboard.json"), "utf8"),
    ) as {
      panels: { targets?: { expr: string }[] }[];
    };
    const exposed = new Set(
      (await metricsRegistry().getMetricsAsJSON()).flatMap(({ name, type }) =>
        // A histogram is scraped as its _bucket, _sum and _count series.
        String(type) === "histogram" ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name],
      ),
    );
    const queried = dashboard.panels
      .flatMap((panel) => panel.targets ?? [])
      .flatMap(({ expr }) => expr.match(/\b(?:tourbus|process|nodejs)_[a-z0-9_]+(?=\{)/g) ?? []);
    expect(queried.length).toBeGreaterThan(10);
    expect(queried.filter((name) => !exposed.has(name))).toEqual([]);
  });
});
