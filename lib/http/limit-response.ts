/**
 * Reading the API guard's refusals in the browser: 429 `rate_limited` and 503 `busy`, each with
 * `Retry-After`. Client-safe (no Node APIs), shared by the wizard and the share components.
 */

export type LimitRefusal = { kind: "rate_limited"; retryAfterSeconds: number } | { kind: "busy"; retryAfterSeconds: number };

/** Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), or null. */
export function retryAfterSeconds(headers: Headers, now: number = Date.now()): number | null {
  const value = headers.get("retry-after")?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Math.max(1, Number(value));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(1, Math.ceil((date - now) / 1000));
}

/**
 * The refusal a response carries, or null for any other answer. A 503 counts as `busy` only with
 * `Retry-After`, which the guard always sends; a 503 without it (a share link that could not be
 * saved) keeps its own message.
 */
export function limitRefusalOf(response: Response): LimitRefusal | null {
  const seconds = retryAfterSeconds(response.headers);
  if (response.status === 429) return { kind: "rate_limited", retryAfterSeconds: seconds ?? 60 };
  if (response.status === 503 && seconds !== null) return { kind: "busy", retryAfterSeconds: seconds };
  return null;
}
