import { createSemaphore, type Release } from "@/lib/dns/semaphore";

export interface AnalysisPass {
  release: Release;
  /** How long the request waited in the queue. */
  waitedMs: number;
}

export interface AnalysisGate {
  /**
   * A slot for one analysis: at once if one is free, else after waiting in line (first come, first
   * served) for at most the queue time. Null when the wait ran out or `signal` aborted (the client
   * went away), so the caller answers 503 instead of piling up work it cannot do in time.
   */
  enter(signal?: AbortSignal): Promise<AnalysisPass | null>;
  readonly active: number;
  readonly waiting: number;
}

/**
 * Bounds the analyses (each a burst of DNS queries and CPU) running at once in this process. The
 * DNS client has its own, finer bound on queries in flight; this one keeps a spike of requests
 * from turning into thousands of half-finished analyses that all miss their deadline.
 */
export function createAnalysisGate(options: { permits: number; queueMs: number }): AnalysisGate {
  const semaphore = createSemaphore(options.permits);
  return {
    get active() {
      return semaphore.active;
    },
    get waiting() {
      return semaphore.waiting;
    },
    async enter(signal) {
      const started = Date.now();
      const expiry = new AbortController();
      // A plain timer (not AbortSignal.timeout) so that tests can drive it with fake timers.
      const timer = setTimeout(() => expiry.abort(), options.queueMs);
      try {
        const release = await semaphore.acquire(signal ? AbortSignal.any([expiry.signal, signal]) : expiry.signal);
        return release ? { release, waitedMs: Date.now() - started } : null;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
