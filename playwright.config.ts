import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { storageStateOf } from "./e2e/support/auth";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Debian's Chromium: Playwright's own browser download cannot work offline.
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "on-first-retry",
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Signs in each role once (e2e/auth.setup.ts); the suites reuse the sessions.
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    {
      name: "chromium",
      dependencies: ["setup"],
      // The admin sees every portlet; role suites pick their own user.
      use: { ...devices["Desktop Chrome"], storageState: storageStateOf("admin") },
    },
  ],
  webServer: {
    // The production build, on a fresh database of its own.
    command: "node --import tsx e2e/start-test-server.ts",
    url: `http://localhost:${PORT}/api/health`,
    // It builds first: several minutes when the machine is busy (seen over 5 with parallel work).
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { E2E_PORT: String(PORT) },
  },
});
