/** A saved choice; without one the page follows the system (prefers-color-scheme). */
export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** Checks a stored value (cookie, localStorage). No zod here: this module ships to the browser. */
export function isTheme(value: unknown): value is Theme {
  return THEMES.includes(value as Theme);
}

/** Read by the server to render the right class, so the first paint is already right. */
export const THEME_COOKIE = "tourbus-theme";
/** Kept too, so a choice survives a cleared cookie on the next visit. */
export const THEME_STORAGE_KEY = "tourbus-theme";
