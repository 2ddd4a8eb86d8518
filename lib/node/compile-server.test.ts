import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileServer } from "./compile-server.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

describe("production runs compiled JavaScript", () => {
  it("npm start runs plain node on the compiled server: no TypeScript loader, no .ts file", () => {
    const serve = manifest.scripts.start!.split("&&").at(-1)!;
    expect(serve).toMatch(/exec node (--enable-source-maps )?\.next\/tourbus-server\/server\.mjs$/);
    expect(manifest.scripts.start).not.toMatch(/tsx|--import|--loader|\.ts\b/);
    expect(Object.keys(manifest.dependencies)).not.toContain("tsx");
  });

  it("compiles server.ts and the project's modules into one file that imports only packages and Node's own", () => {
    const outfile = path.join(mkdtempSync(path.join(tmpdir(), "tourbus-compile-")), "server.mjs");
    compileServer(root, outfile);
    const code = readFileSync(outfile, "utf8");
    const imported = [...code.matchAll(/^import\s(?:[^;]*?\sfrom\s)?"([^"]+)";?$/gm)].map((match) => match[1]!);
    expect(imported).toEqual(expect.arrayContaining(["next", "socket.io", "node:http"]));
    // No project path left to resolve at run time, no TypeScript, and server-only compiled away (it throws in plain node).
    expect(imported.filter((specifier) => /^(\.|\/|@\/)|\.tsx?$/.test(specifier) || specifier === "server-only")).toEqual([]);
    expect(code).toContain("tourbus ready on http://localhost:");
  });
});
