/** The languages the portal speaks; the first is the fallback and the catalogue of record. */
export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself: a person who cannot read the page can still find theirs. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch" };

/** Checks a stored or sent value (cookie, form field). No zod here: this module ships to the browser. */
export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** Right-to-left scripts; none of the portal's languages is one yet, but `dir` follows this, not a guess. */
const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur"]);

export function directionOf(locale: string): "ltr" | "rtl" {
  return RTL_LANGUAGES.has(locale.split("-")[0]!) ? "rtl" : "ltr";
}

/** The chosen language, read by the server on every page (a signed-in choice is also saved with the user). */
export const LOCALE_COOKIE = "tourbus-locale";
