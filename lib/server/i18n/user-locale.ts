import "server-only";
import { db } from "../db/client";
import { isLocale, type Locale } from "@/lib/shared/i18n/locales";

/** The language a user chose, kept with the account so it follows them to another browser. */
export async function saveUserLocale(userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

/** The user's saved language, or undefined (never chosen, or a value this build does not speak). */
export async function readUserLocale(userId: string): Promise<Locale | undefined> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { locale: true } });
  return isLocale(row?.locale) ? row.locale : undefined;
}
