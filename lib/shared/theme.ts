import { z } from "zod";

/** A saved choice; without one the page follows the system (prefers-color-scheme). */
export const themeSchema = z.enum(["light", "dark"]);
export type Theme = z.infer<typeof themeSchema>;

/** Read by the server to render the right class, so the first paint is already right. */
export const THEME_COOKIE = "tourbus-theme";
/** Kept too, so a choice survives a cleared cookie on the next visit. */
export const THEME_STORAGE_KEY = "tourbus-theme";
