// A content hash of everything `next build` reads, and a stamp in .next/ that says
// which hash the build there was made from. `npm start` compares the two to skip a
// build of ~20 s when nothing changed. Content hashes, not mtimes: a checkout, a
// copy or `touch` must neither force nor hide a rebuild.
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The build's inputs, relative to the project root; missing ones are skipped. lib/
 * includes the generated Prisma client (lib/server/db/generated, ignored by git but
 * compiled into the server bundles); package-lock.json stands for node_modules.
 * .env files are read by `next build` (NEXT_PUBLIC_* values are inlined).
 */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  // Not read by `next build`, but compiled beside it (compile-server.mjs).
  "server.ts",
  "middleware.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  ".env",
  ".env.local",
  ".env.production",
  ".env.production.local",
];

/** Never inputs: dependencies, build output, VCS data, OS litter. */
const SKIPPED_NAMES = new Set(["node_modules", ".next", ".git", ".DS_Store"]);
const SKIPPED_SUFFIXES = [".tsbuildinfo"];

/** Where the stamp lives: inside .next, so deleting .next (or any `next build`, which cleans it) drops it too. */
export const STAMP_PATH = path.join(".next", "tourbus-build-stamp.json");
const BUILD_ID_PATH = path.join(".next", "BUILD_ID");

/**
 * The hash of the build's inputs under `root`: each file's path and bytes, the
 * environment that changes the output (NODE_ENV, NEXT_PUBLIC_*) and Node's version.
 * @param {{ root: string, env?: Readonly<Record<string, string | undefined>> }} options
 * @returns {string}
 */
export function buildFingerprint({ root, env = process.env }) {
  const hash = createHash("sha256");
  for (const file of listInputFiles(root)) {
    const absolute = path.join(root, file);
    // A symlink is hashed as where it points, so a dangling one cannot stop the start.
    const bytes = lstatSync(absolute).isSymbolicLink()
      ? Buffer.from(`symlink:${readlinkSync(absolute)}`)
      : readFileSync(absolute);
    // Path and length framed, so moving bytes between files changes the hash.
    hash.update(`${file.split(path.sep).join("/")}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  const keys = Object.keys(env)
    .filter((key) => key === "NODE_ENV" || key.startsWith("NEXT_PUBLIC_"))
    .sort();
  for (const key of keys) hash.update(`env:${key}=${env[key]}\0`);
  hash.update(`node:${process.versions.node}`);
  return hash.digest("hex");
}

/**
 * The input files under `root`, relative, sorted (the hash must not depend on the
 * order the file system lists them in).
 * @param {string} root
 * @returns {string[]}
 */
export function listInputFiles(root) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} relative */
  const visit = (relative) => {
    const absolute = path.join(root, relative);
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      if (SKIPPED_NAMES.has(entry.name) || SKIPPED_SUFFIXES.some((suffix) => entry.name.endsWith(suffix))) continue;
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) visit(child);
      else files.push(child);
    }
  };
  for (const input of BUILD_INPUTS) {
    const absolute = path.join(root, input);
    if (!existsSync(absolute)) continue;
    if (statSync(absolute).isDirectory()) visit(input);
    else files.push(input);
  }
  return files.sort();
}

/**
 * True when .next holds a finished build made from `fingerprint`: the stamp names
 * that fingerprint and the BUILD_ID of the build beside it. Another `next build`
 * (a bench, the e2e server) writes a new BUILD_ID, so its output is never mistaken
 * for the stamped one.
 * @param {{ root: string, fingerprint: string }} options
 * @returns {boolean}
 */
export function isBuildCurrent({ root, fingerprint }) {
  const stamp = readStamp(root);
  const buildId = readBuildId(root);
  return stamp !== undefined && buildId !== undefined && stamp.fingerprint === fingerprint && stamp.buildId === buildId;
}

/**
 * Records that the build now in .next was made from `fingerprint`. Call only after
 * `next build` succeeded.
 * @param {{ root: string, fingerprint: string }} options
 */
export function writeStamp({ root, fingerprint }) {
  const buildId = readBuildId(root);
  if (buildId === undefined) throw new Error("no .next/BUILD_ID: the build did not finish");
  writeFileSync(path.join(root, STAMP_PATH), JSON.stringify({ fingerprint, buildId }) + "\n");
}

/**
 * Drops the stamp before a build starts, so a build that is interrupted leaves
 * nothing that says .next is current.
 * @param {string} root
 */
export function clearStamp(root) {
  rmSync(path.join(root, STAMP_PATH), { force: true });
}

/**
 * @param {string} root
 * @returns {{ fingerprint: string, buildId: string } | undefined}
 */
function readStamp(root) {
  try {
    const stamp = JSON.parse(readFileSync(path.join(root, STAMP_PATH), "utf8"));
    return typeof stamp?.fingerprint === "string" && typeof stamp?.buildId === "string" ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {string} root
 * @returns {string | undefined}
 */
function readBuildId(root) {
  try {
    return readFileSync(path.join(root, BUILD_ID_PATH), "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}
