import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "@/lib/shared/i18n/locales";

const YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

/** Remembers the language in this browser: lib/server/i18n/request.ts reads it on every page. */
export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR_IN_SECONDS, sameSite: "lax" });
}
