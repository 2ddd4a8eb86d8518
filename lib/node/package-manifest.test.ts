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
  // bench/ is a package of its own, not a workspace: `npm install` at the root installs the
  // app's tree only, and `npm run bench:install` (run by `npm run bench` and `npm run test:bench`)
  // installs the bench's into bench/node_modules.
  const root = JSON.parse(read("package.json")) as {
    workspaces?: string[];
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };

  it("lists no broker client and no workspace; bench/package.json lists them", () => {
    const own = [...Object.keys(root.dependencies), ...Object.keys(root.devDependencies)];
    expect(own.filter((name) => BROKER_CLIENTS.includes(name))).toEqual([]);
    expect(root.workspaces).toBeUndefined();
    const bench = JSON.parse(read("bench/package.json")) as { dependencies: Record<string, string> };
    expect(Object.keys(bench.dependencies)).toEqual(
      expect.arrayContaining(["amqplib", "bullmq", "@nats-io/jetstream", "@nats-io/transport-node"]),
    );
  });

  it("has none anywhere in the root lockfile, which is all that `npm install` at the root installs", () => {
    const lock = JSON.parse(read("package-lock.json")) as { packages: Record<string, unknown> };
    const installed = Object.keys(lock.packages).map((key) => key.replace(/^.*node_modules\//, ""));
    expect(installed.length).toBeGreaterThan(200);
    expect(installed.filter((name) => BROKER_CLIENTS.includes(name) || name === "lighthouse")).toEqual([]);
  });
});
