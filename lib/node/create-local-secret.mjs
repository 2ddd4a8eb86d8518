// Used by `npm start` and `npm run dev` so that one command runs the portal: when no
// AUTH_SECRET or AUTH_SECRET_FILE is given, make a random secret in data/auth-secret
// (readable by this user only) once, and keep it, so sessions survive restarts.
// A deployment sets its own AUTH_SECRET (or AUTH_SECRET_FILE); started any other
// way than these scripts, a production server refuses to start without one.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const file = process.argv[2] ?? "data/auth-secret";
if (!process.env.AUTH_SECRET && !process.env.AUTH_SECRET_FILE && !existsSync(file)) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { mode: 0o600, flag: "wx" });
  console.log(`tourbus: created a local session secret in ${file}`);
}
