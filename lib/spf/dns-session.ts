import type { DnsAnswer, DnsClient, RrType } from "@/lib/dns/types";

export interface DnsSessionOptions {
  signal?: AbortSignal;
  /** Queries started ahead of need (prefetch) per session; beyond it prefetch does nothing. */
  maxSpeculative?: number;
  /** Queries `tryQuery` may start in all; analysis uses it to stay bounded on hostile trees. */
  maxQueries?: number;
}

function keyOf(name: string, type: RrType): string {
  return `${type} ${name.toLowerCase().replace(/\.$/, "")}`;
}

/**
 * One evaluation's view of DNS: every name/type is asked once (answers are shared by the
 * evaluator, the prefetcher and the analyzer), speculative queries are budgeted, and a client
 * that breaks its never-reject promise still yields an `error` answer.
 */
export class DnsSession {
  private readonly answers = new Map<string, Promise<DnsAnswer>>();
  private speculative = 0;
  private started = 0;

  constructor(
    private readonly client: DnsClient,
    private readonly options: DnsSessionOptions = {},
  ) {}

  /** Number of distinct questions sent to the client. */
  get queriesSent(): number {
    return this.started;
  }

  get signal(): AbortSignal | undefined {
    return this.options.signal;
  }

  has(name: string, type: RrType): boolean {
    return this.answers.has(keyOf(name, type));
  }

  query<T extends RrType>(name: string, type: T): Promise<DnsAnswer<T>> {
    const key = keyOf(name, type);
    const known = this.answers.get(key);
    if (known) return known as Promise<DnsAnswer<T>>;
    this.started++;
    const normalized = name.toLowerCase().replace(/\.$/, "");
    const started = Date.now();
    const answer = Promise.resolve()
      .then(() => this.client.query(normalized, type, { signal: this.options.signal }))
      .catch(
        (err: unknown): DnsAnswer<T> => ({
          question: { name: normalized, type },
          status: "error",
          records: [],
          cnameChain: [],
          ttl: 0,
          authoritative: false,
          fromCache: false,
          elapsedMs: Date.now() - started,
          detail: err instanceof Error ? err.message : String(err),
        }),
      );
    this.answers.set(key, answer);
    return answer;
  }

  /** Starts a query ahead of need when the speculative budget allows; null when it does not. */
  prefetch<T extends RrType>(name: string, type: T): Promise<DnsAnswer<T>> | null {
    if (this.has(name, type)) return this.query(name, type);
    if (this.options.signal?.aborted) return null;
    if (this.speculative >= (this.options.maxSpeculative ?? 100)) return null;
    this.speculative++;
    return this.query(name, type);
  }

  /** A query that respects `maxQueries`; null once the session has sent that many. */
  tryQuery<T extends RrType>(name: string, type: T): Promise<DnsAnswer<T>> | null {
    if (this.has(name, type)) return this.query(name, type);
    if (this.started >= (this.options.maxQueries ?? Infinity)) return null;
    return this.query(name, type);
  }
}
