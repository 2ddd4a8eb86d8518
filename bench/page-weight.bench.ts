/**
 * 5a. Page weight: the first-load JavaScript of `/`, gzipped. Next 16 with Turbopack
 * no longer prints first-load sizes, so they are computed from what the page loads.
 */
import { gzipSync } from "node:zlib";
import type { BenchResult } from "./lib/types";

/** Every script `/`'s HTML makes the browser fetch: `<script src>` and script preloads. */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.add(match[1]!);
  for (const match of html.matchAll(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>/g)) {
    const tag = match[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && (/\bas="script"/.test(tag) || tag.includes("modulepreload"))) urls.add(href);
  }
  return [...urls].map((url) => url.replaceAll("&amp;", "&"));
}

export async function measurePageWeight(baseUrl: string): Promise<{ result: BenchResult; chunks: number }> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const urls = scriptUrls(html);
  let gzipped = 0;
  let raw = 0;
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(new URL(url, baseUrl))).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  return {
    chunks: urls.length,
    result: {
      name: "first-load JS of `/` (gzip)",
      value: gzipped / 1000,
      unit: "kB",
      target: { op: "<=", bound: 150 },
      note: `${urls.length} script chunks, ${(raw / 1000).toFixed(0)} kB before gzip`,
    },
  };
}
