/**
 * The DNS vocabulary every check speaks. A query never rejects: DNS trouble is an
 * answer with a status, so callers turn it into a finding instead of an exception.
 */

export const RR_TYPES = ["A", "AAAA", "CNAME", "MX", "NS", "PTR", "SOA", "TXT"] as const;
export type RrType = (typeof RR_TYPES)[number];

/**
 * - `ok`: at least one record of the asked type (after following CNAMEs).
 * - `nxdomain`: the name does not exist (RCODE 3).
 * - `nodata`: the name exists but has no record of that type (RFC 2308 §2.2).
 * - `servfail`, `refused`: the server's RCODE 2 / 5.
 * - `timeout`: no answer within the per-query timeout after retries, or the caller's deadline passed.
 * - `error`: anything else (malformed reply, network unreachable, FORMERR, invalid name).
 */
export const DNS_STATUSES = ["ok", "nxdomain", "nodata", "servfail", "refused", "timeout", "error"] as const;
export type DnsStatus = (typeof DNS_STATUSES)[number];

export interface MxData {
  preference: number;
  exchange: string;
}

export interface SoaData {
  mname: string;
  rname: string;
  serial: number;
  refresh: number;
  retry: number;
  expire: number;
  minimum: number;
}

export interface RecordDataMap {
  A: string;
  AAAA: string;
  CNAME: string;
  MX: MxData;
  NS: string;
  PTR: string;
  SOA: SoaData;
  /** The character-strings of one TXT record, as sent (each ≤ 255 bytes). Join with "" for SPF (RFC 7208 §3.3). */
  TXT: string[];
}

export interface DnsRecord<T extends RrType = RrType> {
  /** Owner name, lower case, no trailing dot. */
  name: string;
  type: T;
  ttl: number;
  data: RecordDataMap[T];
}

export interface DnsAnswer<T extends RrType = RrType> {
  question: { name: string; type: T };
  status: DnsStatus;
  /** Records of the asked type only, at the end of any CNAME chain. */
  records: DnsRecord<T>[];
  /** Names the CNAME chain went through, in order, excluding the question name. */
  cnameChain: string[];
  /**
   * Seconds this answer may be reused: the smallest record TTL for positive answers, the
   * negative TTL (min of SOA TTL and SOA MINIMUM, RFC 2308 §5) for NXDOMAIN/NODATA, 0 otherwise.
   */
  ttl: number;
  /** True when the answer came from a server with the AA bit set. */
  authoritative: boolean;
  /** "host:port" of the server that answered, when one did. */
  server?: string;
  fromCache: boolean;
  elapsedMs: number;
  /** Human-readable detail for `timeout` and `error`. */
  detail?: string;
}

export interface QueryOptions {
  /** Aborts the query; the answer then has status `timeout`. */
  signal?: AbortSignal;
  /** Skip the cache for this query (the answer is still stored). */
  noCache?: boolean;
}

export interface DnsClient {
  query<T extends RrType>(name: string, type: T, options?: QueryOptions): Promise<DnsAnswer<T>>;
}
