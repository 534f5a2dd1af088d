import type { RateLimitRepository } from "@/lib/store/rate-limits";
import { rateLimitWindow } from "@/lib/store/rate-limits";

/** What one request's hit decided. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Requests counted for the key in the current window, this one included. */
  count: number;
  limit: number;
  /** When the current window ends and the count starts again. */
  resetAt: Date;
  /** Whole seconds until `resetAt`, at least 1: the `Retry-After` of a 429. */
  retryAfterSeconds: number;
  /** Where the count came from: the shared database, or this process's memory. */
  source: "store" | "memory";
}

export interface RateLimiter {
  /** Counts one request for `key` (fixed windows of `windowSeconds`) and says whether it is within the limit. */
  hit(key: string, now?: number): Promise<RateLimitDecision>;
}

export const RATE_LIMIT_WINDOW_SECONDS = 60;
/** Keys the in-memory limiter keeps at most: about 1 MB, however many addresses a flood uses. */
export const MEMORY_RATE_LIMIT_MAX_KEYS = 10_000;

function decide(count: number, limit: number, windowSeconds: number, now: number, source: RateLimitDecision["source"]): RateLimitDecision {
  const { resetAt } = rateLimitWindow(windowSeconds, now);
  return {
    allowed: count <= limit,
    count,
    limit,
    resetAt,
    retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - now) / 1000)),
    source,
  };
}

export interface MemoryRateLimiter extends RateLimiter {
  /** Keys held right now (never more than `maxKeys`). */
  readonly size: number;
}

/**
 * Fixed-window counts in this process's memory. Entries are kept in the order their window began
 * (a key whose window rolls over is moved to the end), so expired windows are always at the front
 * and are dropped there as time passes. When `maxKeys` keys are counting at once, the oldest is
 * forgotten to make room: under a flood from that many addresses a forgotten client starts at zero
 * again, which costs some accuracy but never unbounded memory.
 */
export function createMemoryRateLimiter(options: { limit: number; windowSeconds?: number; maxKeys?: number }): MemoryRateLimiter {
  const windowSeconds = options.windowSeconds ?? RATE_LIMIT_WINDOW_SECONDS;
  const maxKeys = options.maxKeys ?? MEMORY_RATE_LIMIT_MAX_KEYS;
  if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError(`maxKeys must be a positive integer, got ${maxKeys}`);
  const windows = new Map<string, { start: number; count: number }>();

  return {
    get size() {
      return windows.size;
    },
    async hit(key, now = Date.now()) {
      const { start } = rateLimitWindow(windowSeconds, now);
      for (const [oldKey, entry] of windows) {
        if (entry.start >= start) break;
        windows.delete(oldKey);
      }
      const entry = windows.get(key);
      if (entry && entry.start === start) {
        entry.count += 1;
        return decide(entry.count, options.limit, windowSeconds, now, "memory");
      }
      windows.delete(key);
      if (windows.size >= maxKeys) {
        const oldest = windows.keys().next();
        if (!oldest.done) windows.delete(oldest.value);
      }
      windows.set(key, { start, count: 1 });
      return decide(1, options.limit, windowSeconds, now, "memory");
    },
  };
}

export interface StoreRateLimiterOptions {
  limit: number;
  windowSeconds?: number;
  /** The shared store (opened lazily; a failed opening is retried after `retryAfterMs`). */
  store: () => Promise<{ rateLimits: RateLimitRepository }>;
  /** Counts requests while the store cannot. */
  fallback: RateLimiter;
  /** A hit slower than this counts as a failure: a hung database must not hang the API. Default 1000. */
  timeoutMs?: number;
  /** After a failure, the store is left alone this long before it is tried again. Default 30000. */
  retryAfterMs?: number;
  /** Told once per failure (not per request) that counting moved to memory, and why. */
  onFallback?: (reason: string) => void;
}

function failureReason(error: unknown): string {
  // The error's type and code only: a driver's message may quote connection details.
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" || typeof code === "number" ? `${error.name} ${code}` : error.name;
  }
  return "unknown error";
}

class StoreTimeout extends Error {
  override name = "StoreTimeout";
}

/**
 * Counts in the shared database (`store.rateLimits.hit`, atomic across instances), so that a limit
 * holds however many instances share the load. Never fails a request: when the store is down or
 * slow the count continues in memory (per instance, so the limit is looser until the store is back).
 */
export function createStoreRateLimiter(options: StoreRateLimiterOptions): RateLimiter {
  const windowSeconds = options.windowSeconds ?? RATE_LIMIT_WINDOW_SECONDS;
  const timeoutMs = options.timeoutMs ?? 1000;
  const retryAfterMs = options.retryAfterMs ?? 30_000;
  let downUntil = 0;

  async function countInStore(key: string, now: number): Promise<number> {
    const counting = options.store().then((store) => store.rateLimits.hit(key, windowSeconds, now));
    // A late answer (or failure) after the timeout is dropped, never left unhandled.
    counting.catch(() => undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
      timer.unref?.();
    });
    try {
      return await Promise.race([counting, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async hit(key, now = Date.now()) {
      if (Date.now() < downUntil) return options.fallback.hit(key, now);
      try {
        const count = await countInStore(key, now);
        return decide(count, options.limit, windowSeconds, now, "store");
      } catch (error) {
        downUntil = Date.now() + retryAfterMs;
        options.onFallback?.(failureReason(error));
        return options.fallback.hit(key, now);
      }
    },
  };
}
