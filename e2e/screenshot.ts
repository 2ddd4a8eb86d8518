/**
 * `npm run screenshot`: photographs the portal of an already running server for the
 * README (docs/portal.png). Starts nothing itself: SCREENSHOT_URL names the server
 * (default http://localhost:3000); SCREENSHOT_THEME=dark for the dark theme.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const url = process.env.SCREENSHOT_URL ?? "http://localhost:3000";
const theme = process.env.SCREENSHOT_THEME === "dark" ? "dark" : "light";
const out = process.env.SCREENSHOT_PATH ?? "docs/portal.png";
const systemChromium = "/usr/bin/chromium";

const browser = await chromium.launch({
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
  await page.goto(url);
  // Wait until the page is live, so the screenshot shows what a visitor sees.
  await page.getByRole("status").filter({ hasText: "Live" }).waitFor();
  await page.screenshot({ path: out, fullPage: true });
  console.log(`saved ${out} from ${url} (${theme})`);
} finally {
  await browser.close();
}
