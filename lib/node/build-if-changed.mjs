// `npm start` runs this instead of `next build`: a second start with nothing changed
// skips the ~20 s build. `npm run build` passes --force to build regardless.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildFingerprint, clearStamp, isBuildCurrent, writeStamp } from "./build-fingerprint.mjs";
import { compileServer } from "./compile-server.mjs";

/**
 * Builds unless .next holds a finished build of the same inputs (or `force`).
 * `build` runs the build and throws when it fails; the stamp is written only after
 * it returns, so a failed or interrupted build is redone next time.
 * @param {{ root: string, force?: boolean, env?: Readonly<Record<string, string | undefined>>, build: () => void }} options
 * @returns {"built" | "skipped"}
 */
export function buildIfChanged({ root, force = false, env = process.env, build }) {
  const fingerprint = buildFingerprint({ root, env });
  if (!force && isBuildCurrent({ root, fingerprint })) return "skipped";
  clearStamp(root);
  build();
  // Hashed again: a file edited while the build ran may not be in it, and must not be stamped as if it were.
  if (buildFingerprint({ root, env }) === fingerprint) writeStamp({ root, fingerprint });
  return "built";
}

/**
 * `next build` in `root`, its output shown as it runs.
 * @param {string} root
 */
export function runNextBuild(root) {
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [next, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`next build failed (${result.signal ?? `exit code ${result.status}`})`);
}

/**
 * The whole build `npm start` serves: Next's (`next build`, which empties .next first),
 * then server.ts compiled to JavaScript beside it (compile-server.mjs).
 * @param {string} root
 */
export function runBuild(root) {
  runNextBuild(root);
  compileServer(root);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  try {
    const outcome = buildIfChanged({ root, force: process.argv.includes("--force"), build: () => runBuild(root) });
    if (outcome === "skipped")
      console.log("tourbus: the build in .next is current (nothing changed); `npm run build` forces one");
  } catch (error) {
    console.error(`tourbus: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
