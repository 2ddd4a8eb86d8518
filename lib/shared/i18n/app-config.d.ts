import type en from "./messages/en.json";
import type { Locale } from "./locales";

// Every t("key") is checked against the English catalogue at `npm run typecheck`: a key
// missing from it fails the build. The other catalogues are held to English's keys by
// lib/shared/i18n/catalogues.test.ts.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
