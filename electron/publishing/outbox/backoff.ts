/**
 * When to try again: exponential backoff with full jitter (a random delay between zero and
 * base·2^(attempt−1), capped), so that many jobs failing together do not retry together.
 * A backend's Retry-After is a floor: never sooner than it asked.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** After this many attempts a transient failure becomes `failed` (someone must choose "Retry now"). */
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, capMs: 60 * 60_000, maxAttempts: 20 };

/** The ceiling of the delay after `attempt` failed attempts (1-based). */
export const backoffCeiling = (policy: BackoffPolicy, attempt: number): number =>
  Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 40)));

export function retryDelay(policy: BackoffPolicy, attempt: number, random: () => number, retryAfterMs: number | null): number {
  const jittered = Math.floor(random() * backoffCeiling(policy, attempt));
  return Math.max(jittered, retryAfterMs ?? 0);
}
