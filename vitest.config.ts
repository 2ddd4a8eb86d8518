import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests are server code: let `import "server-only"` pass, as under Next's react-server condition.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    // The bench's own tests need its broker clients and Lighthouse, installed apart (bench/package.json):
    // `npm run test:unit` runs the app's, `npm run test:bench` installs bench/ and runs its.
    projects: [
      { extends: true, test: { name: "app", include: ["lib/**/*.test.ts", "components/**/*.test.ts", "app/**/*.test.ts"] } },
      { extends: true, test: { name: "bench", include: ["bench/**/*.test.ts"] } },
    ],
    globalSetup: ["./lib/server/db/test-database.setup.ts"],
    setupFiles: ["./vitest.setup.ts"],
    env: { DATABASE_URL: "file:./data/unit-test.db", LOG_LEVEL: "silent", SEED_DEMO_DATA: "false" },
    // The database-backed suites share one SQLite file: run files one at a time.
    fileParallelism: false,
    // Suites talk to real SQLite, PostgreSQL and Redis and hash passwords (scrypt): on two
    // busy cores a sign-in alone has taken over 5 s, Vitest's default.
    testTimeout: 15_000,
  },
});
