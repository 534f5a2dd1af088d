import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryRateLimiter, createStoreRateLimiter, type RateLimiter } from "@/lib/http/rate-limiter";
import { createStore, type Store } from "@/lib/store/store";
import { TEST_BACKENDS, type TestBackend } from "@/lib/store/testing/backends";

/** 2026-01-15 09:30:00 UTC, the start of a minute. */
const T0 = Date.UTC(2026, 0, 15, 9, 30, 0);

async function hits(limiter: RateLimiter, key: string, n: number, now: number) {
  const decisions = [];
  for (let i = 0; i < n; i++) decisions.push(await limiter.hit(key, now));
  return decisions;
}

describe("memory rate limiter", () => {
  it("allows `limit` requests per key in a minute, then refuses, saying how long until one more fits", async () => {
    const limiter = createMemoryRateLimiter({ limit: 3 });
    const decisions = await hits(limiter, "api:203.0.113.7", 4, T0 + 15_000);
    expect(decisions.map((d) => [d.count, d.allowed])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ]);
    // 45 s to the next window, then 30 s more until half of these 4 requests have slid out of the last minute.
    expect(decisions[3]).toMatchObject({ limit: 3, retryAfterSeconds: 75, source: "memory" });
    // And so it is: a second earlier it is not (a limiter with the same history each time).
    const early = createMemoryRateLimiter({ limit: 3 });
    await hits(early, "api:203.0.113.7", 4, T0 + 15_000);
    expect((await early.hit("api:203.0.113.7", T0 + 89_000)).allowed).toBe(false);
    expect(await limiter.hit("api:203.0.113.7", T0 + 90_000)).toMatchObject({ allowed: true, count: 1, previous: 4, estimate: 3 });
    // Another client has its own count.
    expect((await limiter.hit("api:198.51.100.1", T0 + 15_000)).allowed).toBe(true);
  });

  it("slides: a burst at the end of one minute still counts at the start of the next", async () => {
    const limiter = createMemoryRateLimiter({ limit: 10 });
    expect((await hits(limiter, "k", 10, T0 + 59_000)).every((d) => d.allowed)).toBe(true);
    // Fixed windows would allow 10 more right away: 20 within two seconds.
    expect(await limiter.hit("k", T0 + 60_000)).toMatchObject({ allowed: false, count: 1, previous: 10, estimate: 11, retryAfterSeconds: 12 });
    // Once a fifth of the last minute has passed, the estimate is 2 + 10 × 0.8 = 10: one more fits.
    expect(await limiter.hit("k", T0 + 72_000)).toMatchObject({ allowed: true, count: 2, estimate: 10 });
  });

  it("forgets a minute once it lies wholly in the past", async () => {
    const limiter = createMemoryRateLimiter({ limit: 2 });
    await hits(limiter, "k", 3, T0 + 59_000);
    expect(await limiter.hit("k", T0 + 120_000)).toMatchObject({ allowed: true, count: 1, previous: 0, estimate: 1 });
  });

  it("never holds more than maxKeys keys, and drops expired windows as time passes", async () => {
    const limiter = createMemoryRateLimiter({ limit: 5, maxKeys: 100 });
    for (let i = 0; i < 1_000; i++) await limiter.hit(`api:10.0.${i >> 8}.${i & 255}`, T0 + 1_000);
    expect(limiter.size).toBe(100);
    // The most recent keys are the ones kept.
    expect((await limiter.hit("api:10.0.3.231", T0 + 2_000)).count).toBe(2);
    // A minute later the old counts still weigh, as the previous window, within the bound.
    await limiter.hit("api:192.0.2.1", T0 + 61_000);
    expect(limiter.size).toBe(100);
    // Two minutes later they weigh nothing and are gone; the new key's count is the previous one now.
    await limiter.hit("api:192.0.2.2", T0 + 121_000);
    expect(limiter.size).toBe(2);
  });
});

describe("store rate limiter: fallback", () => {
  afterEach(() => vi.useRealTimers());

  it("counts in memory when the store fails, says so once, and tries the store again later", async () => {
    const onFallback = vi.fn();
    const hit = vi.fn().mockRejectedValue(Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2"), { code: "ECONNREFUSED" }));
    const fallback = createMemoryRateLimiter({ limit: 2 });
    const limiter = createStoreRateLimiter({ limit: 2, store: async () => ({ rateLimits: { hit, count: vi.fn().mockResolvedValue(0), purge: vi.fn() } }), fallback, onFallback, retryAfterMs: 30_000 });
    const decisions = await hits(limiter, "k", 3, T0);
    expect(decisions.map((d) => [d.source, d.allowed])).toEqual([
      ["memory", true],
      ["memory", true],
      ["memory", false],
    ]);
    expect(hit).toHaveBeenCalledTimes(1);
    expect(onFallback).toHaveBeenCalledTimes(1);
    // The reason names the error's type and code, never its message.
    expect(onFallback).toHaveBeenCalledWith("Error ECONNREFUSED");
  });

  it("does not wait for a hung database longer than its timeout", async () => {
    const fallback = createMemoryRateLimiter({ limit: 10 });
    const never = new Promise<number>(() => undefined);
    const limiter = createStoreRateLimiter({
      limit: 10,
      store: async () => ({ rateLimits: { hit: () => never, count: () => never, purge: vi.fn() } }),
      fallback,
      timeoutMs: 50,
    });
    const started = Date.now();
    const decision = await limiter.hit("k", T0);
    expect(decision).toMatchObject({ source: "memory", allowed: true });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

function describeShared(backend: TestBackend) {
  const title = backend.skipReason ? `store rate limiter on ${backend.kind} — skipped: ${backend.skipReason}` : `store rate limiter on ${backend.kind}`;
  (backend.skipReason ? describe.skip : describe)(title, () => {
    it("two instances sharing one database see one count", async () => {
      const database = await backend.fresh();
      const stores: Store[] = [];
      try {
        stores.push(await createStore(database.config, { autoPurge: false }), await createStore(database.config, { autoPurge: false }));
        const onFallback = vi.fn();
        const [a, b] = stores.map((store) =>
          createStoreRateLimiter({ limit: 5, store: async () => store, fallback: createMemoryRateLimiter({ limit: 5 }), onFallback }),
        ) as [RateLimiter, RateLimiter];
        const now = T0 + 10_000;
        const decisions = [];
        for (let i = 0; i < 6; i++) decisions.push(await (i % 2 === 0 ? a : b).hit("api:203.0.113.7", now));
        expect(decisions.map((d) => d.count)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false]);
        expect(decisions[5]).toMatchObject({ source: "store", retryAfterSeconds: 70 });
        // Concurrent hits from both instances are each counted once.
        const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).hit("api:198.51.100.1", now)));
        expect(burst.map((d) => d.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
        // The next window starts its own count from zero, with the last one's still weighing on both.
        expect(await b.hit("api:203.0.113.7", T0 + 60_000)).toMatchObject({ count: 1, previous: 6, allowed: false });
        expect(await a.hit("api:203.0.113.7", T0 + 90_000)).toMatchObject({ count: 2, previous: 6, estimate: 5, allowed: true });
        expect(onFallback).not.toHaveBeenCalled();
      } finally {
        for (const store of stores) await store.close();
        await database.dispose();
      }
    });
  });
}

for (const backend of TEST_BACKENDS) describeShared(backend);
