import type { DnsAnswer, DnsClient, DnsRecord, DnsStatus, QueryOptions, RecordDataMap, RrType } from "@/lib/dns/types";

/** One entry of a name in pyspf-style zonedata, after the SPF→TXT copy. */
export type ZoneEntry =
  | { type: "TIMEOUT" }
  | { type: "A" | "AAAA" | "PTR" | "CNAME"; value: string }
  | { type: "MX"; preference: number; exchange: string }
  | { type: "TXT" | "SPF"; strings: string[] };

export type Zone = Map<string, ZoneEntry[]>;

function strings(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v));
  return [String(value)];
}

function toEntry(type: string, value: unknown): ZoneEntry | null {
  switch (type) {
    case "A":
    case "AAAA":
    case "PTR":
    case "CNAME":
      return { type, value: String(value) };
    case "MX": {
      const [preference, exchange] = Array.isArray(value) ? value : [0, value];
      return { type: "MX", preference: Number(preference), exchange: String(exchange ?? "") };
    }
    case "TXT":
    case "SPF":
      return { type, strings: strings(value) };
    default:
      return null;
  }
}

/**
 * Builds a zone from the YAML `zonedata` map with pyspf's driver semantics: names are case
 * insensitive; `SPF` records are also served as TXT unless the name has any `TXT` entry
 * (`TXT: NONE` included), and the copies come after all listed entries; `TXT: NONE` itself
 * adds nothing; a bare `TIMEOUT` stays in place.
 */
export function buildZone(zonedata: Record<string, unknown> | undefined): Zone {
  const zone: Zone = new Map();
  for (const [owner, list] of Object.entries(zonedata ?? {})) {
    const entries: ZoneEntry[] = [];
    const copies: ZoneEntry[] = [];
    let hasTxt = false;
    for (const item of Array.isArray(list) ? list : []) {
      if (item === "TIMEOUT") {
        entries.push({ type: "TIMEOUT" });
        continue;
      }
      if (item === null || typeof item !== "object") continue;
      for (const [type, value] of Object.entries(item as Record<string, unknown>)) {
        if (type === "TXT") hasTxt = true;
        if (value === "NONE") continue;
        const entry = toEntry(type, value);
        if (!entry) continue;
        entries.push(entry);
        if (entry.type === "SPF") copies.push({ type: "TXT", strings: entry.strings });
      }
    }
    const key = owner.toLowerCase().replace(/\.$/, "");
    zone.set(key, [...(zone.get(key) ?? []), ...entries, ...(hasTxt ? [] : copies)]);
  }
  return zone;
}

export interface ZonedataClientOptions {
  /** Milliseconds every query waits before answering (for concurrency tests). */
  delayMs?: number;
}

function dataOf<T extends RrType>(entry: ZoneEntry, type: T): RecordDataMap[T] | null {
  if (entry.type !== type) return null;
  switch (entry.type) {
    case "MX":
      return { preference: entry.preference, exchange: entry.exchange.replace(/\.$/, "") } as RecordDataMap[T];
    case "TXT":
      return entry.strings as RecordDataMap[T];
    case "PTR":
    case "CNAME":
      return entry.value.replace(/\.$/, "") as RecordDataMap[T];
    case "A":
    case "AAAA":
      return entry.value as RecordDataMap[T];
    default:
      return null;
  }
}

function encodable(name: string): boolean {
  return name !== "" && name.length <= 253 && name.split(".").every((l) => l.length >= 1 && l.length <= 63);
}

/**
 * An in-process DnsClient serving a zone. A missing name is NXDOMAIN, a name without the asked
 * type NODATA, a CNAME is followed (a loop is SERVFAIL, as a recursive resolver reports it),
 * and a `TIMEOUT` entry times out every type that has no record listed before it. A name that
 * cannot be encoded in a question is an `error`, as a resolver refusing it locally.
 */
export class ZonedataClient implements DnsClient {
  readonly queries: { name: string; type: RrType; at: number }[] = [];

  constructor(
    private readonly zone: Zone,
    private readonly options: ZonedataClientOptions = {},
  ) {}

  async query<T extends RrType>(name: string, type: T, options?: QueryOptions): Promise<DnsAnswer<T>> {
    const started = Date.now();
    this.queries.push({ name, type, at: started });
    const aborted = await this.wait(options?.signal);
    const answer = aborted ? { status: "timeout" as DnsStatus, records: [], chain: [] } : this.resolve(name.toLowerCase().replace(/\.$/, ""), type);
    return {
      question: { name, type },
      status: answer.status,
      records: answer.records,
      cnameChain: answer.chain,
      ttl: answer.status === "ok" ? 300 : 0,
      authoritative: true,
      fromCache: false,
      elapsedMs: Date.now() - started,
    };
  }

  private wait(signal: AbortSignal | undefined): Promise<boolean> {
    const delay = this.options.delayMs ?? 0;
    if (signal?.aborted) return Promise.resolve(true);
    if (delay <= 0) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), delay);
      signal?.addEventListener("abort", () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private resolve<T extends RrType>(name: string, type: T): { status: DnsStatus; records: DnsRecord<T>[]; chain: string[] } {
    const chain: string[] = [];
    let owner = name;
    for (;;) {
      if (!encodable(owner)) return { status: "error", records: [], chain };
      const entries = this.zone.get(owner);
      if (!entries) return { status: "nxdomain", records: [], chain };
      const records: DnsRecord<T>[] = [];
      let cname: string | null = null;
      for (const entry of entries) {
        if (entry.type === "TIMEOUT") {
          if (records.length === 0) return { status: "timeout", records: [], chain };
          break;
        }
        const data = dataOf(entry, type);
        if (data !== null) records.push({ name: owner, type, ttl: 300, data });
        if (entry.type === "CNAME" && cname === null) cname = entry.value.toLowerCase().replace(/\.$/, "");
      }
      if (records.length > 0) return { status: "ok", records, chain };
      if (cname === null || type === "CNAME") return { status: "nodata", records: [], chain };
      if (cname === name || chain.includes(cname)) return { status: "servfail", records: [], chain };
      chain.push(cname);
      owner = cname;
    }
  }
}
