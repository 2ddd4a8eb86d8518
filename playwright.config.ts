import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { storageStateOf } from "./e2e/support/auth";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/**
 * The specs that run beside the shared server's lane: those that start and own their
 * servers (e2e/support/server-process.ts) and never touch the shared one, and the page
 * checks that only read the shared server's pages — every-page (its one write, the
 * roadie's second page, is a page no other suite reads), accessibility and the admin
 * pages' look (they add a token and users of their own, and no task).
 */
const BESIDE_SPECS = [
  /cluster\/.*\.spec\.ts$/,
  /fault\/.*\.spec\.ts$/,
  /postgres\/.*\.spec\.ts$/,
  /security\/(metrics-token|trusted-proxy)\.spec\.ts$/,
  /portal\/(offline-submit|tasks-paging|every-page|accessibility)\.spec\.ts$/,
  /admin\/look\.spec\.ts$/,
];
// Debian's Chromium (Playwright's own browser download cannot work offline): its old
// headless shell, the kind of browser Playwright runs headless by default, else the full
// browser, which does the same at about twice the CPU (measured on customize and layout:
// 121 → 68 s of browser CPU, 2.1 → 1.6 min).
const systemChromium = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // Two lanes, one test at a time in each (see `projects`).
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // The suites read the English text; the language suites ask for German themselves.
    locale: "en-US",
    trace: "on-first-retry",
    launchOptions: {
      executablePath: systemChromium,
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
      // The suites on the shared server, one at a time: they count tasks, bells and stock on one database.
      name: "chromium",
      dependencies: ["setup"],
      testIgnore: BESIDE_SPECS,
      workers: 1,
      // The admin sees every portlet; role suites pick their own user.
      use: { ...devices["Desktop Chrome"], storageState: storageStateOf("admin") },
    },
    {
      // The suites that start servers of their own (own port, own database) share nothing with
      // the lane above, so they run beside it: mostly waiting on starts, kills and restarts, they
      // would otherwise add minutes to every run. The page checks read what the lane above
      // writes, and count none of it.
      name: "beside",
      dependencies: ["setup"],
      testMatch: BESIDE_SPECS,
      workers: 1,
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
