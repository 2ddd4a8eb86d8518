import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE } from "@/lib/shared/i18n/locales";
import { negotiateLocale } from "./negotiate-locale";

/**
 * next-intl's per-request configuration (named in next.config.ts): the page's language
 * and its catalogue. No locale in the URL: a saved choice (cookie, also kept with the
 * user) or the browser's preference decides, so every address stays the same.
 */
export default getRequestConfig(async () => {
  const locale = negotiateLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, messages: (await import(`../../shared/i18n/messages/${locale}.json`)).default };
});
