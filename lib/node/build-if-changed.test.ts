import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildFingerprint, listInputFiles } from "./build-fingerprint.mjs";
import { buildIfChanged } from "./build-if-changed.mjs";

let root: string;
const env = { NODE_ENV: "production" };

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** Stands in for `next build`: writes a fresh BUILD_ID as Next does, and counts its runs. */
function fakeBuild() {
  const runs = { count: 0 };
  const build = () => {
    runs.count += 1;
    write(".next/BUILD_ID", randomUUID());
  };
  return { runs, build };
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "tourbus-build-"));
  write("app/page.tsx", "export default function Page() { return null; }\n");
  write("components/portal/portlet.tsx", "export const x = 1;\n");
  write("lib/server/db/generated/client.ts", "export const generated = 1;\n");
  write("package-lock.json", "{}\n");
  write("next.config.ts", "export default {};\n");
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("buildIfChanged", () => {
  it("builds the first time, then skips while nothing changed", () => {
    const { runs, build } = fakeBuild();
    expect(buildIfChanged({ root, env, build })).toBe("built");
    expect(buildIfChanged({ root, env, build })).toBe("skipped");
    expect(buildIfChanged({ root, env, build })).toBe("skipped");
    expect(runs.count).toBe(1);
  });

  it("rebuilds when a source file's content changes, even to the same length", () => {
    const { runs, build } = fakeBuild();
    buildIfChanged({ root, env, build });
    write("components/portal/portlet.tsx", "export const x = 2;\n");
    expect(buildIfChanged({ root, env, build })).toBe("built");
    expect(runs.count).toBe(2);
  });

  it("rebuilds when a file is added, removed or renamed, or the generated client changes", () => {
    const { runs, build } = fakeBuild();
    buildIfChanged({ root, env, build });
    write("lib/shared/new.ts", "export {};\n");
    expect(buildIfChanged({ root, env, build })).toBe("built");
    rmSync(path.join(root, "lib/shared/new.ts"));
    expect(buildIfChanged({ root, env, build })).toBe("built");
    rmSync(path.join(root, "app/page.tsx"));
    write("app/home.tsx", "export default function Page() { return null; }\n");
    expect(buildIfChanged({ root, env, build })).toBe("built");
    write("lib/server/db/generated/client.ts", "export const generated = 2;\n");
    expect(buildIfChanged({ root, env, build })).toBe("built");
    expect(runs.count).toBe(5);
  });

  it("rebuilds when NODE_ENV or a NEXT_PUBLIC_ variable differs, not for other variables", () => {
    const { runs, build } = fakeBuild();
    buildIfChanged({ root, env, build });
    expect(buildIfChanged({ root, env: { ...env, PORT: "4000" }, build })).toBe("skipped");
    expect(buildIfChanged({ root, env: { ...env, NEXT_PUBLIC_NAME: "x" }, build })).toBe("built");
    expect(buildIfChanged({ root, env: { NODE_ENV: "development", NEXT_PUBLIC_NAME: "x" }, build })).toBe("built");
    expect(runs.count).toBe(3);
  });

  it("rebuilds after an interrupted build, though it left a BUILD_ID behind", () => {
    const { runs, build } = fakeBuild();
    buildIfChanged({ root, env, build });
    write("app/page.tsx", "export default function Page() { return 1; }\n");
    const interrupted = () => {
      build();
      throw new Error("next build failed (SIGINT)");
    };
    expect(() => buildIfChanged({ root, env, build: interrupted })).toThrow("SIGINT");
    // Even with the tree put back as the last finished build had it.
    write("app/page.tsx", "export default function Page() { return null; }\n");
    expect(buildIfChanged({ root, env, build })).toBe("built");
    expect(runs.count).toBe(3);
  });

  it("rebuilds when another `next build` replaced .next, or .next is gone", () => {
    const { runs, build } = fakeBuild();
    buildIfChanged({ root, env, build });
    write(".next/BUILD_ID", "built-by-someone-else");
    expect(buildIfChanged({ root, env, build })).toBe("built");
    rmSync(path.join(root, ".next"), { recursive: true });
    expect(buildIfChanged({ root, env, build })).toBe("built");
    expect(runs.count).toBe(3);
  });

  it("does not stamp a build whose inputs changed while it ran", () => {
    const { runs, build } = fakeBuild();
    const editedMidway = () => {
      build();
      write("components/portal/portlet.tsx", "export const x = 3;\n");
    };
    buildIfChanged({ root, env, build: editedMidway });
    expect(buildIfChanged({ root, env, build })).toBe("built");
    expect(buildIfChanged({ root, env, build })).toBe("skipped");
    expect(runs.count).toBe(2);
  });

  it("builds when forced", () => {
    const { runs, build } = fakeBuild();
    buildIfChanged({ root, env, build });
    expect(buildIfChanged({ root, env, build, force: true })).toBe("built");
    expect(runs.count).toBe(2);
  });
});

describe("buildFingerprint", () => {
  it("ignores node_modules, .next, test-run litter and files outside the build's inputs", () => {
    const before = buildFingerprint({ root, env });
    write("node_modules/next/index.js", "x");
    write("app/.next/x", "x");
    write("tsconfig.tsbuildinfo", "x");
    write("e2e/portal/layout.spec.ts", "x");
    write("data/tourbus.db", "x");
    expect(buildFingerprint({ root, env })).toBe(before);
  });

  it("hashes a symlink as its target's name, dangling or not", () => {
    const before = buildFingerprint({ root, env });
    symlinkSync("nowhere.ts", path.join(root, "lib", "link.ts"));
    expect(buildFingerprint({ root, env })).not.toBe(before);
    expect(listInputFiles(root)).toContain(path.join("lib", "link.ts"));
  });

  it("lists the project's real inputs, the generated Prisma client among them", () => {
    const files = listInputFiles(process.cwd());
    expect(files).toContain(path.join("app", "page.tsx"));
    expect(files).toContain("package-lock.json");
    expect(files.some((file) => file.startsWith(path.join("lib", "server", "db", "generated")))).toBe(true);
    expect(files.some((file) => file.includes("node_modules"))).toBe(false);
  });
});
