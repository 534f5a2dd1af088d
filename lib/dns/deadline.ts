import type { DnsClient, QueryOptions } from "@/lib/dns/types";

export interface SignalledDnsClient extends DnsClient {
  /** Aborts when every query through this client must stop. */
  readonly signal: AbortSignal;
}

/**
 * A view of `client` whose every query also ends when `signal` aborts, combined with any signal
 * the caller passes per query. Queries cut short answer `timeout`, never reject.
 */
export function withSignal(client: DnsClient, signal: AbortSignal): SignalledDnsClient {
  return {
    signal,
    query(name, type, options: QueryOptions = {}) {
      const combined = options.signal ? AbortSignal.any([signal, options.signal]) : signal;
      return client.query(name, type, { ...options, signal: combined });
    },
  };
}

/**
 * An overall deadline for one analysis: every query made through the returned client ends at
 * most `ms` milliseconds from now, however many lookups the analysis makes.
 */
export function withDeadline(client: DnsClient, ms: number): SignalledDnsClient {
  return withSignal(client, AbortSignal.timeout(ms));
}
