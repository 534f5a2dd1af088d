import type { Kysely } from "kysely";
import { StoreInputError } from "@/lib/store/errors";
import type { StoreSchema } from "@/lib/store/schema";
import { DAY_MS, toMillis, type Instant } from "@/lib/store/time";

export interface RateLimitRepository {
  /**
   * Counts one request for `key` in the fixed window of `windowSeconds` that contains `now`, and
   * returns the count so far in that window, this request included. Atomic: concurrent hits from any
   * number of instances each get a distinct count. Use one key per limit (e.g. `diagnose:203.0.113.7`):
   * two limits with different windows on the same key would share rows where their windows coincide.
   */
  hit(key: string, windowSeconds: number, now?: Instant): Promise<number>;
  /** The count of the fixed window that contains `at`, without counting anything (0 when there is none). */
  count(key: string, windowSeconds: number, at: Instant): Promise<number>;
  /** Deletes the windows that started before `olderThan`; returns how many. */
  purge(olderThan: Instant): Promise<number>;
}

export interface RateLimitWindow {
  /** Epoch seconds. */
  start: number;
}

const MAX_KEY_LENGTH = 256;
const MAX_WINDOW_SECONDS = 31 * 86_400;

/** The fixed window that contains `now`. */
export function rateLimitWindow(windowSeconds: number, now?: Instant): RateLimitWindow {
  const seconds = Math.floor(toMillis(now) / 1000);
  const start = seconds - (seconds % windowSeconds);
  return { start };
}

function checkArguments(key: string, windowSeconds: number): void {
  if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new StoreInputError(`rate-limit key must be 1–${MAX_KEY_LENGTH} characters`);
  }
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1 || windowSeconds > MAX_WINDOW_SECONDS) {
    throw new StoreInputError(`rate-limit window must be a whole number of seconds from 1 to ${MAX_WINDOW_SECONDS}`);
  }
}

/**
 * The rate-limit repository. `onHit` lets the store purge old windows now and then; it receives the
 * window length so that the purge never drops a window that is still counting.
 */
export function createRateLimitRepository(db: Kysely<StoreSchema>, onHit: (windowSeconds: number) => void): RateLimitRepository {
  return {
    async hit(key, windowSeconds, now) {
      checkArguments(key, windowSeconds);
      const { start } = rateLimitWindow(windowSeconds, now);
      // One statement, so the increment and the read cannot be split by another instance's hit
      // (SQLite ≥ 3.35 and PostgreSQL both have INSERT … ON CONFLICT … RETURNING).
      const row = await db
        .insertInto("rate_limits")
        .values({ key, window_start: start, count: 1 })
        .onConflict((conflict) =>
          conflict.columns(["key", "window_start"]).doUpdateSet((eb) => ({ count: eb("rate_limits.count", "+", 1) })),
        )
        .returning("count")
        .executeTakeFirstOrThrow();
      onHit(windowSeconds);
      return Number(row.count);
    },

    async count(key, windowSeconds, at) {
      checkArguments(key, windowSeconds);
      const { start } = rateLimitWindow(windowSeconds, at);
      const row = await db.selectFrom("rate_limits").select("count").where("key", "=", key).where("window_start", "=", start).executeTakeFirst();
      return row ? Number(row.count) : 0;
    },

    async purge(olderThan) {
      const cutoff = Math.floor(toMillis(olderThan) / 1000);
      const result = await db.deleteFrom("rate_limits").where("window_start", "<", cutoff).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

/**
 * How far back the automatic purge keeps windows: a day, or twice the longest window this process
 * has counted, whichever is longer, so that no window in use is dropped (the current one and the
 * one before, which the limiter's sliding estimate still weighs).
 */
export function rateLimitRetentionMs(longestWindowSeconds: number): number {
  return Math.max(DAY_MS, 2 * longestWindowSeconds * 1000);
}
