import type { RetryPolicy } from "./types";

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  initialDelayMs: 200,
  multiplier: 2,
  maxDelayMs: 10_000,
};

export function resolveRetryPolicy(partial: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...partial };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new RangeError(`retry.maxAttempts must be a whole number ≥ 1, got ${policy.maxAttempts}`);
  }
  return policy;
}

/** Exponential backoff: the wait before attempt `failedAttempt + 1`. */
export function retryDelayMs(policy: RetryPolicy, failedAttempt: number): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * policy.multiplier ** (failedAttempt - 1));
}
