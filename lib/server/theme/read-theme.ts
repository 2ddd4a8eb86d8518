import "server-only";
import { cookies } from "next/headers";
import { THEME_COOKIE, themeSchema, type Theme } from "@/lib/shared/theme";

/** The visitor's saved theme, or undefined to follow the system. */
export async function readTheme(): Promise<Theme | undefined> {
  const parsed = themeSchema.safeParse((await cookies()).get(THEME_COOKIE)?.value);
  return parsed.success ? parsed.data : undefined;
}
