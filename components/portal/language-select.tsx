"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { chooseLocaleAction } from "@/lib/server/i18n/actions/choose-locale";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/shared/i18n/locales";
import { controlClass } from "@/components/ui/field";

/**
 * The portal's language: saved (with the account when signed in), then the page is
 * rendered again by the server in that language. A native select: keyboard and screen
 * readers know it, and each option names its language in itself.
 */
export function LanguageSelect() {
  const t = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  function choose(value: string): void {
    if (!isLocale(value) || value === locale) return;
    setFailed(false);
    startTransition(async () => {
      const result = await chooseLocaleAction(value).catch(() => ({ ok: false }));
      if (result.ok) router.refresh();
      else setFailed(true);
    });
  }

  return (
    <span className="inline-flex items-center gap-2 text-sm">
      <label htmlFor={id}>{t("label")}</label>
      <select
        id={id}
        value={locale}
        disabled={pending}
        aria-busy={pending}
        aria-describedby={failed ? `${id}-error` : undefined}
        onChange={(event) => choose(event.target.value)}
        className={`py-1 ${controlClass}`}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
      {failed ? (
        <span id={`${id}-error`} role="alert" className="text-danger">
          {t("failed")}
        </span>
      ) : null}
    </span>
  );
}
