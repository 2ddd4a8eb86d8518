"use server";
import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { LOCALES } from "@/lib/shared/i18n/locales";
import { userFromSession } from "@/lib/server/auth/read-session";
import { setLocaleCookie } from "../locale-cookie";
import { saveUserLocale } from "../user-locale";

const chosenLocale = z.enum(LOCALES);

/**
 * The language switch: remembered in this browser and, for a signed-in user, with the
 * account. Also offered before sign-in, where only the browser remembers it. The
 * caller refreshes the page, which the server renders again in the new language.
 */
export async function chooseLocaleAction(value: unknown): Promise<{ ok: boolean }> {
  const parsed = chosenLocale.safeParse(value);
  if (!parsed.success) return { ok: false };
  const user = await userFromSession(await headers());
  if (user) await saveUserLocale(user.id, parsed.data);
  await setLocaleCookie(parsed.data);
  return { ok: true };
}
