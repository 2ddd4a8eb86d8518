// Used by `npm start` and `npm run dev` so that one command runs the portal: when no
// AUTH_SECRET or AUTH_SECRET_FILE is given, make a random secret in data/auth-secret
// (readable by this user only) once, and keep it, so sessions survive restarts.
// A deployment sets its own AUTH_SECRET (or AUTH_SECRET_FILE); started any other
// way than these scripts, a production server refuses to start without one.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Makes the secret file unless a secret is already given or the file exists.
 * @param {string} file
 * @param {NodeJS.ProcessEnv} [env]
 */
export function createLocalSecret(file, env = process.env) {
  if (env.AUTH_SECRET || env.AUTH_SECRET_FILE || existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { mode: 0o600, flag: "wx" });
  console.log(`tourbus: created a local session secret in ${file}`);
}

// Run as a script (npm run secret:local); imported by prepare-start.mjs, which saves a process.
if (process.argv[1] === fileURLToPath(import.meta.url)) createLocalSecret(process.argv[2] ?? "data/auth-secret");
