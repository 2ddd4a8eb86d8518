"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { isTheme, THEME_COOKIE, THEME_STORAGE_KEY, type Theme } from "@/lib/shared/theme";

const YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

function apply(theme: Theme): void {
  const root = document.documentElement;
  root.classList.remove("light", "dark");
  root.classList.add(theme);
}

/** The theme in effect: the class the server rendered, else the system's preference. */
function current(): Theme {
  const root = document.documentElement;
  if (root.classList.contains("dark")) return "dark";
  if (root.classList.contains("light")) return "light";
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Switches between light and dark, remembered in a cookie (for the server) and localStorage. */
export function ThemeToggle() {
  const t = useTranslations("portal");
  // Unknown until mounted: the server cannot see the system preference.
  const [theme, setTheme] = useState<Theme | undefined>(undefined);

  useEffect(() => {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    const serverRendered =
      document.documentElement.classList.contains("light") || document.documentElement.classList.contains("dark");
    if (isTheme(stored) && !serverRendered) choose(stored);
    else setTheme(current());
  }, []);

  function choose(next: Theme): void {
    apply(next);
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=${YEAR_IN_SECONDS}; samesite=lax`;
    window.localStorage.setItem(THEME_STORAGE_KEY, next);
    setTheme(next);
  }

  return (
    <button
      type="button"
      aria-pressed={theme === undefined ? undefined : theme === "dark"}
      onClick={() => choose(current() === "dark" ? "light" : "dark")}
      className="inline-flex items-center gap-2 rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-fg shadow-sm hover:bg-subtle focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
    >
      <span aria-hidden="true">{theme === "dark" ? "☾" : "☀"}</span>
      {/* Named on every screen; a phone shows the symbol alone, to keep the header one line of controls. */}
      <span className="sr-only sm:not-sr-only">{t("themeToggle")}</span>
    </button>
  );
}
