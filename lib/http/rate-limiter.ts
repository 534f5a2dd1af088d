import type { RateLimitRepository } from "@/lib/store/rate-limits";
import { rateLimitWindow } from "@/lib/store/rate-limits";

/** What one request's hit decided. */
export interface RateLimitDecision {
  allowed: boolean;
  /** Requests counted for the key in the current fixed window, this one included. */
  count: number;
  /** Requests counted for the key in the window before. */
  previous: number;
  /** What is held against `limit`: `count` plus the part of `previous` still within the last window's length. */
  estimate: number;
  limit: number;
  /**
   * Whole seconds, at least 1, until one more request would be let through if none is sent
   * meanwhile: the `Retry-After` of a 429.
   */
  retryAfterSeconds: number;
  /** Where the count came from: the shared database, or this process's memory. */
  source: "store" | "memory";
}

export interface RateLimiter {
  /** Counts one request for `key` and says whether it is within the limit (a sliding window of `windowSeconds`). */
  hit(key: string, now?: number): Promise<RateLimitDecision>;
}

export const RATE_LIMIT_WINDOW_SECONDS = 60;
/** Keys the in-memory limiter keeps at most: about 1 MB, however many addresses a flood uses. */
export const MEMORY_RATE_LIMIT_MAX_KEYS = 10_000;

/**
 * Milliseconds until the estimate leaves room for one more request, counting from `elapsed` (the
 * fraction of the current window gone). While this window's own count leaves room, that is when
 * enough of the previous window has slid out; otherwise the wait runs into the next window, where
 * this window's count is the one sliding out.
 */
function msUntilRoom(count: number, previous: number, limit: number, elapsed: number, windowMs: number): number {
  if (count + 1 <= limit) {
    if (previous === 0) return 0;
    const needed = 1 - (limit - count - 1) / previous;
    return Math.max(0, (needed - elapsed) * windowMs);
  }
  return (1 - elapsed) * windowMs + (1 - (limit - 1) / count) * windowMs;
}

/**
 * A sliding-window estimate from two fixed-window counts: the current window's, plus the previous
 * window's weighted by how much of it still lies within the last `windowSeconds`. Counting the
 * current window alone would let a client send `limit` requests at the end of one window and
 * `limit` more at the start of the next: twice the limit within seconds.
 */
function decide(count: number, previous: number, limit: number, windowSeconds: number, now: number, source: RateLimitDecision["source"]): RateLimitDecision {
  const { start } = rateLimitWindow(windowSeconds, now);
  const windowMs = windowSeconds * 1000;
  const elapsed = (now - start * 1000) / windowMs;
  const estimate = count + previous * (1 - elapsed);
  return {
    allowed: estimate <= limit,
    count,
    previous,
    estimate,
    limit,
    retryAfterSeconds: Math.max(1, Math.ceil(msUntilRoom(count, previous, limit, elapsed, windowMs) / 1000)),
    source,
  };
}

export interface MemoryRateLimiter extends RateLimiter {
  /** Keys held right now (never more than `maxKeys`). */
  readonly size: number;
}

/**
 * Counts in this process's memory: per key the current window's count and the previous one's.
 * Entries are kept in the order their window began (a key whose window rolls over is moved to the
 * end), so windows too old to weigh anything are always at the front and are dropped there as time
 * passes. When `maxKeys` keys are counting at once, the oldest is forgotten to make room: under a
 * flood from that many addresses a forgotten client starts at zero again, which costs some accuracy
 * but never unbounded memory.
 */
export function createMemoryRateLimiter(options: { limit: number; windowSeconds?: number; maxKeys?: number }): MemoryRateLimiter {
  const windowSeconds = options.windowSeconds ?? RATE_LIMIT_WINDOW_SECONDS;
  const maxKeys = options.maxKeys ?? MEMORY_RATE_LIMIT_MAX_KEYS;
  if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new RangeError(`maxKeys must be a positive integer, got ${maxKeys}`);
  const windows = new Map<string, { start: number; count: number; previous: number }>();

  return {
    get size() {
      return windows.size;
    },
    async hit(key, now = Date.now()) {
      const { start } = rateLimitWindow(windowSeconds, now);
      const previousStart = start - windowSeconds;
      for (const [oldKey, entry] of windows) {
        if (entry.start >= previousStart) break;
        windows.delete(oldKey);
      }
      const entry = windows.get(key);
      if (entry && entry.start === start) {
        entry.count += 1;
        return decide(entry.count, entry.previous, options.limit, windowSeconds, now, "memory");
      }
      const previous = entry && entry.start === previousStart ? entry.count : 0;
      windows.delete(key);
      if (windows.size >= maxKeys) {
        const oldest = windows.keys().next();
        if (!oldest.done) windows.delete(oldest.value);
      }
      windows.set(key, { start, count: 1, previous });
      return decide(1, previous, options.limit, windowSeconds, now, "memory");
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

  async function countInStore(key: string, now: number): Promise<{ count: number; previous: number }> {
    // The previous window is closed: reading it beside the increment cannot miss a hit.
    const counting = options
      .store()
      .then((store) => Promise.all([store.rateLimits.hit(key, windowSeconds, now), store.rateLimits.count(key, windowSeconds, now - windowSeconds * 1000)]))
      .then(([count, previous]) => ({ count, previous }));
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
        const { count, previous } = await countInStore(key, now);
        return decide(count, previous, options.limit, windowSeconds, now, "store");
      } catch (error) {
        downUntil = Date.now() + retryAfterMs;
        options.onFallback?.(failureReason(error));
        return options.fallback.hit(key, now);
      }
    },
  };
}
