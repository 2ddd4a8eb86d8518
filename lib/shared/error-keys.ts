import type { ErrorCode } from "./error-codes";
import type en from "./i18n/messages/en.json";

/**
 * Each error code's generic text for a page: `errors.generic.<key>` in the catalogue
 * (its keys are camelCase, the API's codes snake_case). A page shows it where it has
 * no more specific words for the failure.
 */
export const ERROR_KEYS = {
  invalid_json: "invalidJson",
  invalid_input: "invalidInput",
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  cross_origin: "crossOrigin",
  payload_too_large: "payloadTooLarge",
  not_found: "notFound",
  conflict: "conflict",
  unsupported_media_type: "unsupportedMediaType",
  idempotency_conflict: "idempotencyConflict",
  rate_limited: "rateLimited",
  busy: "busy",
  storage_unavailable: "storageUnavailable",
  shutting_down: "shuttingDown",
  internal: "internal",
} as const satisfies Record<ErrorCode, keyof typeof en.errors.generic>;
