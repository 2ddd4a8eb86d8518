// Everything `npm start` does before it serves, in one Node process (each `npm run`
// or CLI it replaces cost 0.3–3 s of a start whose budget is 3 s): build when the
// inputs changed, migrate when a migration is pending, make the local secret once.
import { buildIfChanged, runBuild } from "./build-if-changed.mjs";
import { createLocalSecret } from "./create-local-secret.mjs";
import { migrateDatabase } from "./migrate-database.mjs";

const root = process.cwd();

try {
  if (buildIfChanged({ root, build: () => runBuild(root) }) === "skipped") {
    console.log("tourbus: .next is a build of this tree, not rebuilding (`npm run build` forces one)");
  }
  await migrateDatabase({ root });
  createLocalSecret("data/auth-secret");
} catch (error) {
  console.error(`tourbus: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
