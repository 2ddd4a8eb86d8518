import "server-only";
import { createTranslator } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ErrorCode } from "@/lib/shared/error-codes";
import { ERROR_KEYS } from "@/lib/shared/error-keys";
import { DEFAULT_LOCALE } from "@/lib/shared/i18n/locales";
import en from "@/lib/shared/i18n/messages/en.json";
import { AppError } from "../app-error";

/** A failure's own words in the catalogue: `errors.<key>` (errors.generic holds one text per code). */
export type ErrorKey = Exclude<keyof typeof en.errors, "generic">;
type Values = Record<string, string | number>;
type Wording = { key: ErrorKey; values?: Values };
type WordedError = AppError & { wording?: Wording };

type Translate = (key: string, values?: Values) => string;
const english = createTranslator({ locale: "en", messages: en, namespace: "errors" }) as unknown as Translate;

/**
 * An AppError whose message is the English catalogue's `errors.<key>` — what the HTTP
 * API answers — and which remembers that key, so a page or action can say it in the
 * reader's language (errorText). `field`: the form field the message belongs to.
 */
export function translatedError(
  code: ErrorCode,
  key: ErrorKey,
  options: { values?: Values; field?: string; cause?: unknown } = {},
): AppError {
  const message = english(key, options.values);
  const error: WordedError = new AppError(code, message, {
    cause: options.cause,
    fields: options.field ? { [options.field]: message } : undefined,
  });
  // Kept on the error itself, not in a table: the error may cross between Next's bundles.
  error.wording = { key, values: options.values };
  return error;
}

/**
 * An AppError's message in the reader's language, for a server action or page. One
 * made by translatedError speaks through its key; any other was written in English
 * where it was thrown, so English readers get it as it is and others the generic
 * text for its code.
 */
export async function errorText(error: AppError): Promise<string> {
  const t = (await getTranslations("errors")) as unknown as Translate;
  const { wording } = error as WordedError;
  if (wording) return t(wording.key, wording.values);
  if ((await getLocale()) === DEFAULT_LOCALE) return error.message;
  return t(`generic.${ERROR_KEYS[error.code]}`);
}

/** An AppError's field messages in the reader's language (translatedError puts its one message on its field). */
export async function fieldErrorsText(error: AppError): Promise<Record<string, string>> {
  const fields = error.fields ?? {};
  if (!(error as WordedError).wording && (await getLocale()) === DEFAULT_LOCALE) return fields;
  const text = await errorText(error);
  return Object.fromEntries(Object.keys(fields).map((field) => [field, text]));
}
