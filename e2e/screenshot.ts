/**
 * `npm run screenshot`: photographs the portal of an already running server for the
 * README (docs/portal.png). Starts nothing itself: SCREENSHOT_URL names the server
 * (default http://localhost:3000); SCREENSHOT_THEME=dark for the dark theme.
 * Signs in first through the sign-in page, as the demo admin (who sees all four
 * portlets) unless SCREENSHOT_EMAIL and SCREENSHOT_PASSWORD name another account.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { demoUser } from "../lib/shared/demo-users";

const url = process.env.SCREENSHOT_URL ?? "http://localhost:3000";
const theme = process.env.SCREENSHOT_THEME === "dark" ? "dark" : "light";
const out = process.env.SCREENSHOT_PATH ?? "docs/portal.png";
const email = process.env.SCREENSHOT_EMAIL ?? demoUser("admin").email;
const password = process.env.SCREENSHOT_PASSWORD ?? demoUser("admin").password;
const systemChromium = "/usr/bin/chromium";

const browser = await chromium.launch({
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
  await page.goto(new URL("/sign-in", url).href);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // A wrong password or a lockout stays on /sign-in with an alert: say so instead of photographing it.
  const live = page.getByRole("status").filter({ hasText: "Live" });
  const refused = page.getByRole("alert").filter({ hasText: /\S/ });
  await live.or(refused).first().waitFor();
  if (new URL(page.url()).pathname === "/sign-in") {
    throw new Error(`sign-in as ${email} failed: ${await refused.first().innerText()}`);
  }
  // Live: the page is signed in and connected, so the screenshot shows what a visitor sees.
  await live.waitFor();
  await page.screenshot({ path: out, fullPage: true });
  console.log(`saved ${out} from ${url} (${theme}, signed in as ${email})`);
} finally {
  await browser.close();
}
