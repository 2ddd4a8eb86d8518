import type { z } from "zod";

/**
 * Turns a schema's message into words. The schemas' messages are keys of the catalogue's
 * "validation" namespace ("emailRequired"); the reader's language gives the text (a
 * server action: lib/server/i18n/validation-text.ts; the HTTP API answers in English).
 */
export type ValidationText = (message: string, values?: Record<string, string>) => string;

/** The first message per top-level field, as a form shows it next to that field. */
export function toFieldErrors<T extends Record<string, unknown>>(
  error: z.ZodError<T>,
  text: ValidationText,
): Partial<Record<keyof T, string>> {
  const errors: Partial<Record<keyof T, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as keyof T | undefined;
    // A refinement that quotes the input ("“2” is not a gear item") passes it as the issue's params.
    const values = issue.code === "custom" ? (issue.params as Record<string, string> | undefined) : undefined;
    if (field !== undefined && errors[field] === undefined) errors[field] = text(issue.message, values);
  }
  return errors;
}
