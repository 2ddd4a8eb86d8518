import compile from "icu-minify/compile";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES } from "./locales";
import de from "./messages/de.json";
import en from "./messages/en.json";

// English is the catalogue of record (tsc checks every t("key") against it); every other
// catalogue must say the same things: the same keys, each message well-formed ICU, with
// the same placeholders and tags, so no reader meets a raw key or a lost number.
const CATALOGUES: Record<(typeof LOCALES)[number], Record<string, unknown>> = { en, de };

type Messages = { [key: string]: string | Messages };

/** "a.b.c" → message, for every leaf. */
function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

/** The arguments and tags a message uses, from the same compiler the build runs. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  // A message (and each plural or select branch) compiles to text, or a list of parts: text,
  // 0 for "#", [name] or [name, type, options?] for an argument, [tag, ...children] for a tag.
  const parts = (compiled: unknown): void => {
    if (Array.isArray(compiled)) compiled.forEach(part);
  };
  const part = (node: unknown): void => {
    if (!Array.isArray(node) || typeof node[0] !== "string") return;
    if (node.length === 1 || typeof node[1] === "number") {
      found.add(node[0]);
      const options: unknown = node[2];
      if (options && typeof options === "object") Object.values(options).forEach(parts);
      return;
    }
    found.add(`<${node[0]}>`);
    node.slice(1).forEach(part);
  };
  parts(compile(message));
  return [...found].sort();
}

const reference = flatten(CATALOGUES[DEFAULT_LOCALE] as Messages);

describe.each(LOCALES.filter((locale) => locale !== DEFAULT_LOCALE))("the %s catalogue", (locale) => {
  const catalogue = flatten(CATALOGUES[locale] as Messages);

  it("has every key of the English one, and no other", () => {
    expect([...catalogue.keys()].filter((key) => !reference.has(key))).toEqual([]);
    expect([...reference.keys()].filter((key) => !catalogue.has(key))).toEqual([]);
  });

  it("uses the same placeholders and tags as English in every message", () => {
    const differing = [...reference].filter(
      ([key, english]) => catalogue.has(key) && placeholders(english).join() !== placeholders(catalogue.get(key)!).join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});

describe.each(LOCALES)("every %s message", (locale) => {
  it("is non-empty, well-formed ICU", () => {
    for (const [key, message] of flatten(CATALOGUES[locale] as Messages)) {
      expect(message.trim(), key).not.toBe("");
      expect(() => compile(message), key).not.toThrow();
    }
  });
});
