/**
 * 5a. Page weight: the first-load JavaScript of `/`, gzipped. Next 16 with Turbopack
 * no longer prints first-load sizes, so they are computed from what the page loads.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { BenchResult } from "./lib/types";

/**
 * Every script `/`'s HTML makes a modern browser fetch: `<script src>` and script
 * preloads. `noModule` scripts (Next's polyfills) are skipped: browsers with ES
 * modules never load them, and Next's old "First Load JS" did not count them either.
 */
export function scriptUrls(html: string, options: { noModule?: boolean } = {}): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    const isNoModule = /\bnoModule\b/i.test(match[0]);
    if (isNoModule === Boolean(options.noModule)) urls.add(match[1]!);
  }
  if (options.noModule) return [...urls].map((url) => url.replaceAll("&amp;", "&"));
  for (const match of html.matchAll(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>/g)) {
    const tag = match[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && (/\bas="script"/.test(tag) || tag.includes("modulepreload"))) urls.add(href);
  }
  return [...urls].map((url) => url.replaceAll("&amp;", "&"));
}

/** Sums the raw and gzipped (zlib level 9, as `gzip-size`) bytes of the given scripts. */
async function weigh(baseUrl: string, urls: readonly string[]): Promise<{ raw: number; gzipped: number; largest: string }> {
  let raw = 0;
  let gzipped = 0;
  const sizes: [string, number][] = [];
  for (const url of urls) {
    const response = await fetch(new URL(url, baseUrl));
    if (!response.ok) throw new Error(`page weight: ${url} answered ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    const zipped = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzipped += zipped;
    sizes.push([url.split("/").pop() ?? url, zipped]);
  }
  const largest = sizes
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, size]) => `${name} ${(size / 1000).toFixed(1)}`)
    .join(", ");
  return { raw, gzipped, largest };
}

/**
 * Of `urls`, the scripts of Next's and React's own runtime: the build's `rootMainFiles`,
 * which every page loads before any of the app's code (`.next/build-manifest.json` of
 * the build the server runs, in the working directory as the bench's servers are).
 */
function runtimeScripts(urls: readonly string[]): string[] {
  const manifest = JSON.parse(readFileSync(".next/build-manifest.json", "utf8")) as { rootMainFiles: string[] };
  const runtime = new Set(manifest.rootMainFiles.map((file) => `/_next/${file}`));
  return urls.filter((url) => runtime.has(url.split("?")[0]!));
}

/** `cookie`: a signed-in session; without one `/` redirects to /sign-in, whose scripts are not the portal's. */
export async function measurePageWeight(baseUrl: string, cookie: string): Promise<{ results: BenchResult[]; chunks: number }> {
  const page = await fetch(`${baseUrl}/`, { headers: { cookie }, redirect: "manual" });
  if (page.status !== 200)
    throw new Error(`page weight: / answered ${page.status} (${page.headers.get("location") ?? "no redirect"})`);
  const html = await page.text();
  const urls = scriptUrls(html);
  const polyfills = scriptUrls(html, { noModule: true });
  const main = await weigh(baseUrl, urls);
  const runtimeUrls = runtimeScripts(urls);
  const runtime = await weigh(baseUrl, runtimeUrls);
  const legacy = await weigh(baseUrl, polyfills);
  return {
    chunks: urls.length,
    results: [
      {
        name: "first-load JS of `/` (gzip)",
        value: main.gzipped / 1000,
        unit: "kB",
        target: { op: "<=", bound: 150 },
        note: `${urls.length} script chunks, ${(main.raw / 1000).toFixed(0)} kB before gzip; largest (kB gz): ${main.largest}`,
      },
      {
        name: "of which Next's and React's runtime",
        value: runtime.gzipped / 1000,
        unit: "kB",
        note: `${runtimeUrls.length} chunks every page loads (the build's \`rootMainFiles\`): React DOM, Next's router and Turbopack's loader; the rest, ${((main.gzipped - runtime.gzipped) / 1000).toFixed(1)} kB, is the portal's own code and what it imports`,
      },
      {
        name: "`noModule` polyfills (not counted above)",
        value: legacy.gzipped / 1000,
        unit: "kB",
        note: `${polyfills.length} script(s); only browsers without ES modules load them`,
      },
    ],
  };
}
