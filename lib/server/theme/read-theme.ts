import "server-only";
import { cookies } from "next/headers";
import { isTheme, THEME_COOKIE, type Theme } from "@/lib/shared/theme";

/** The visitor's saved theme, or undefined to follow the system. */
export async function readTheme(): Promise<Theme | undefined> {
  const saved = (await cookies()).get(THEME_COOKIE)?.value;
  return isTheme(saved) ? saved : undefined;
}
