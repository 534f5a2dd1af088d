import { abortedAnswer } from "@/lib/dns/answer";
import { normalizeName } from "@/lib/dns/names";
import type { DnsAnswer, DnsClient, QueryOptions, RrType } from "@/lib/dns/types";

export interface CacheOptions {
  /** Most answers kept; the least recently used one goes first. */
  maxEntries: number;
  /** Milliseconds clock, injectable for tests. Default `Date.now`. */
  now?: () => number;
  /**
   * How long a SERVFAIL, REFUSED, timeout or error is reused, in milliseconds. RFC 2308 §7
   * caps this at five minutes; a few seconds is enough to keep one analysis from asking a
   * failing name again and again, and short enough that a retry by the user sees a fresh answer.
   * Default 3000; 0 turns it off.
   */
  failureTtlMs?: number;
  /** Upper bound on a positive TTL (RFC 8767 §4 suggests a cap; one day here). */
  maxTtlSeconds?: number;
  /** Upper bound on a negative TTL: RFC 2308 §5 suggests one to three hours. */
  maxNegativeTtlSeconds?: number;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Queries that waited for an identical query already on its way instead of asking again. */
  inflightJoins: number;
  entries: number;
  evictions: number;
}

export interface CachingDnsClient extends DnsClient {
  stats(): CacheStats;
  /** Forgets every stored answer (in-flight queries are left alone). */
  clear(): void;
}

interface Entry {
  answer: DnsAnswer;
  storedAt: number;
  expiresAt: number;
}

interface InFlight {
  promise: Promise<DnsAnswer>;
  controller: AbortController;
  waiters: number;
}

/**
 * Wraps a client with a bounded LRU cache that honours TTLs, including RFC 2308 negative
 * answers, and coalesces identical questions in flight. A caller's abort only ends its own
 * wait; the shared query stops when no caller is left waiting for it, and such a cut-short
 * answer is never stored.
 */
export function createCachingClient(inner: DnsClient, options: CacheOptions): CachingDnsClient {
  const now = options.now ?? Date.now;
  const failureTtlMs = options.failureTtlMs ?? 3000;
  const maxTtl = options.maxTtlSeconds ?? 86_400;
  const maxNegativeTtl = options.maxNegativeTtlSeconds ?? 10_800;
  const maxEntries = options.maxEntries;
  if (!Number.isInteger(maxEntries) || maxEntries < 0) throw new RangeError(`maxEntries must be an integer ≥ 0, got ${maxEntries}`);

  const entries = new Map<string, Entry>();
  const inflight = new Map<string, InFlight>();
  const counters = { hits: 0, misses: 0, inflightJoins: 0, evictions: 0 };

  function lifetimeMs(answer: DnsAnswer): number {
    switch (answer.status) {
      case "ok":
        return Math.min(answer.ttl, maxTtl) * 1000;
      case "nxdomain":
      case "nodata":
        return Math.min(answer.ttl, maxNegativeTtl) * 1000;
      default:
        return failureTtlMs;
    }
  }

  function store(key: string, answer: DnsAnswer): void {
    const lifetime = lifetimeMs(answer);
    if (lifetime <= 0 || maxEntries === 0) return;
    const storedAt = now();
    entries.delete(key);
    entries.set(key, { answer, storedAt, expiresAt: storedAt + lifetime });
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(oldest);
      counters.evictions += 1;
    }
  }

  /** A stored answer as it looks now: TTLs counted down by the whole seconds spent in the cache. */
  function lookup(key: string): DnsAnswer | null {
    const entry = entries.get(key);
    if (!entry) return null;
    const at = now();
    if (at >= entry.expiresAt) {
      entries.delete(key);
      return null;
    }
    entries.delete(key);
    entries.set(key, entry);
    const aged = Math.floor((at - entry.storedAt) / 1000);
    const answer = structuredClone(entry.answer);
    answer.ttl = Math.max(0, answer.ttl - aged);
    for (const record of answer.records) record.ttl = Math.max(0, record.ttl - aged);
    answer.fromCache = true;
    answer.elapsedMs = 0;
    return answer;
  }

  function start(key: string, name: string, type: RrType): InFlight {
    const controller = new AbortController();
    const promise: Promise<DnsAnswer> = inner.query(name, type, { signal: controller.signal }).then((answer) => {
      if (inflight.get(key)?.promise === promise) inflight.delete(key);
      if (!controller.signal.aborted) store(key, answer);
      return answer;
    });
    const flight: InFlight = { controller, waiters: 0, promise };
    inflight.set(key, flight);
    return flight;
  }

  function wait<T extends RrType>(flight: InFlight, name: string, type: T, joined: boolean, signal?: AbortSignal): Promise<DnsAnswer<T>> {
    const started = performance.now();
    flight.waiters += 1;
    return new Promise((resolve) => {
      const onAbort = () => {
        flight.waiters -= 1;
        if (flight.waiters === 0) flight.controller.abort();
        resolve(abortedAnswer(name, type, Math.round(performance.now() - started)));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      void flight.promise.then((answer) => {
        if (signal?.aborted) return;
        signal?.removeEventListener("abort", onAbort);
        flight.waiters -= 1;
        const copy = structuredClone(answer) as DnsAnswer<T>;
        if (joined) copy.fromCache = true;
        resolve(copy);
      });
    });
  }

  return {
    query<T extends RrType>(name: string, type: T, queryOptions: QueryOptions = {}): Promise<DnsAnswer<T>> {
      const { signal, noCache } = queryOptions;
      if (signal?.aborted) return Promise.resolve(abortedAnswer(name, type, 0));
      const key = `${normalizeName(name)} ${type}`;
      if (!noCache) {
        const cached = lookup(key);
        if (cached) {
          counters.hits += 1;
          return Promise.resolve(cached as DnsAnswer<T>);
        }
        const flight = inflight.get(key);
        if (flight && !flight.controller.signal.aborted) {
          counters.inflightJoins += 1;
          return wait(flight, name, type, true, signal);
        }
      }
      counters.misses += 1;
      return wait(start(key, name, type), name, type, false, signal);
    },
    stats: () => ({ ...counters, entries: entries.size }),
    clear: () => entries.clear(),
  };
}
