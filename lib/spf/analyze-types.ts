import type { DnsStatus } from "@/lib/dns/types";
import type { Finding } from "@/lib/findings/finding";
import type { CheckHostResult } from "@/lib/spf/evaluate";
import type { Qualifier, SpfResult } from "@/lib/spf/results";
import type { SpfSyntaxError, SpfTermKind } from "@/lib/spf/types";

export type SpfNodeStatus =
  /** One SPF record, parsed without error. */
  | "ok"
  /** One SPF record with syntax errors (its terms are still shown and expanded). */
  | "syntax"
  /** No SPF record (NXDOMAIN, no TXT, or no TXT starting with "v=spf1"). */
  | "none"
  | "multiple"
  /** SERVFAIL, REFUSED, timeout or another DNS failure. */
  | "dns_error"
  /** The domain is already on the include/redirect path above: not expanded again. */
  | "loop"
  /** Not fetched: the analysis reached its bound on records or queries. */
  | "truncated";

export interface SpfTreeTerm {
  text: string;
  start: number;
  end: number;
  kind: SpfTermKind;
  /** Lower-cased mechanism or modifier name ("include", "a", "redirect", "exp"...). */
  mechanism: string;
  qualifier: Qualifier | null;
  /** Expanded target name; null when it needs inputs not given (e.g. %{i} without ip) or is unusable. */
  target?: string | null;
  /** True when the target depends on the client IP, sender or HELO and those were not given. */
  dynamic?: boolean;
  /** DNS-querying steps this term itself costs towards the ten (RFC 7208 §4.6.4). */
  lookups: number;
  /** 1-based positions of those steps in evaluation order over the whole tree. */
  lookupIndexes: number[];
  /** True when one of this term's steps is the 11th or later. */
  overLimit: boolean;
  /** 1 when this term's lookup gave NXDOMAIN or no records (a "void lookup"). */
  voidLookups: number;
  /** 1-based position of its void lookup; the 3rd and later break the limit of two. */
  voidIndex?: number;
  /** Address lookups of an "mx" or "ptr" term, limited per term to ten rather than counted in the ten. */
  addressLookups: number;
  /** Status of the term's own lookup. */
  dnsStatus?: DnsStatus;
  /** MX hosts by preference, for "mx". */
  mxHosts?: string[];
  /** False for mechanisms after "all" and for a redirect= ignored because of "all": never evaluated. */
  reachable: boolean;
  /** The included or redirected record. */
  child: SpfTreeNode | null;
}

export interface SpfTreeNode {
  domain: string;
  status: SpfNodeStatus;
  dnsStatus?: DnsStatus;
  /** The record evaluated here; null unless exactly one was found. */
  record: string | null;
  /** Every SPF record at the name. */
  records: string[];
  errors: SpfSyntaxError[];
  /** Name length plus all TXT text at the name (RFC 7208 §3.4 guideline: under 450). */
  answerSize: number;
  terms: SpfTreeTerm[];
  /** Lookups and void lookups of this record and everything below it, as evaluation counts them. */
  lookups: number;
  voidLookups: number;
}

export interface SpfLookupTotals {
  /** DNS-querying terms over the whole tree, past the limit. */
  count: number;
  limit: number;
  void: number;
  voidLimit: number;
  /** Address lookups of mx/ptr terms (counted separately, RFC 7208 §4.6.4). */
  addressLookups: number;
  /** The term whose step is the 11th, when the count is over the limit. */
  limitExceededAt?: { domain: string; term: string; index: number };
}

export interface SpfAnalysis {
  domain: string;
  records: string[];
  /** check_host() for `ip`; null without an ip. */
  result: SpfResult | null;
  check: CheckHostResult | null;
  lookups: SpfLookupTotals;
  findings: Finding[];
  tree: SpfTreeNode | null;
}
