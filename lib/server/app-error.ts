import "server-only";
import type { ErrorCode } from "@/lib/shared/error-codes";

/** A failure with a code the API maps to a status and a message fit for the user. */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { cause?: unknown; fields?: Record<string, string> } = {},
  ) {
    super(message, { cause: options.cause });
    this.fields = options.fields;
  }

  readonly fields: Record<string, string> | undefined;
}

/** An AppError, possibly made in another of Next's bundles: recognised by name, not instanceof. */
export function isAppError(error: unknown): error is AppError {
  return error instanceof Error && error.name === "AppError";
}
