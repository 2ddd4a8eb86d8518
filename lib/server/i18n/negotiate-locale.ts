import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/shared/i18n/locales";

/**
 * The language a page speaks: the visitor's choice (cookie) first, else the best match for
 * the browser's Accept-Language, else English.
 */
export function negotiateLocale(chosen: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(chosen)) return chosen;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).languages();
  const best = match(requested.filter(isWellFormed), LOCALES, DEFAULT_LOCALE);
  return isLocale(best) ? best : DEFAULT_LOCALE;
}

/** "*" and malformed tags would make the matcher throw; they say nothing about a language anyway. */
function isWellFormed(tag: string): boolean {
  try {
    return tag !== "*" && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
