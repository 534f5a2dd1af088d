/** A point in time: a Date, or epoch milliseconds. Every store method that depends on the clock takes one, for tests. */
export type Instant = Date | number;

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export function toMillis(instant: Instant = Date.now()): number {
  const ms = instant instanceof Date ? instant.getTime() : instant;
  if (!Number.isFinite(ms)) throw new RangeError("invalid time");
  return Math.floor(ms);
}
