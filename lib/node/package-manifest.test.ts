import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const manifest = JSON.parse(read("package.json")) as { version: string; license?: string };

describe("package.json and CHANGELOG.md", () => {
  it("carries the version of the newest release in the changelog (Keep a Changelog headings)", () => {
    const releases = [...read("CHANGELOG.md").matchAll(/^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/gm)].map((match) => match[1]);
    expect(releases.length).toBeGreaterThan(0);
    expect(manifest.version).toBe(releases[0]);
  });

  it("names the license the LICENSE file holds", () => {
    expect(manifest.license).toBe("MIT");
    expect(read("LICENSE")).toMatch(/^MIT License/);
  });
});
