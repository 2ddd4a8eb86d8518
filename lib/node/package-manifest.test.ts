import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const manifest = JSON.parse(read("package.json")) as { version: string; license?: string };

describe("package.json and CHANGELOG.md", () => {
  it("carries the version of the newest release in the changelog (Keep a Changelog headings)", () => {
    const releases = [...read("CHANGELOG.md").matchAll(/^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/gm)].map(
      (match) => match[1],
    );
    expect(releases.length).toBeGreaterThan(0);
    expect(manifest.version).toBe(releases[0]);
  });

  it("names the license the LICENSE file holds", () => {
    expect(manifest.license).toBe("MIT");
    expect(read("LICENSE")).toMatch(/^MIT License/);
  });
});

/** The brokers the bench measures tourbus beside: their clients belong to bench/, never to the app. */
const BROKER_CLIENTS = ["amqplib", "bullmq", "nats", "@nats-io/jetstream", "@nats-io/transport-node", "@nats-io/nats-core"];

describe("installing the app installs no broker client", () => {
  // What that means: the app's own tree — package.json's dependencies and devDependencies,
  // and everything they pull in — holds none; only the bench workspace (bench/package.json)
  // does. `npm install` at the root installs the workspace too (npm's default, for `npm run
  // bench`); a production install of the app (`npm ci --omit=dev --workspaces=false`) gets none.
  const root = JSON.parse(read("package.json")) as {
    workspaces: string[];
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };

  it("lists no broker client itself; the bench workspace does", () => {
    const own = [...Object.keys(root.dependencies), ...Object.keys(root.devDependencies)];
    expect(own.filter((name) => BROKER_CLIENTS.includes(name))).toEqual([]);
    expect(root.workspaces).toEqual(["bench"]);
    const bench = JSON.parse(read("bench/package.json")) as { dependencies: Record<string, string> };
    expect(Object.keys(bench.dependencies)).toEqual(
      expect.arrayContaining(["amqplib", "bullmq", "@nats-io/jetstream", "@nats-io/transport-node"]),
    );
  });

  it("pulls none in through its dependencies (the lockfile's tree from the root's production dependencies)", () => {
    const lock = JSON.parse(read("package-lock.json")) as { packages: Record<string, { dependencies?: Record<string, string> }> };
    const reached = new Set<string>();
    const visit = (name: string) => {
      if (reached.has(name)) return;
      reached.add(name);
      for (const dependency of Object.keys(lock.packages[`node_modules/${name}`]?.dependencies ?? {})) visit(dependency);
    };
    for (const name of Object.keys(root.dependencies)) visit(name);
    expect(reached.size).toBeGreaterThan(50);
    expect([...reached].filter((name) => BROKER_CLIENTS.includes(name))).toEqual([]);
  });
});
