/** Every error code the API answers with, and its HTTP status (dub's error-codes table). */
export const ERROR_STATUS = {
  invalid_json: 400,
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  /** A cookie-authenticated write sent by another site's page. */
  cross_origin: 403,
  payload_too_large: 413,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
  /** An Idempotency-Key used before with another body. */
  idempotency_conflict: 422,
  rate_limited: 429,
  busy: 503,
  /** The database cannot take writes now (busy, disk full, read-only): nothing was saved; retry later. */
  storage_unavailable: 503,
  /** The server is draining before it stops: send again in a moment (to another instance, or this one restarted). */
  shutting_down: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The body of every error response. */
export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: Record<string, string> } };
