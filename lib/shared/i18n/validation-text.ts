import { createTranslator } from "next-intl";
import type { ValidationText } from "../field-errors";
import en from "./messages/en.json";

type Translate = ((key: never, values?: never) => string) & { has: (key: never) => boolean };

/** A catalogue key becomes its text; zod's own words for an issue no schema foresaw pass as they are. */
export function fromCatalogue(t: Translate): ValidationText {
  const lookup = t as unknown as { (key: string, values?: Record<string, string>): string; has(key: string): boolean };
  return (message, values) => (lookup.has(message) ? lookup(message, values) : message);
}

/** For the HTTP API, which answers in English whatever the caller's browser speaks (and for tests). */
export const englishValidationText: ValidationText = fromCatalogue(
  createTranslator({ locale: "en", messages: en, namespace: "validation" }),
);
