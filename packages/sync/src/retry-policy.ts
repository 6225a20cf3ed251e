/** How failed requests are retried: bounded exponential backoff. */
export interface RetryPolicy {
  /** Attempts in all, the first included (at least 1). */
  attempts: number;
  /** Delay before the first retry, in milliseconds; doubled for each further retry. */
  baseDelayMs: number;
  /** Upper bound of one delay, in milliseconds. */
  maxDelayMs: number;
  /** Timeout of one attempt, in milliseconds. */
  timeoutMs: number;
}

/** 6 attempts, 200 ms doubling up to 5 s (about 11 s of waiting at most), 30 s per attempt. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 200, maxDelayMs: 5_000, timeoutMs: 30_000 };

/** Statuses worth another attempt: the server is busy, restarting, or a proxy failed. */
const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** True for an HTTP status that may succeed when retried. */
export function isTransientStatus(status: number): boolean {
  return TRANSIENT_STATUSES.has(status);
}

/** The delay before retry number `retry` (1-based), in milliseconds. Deterministic: no jitter. */
export function retryDelay(policy: RetryPolicy, retry: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
}
