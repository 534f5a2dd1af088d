import type { LocalizedText } from "@/lib/findings/types";
import type { IpAddress } from "@/lib/spf/ip";
import type { MacroToken } from "@/lib/spf/macro-string";
import type { Qualifier } from "@/lib/spf/results";

/** Mechanisms that cost one of the ten DNS-querying terms of RFC 7208 §4.6.4 (with the redirect= modifier). */
export const LOOKUP_MECHANISMS: readonly string[] = ["include", "a", "mx", "ptr", "exists"];

export const LOOKUP_LIMIT = 10;
export const VOID_LOOKUP_LIMIT = 2;
/** Address lookups per "mx" or "ptr" evaluation (RFC 7208 §4.6.4). */
export const ADDRESS_LOOKUP_LIMIT = 10;

export type SpfTermKind = "mechanism" | "modifier" | "unknown";

export interface SpfTerm {
  kind: SpfTermKind;
  /** The qualifier of a mechanism ("+" when none is written); null for modifiers and unknown terms. */
  qualifier: Qualifier | null;
  /** True when the qualifier is written out. */
  explicitQualifier: boolean;
  /** Lower-cased mechanism or modifier name; for unknown terms, what stood where the name goes. */
  name: string;
  /** The argument: domain-spec, network or modifier value, without any CIDR suffix; null when absent. */
  value: string | null;
  cidr4?: number;
  cidr6?: number;
  /** Offsets into the record text: text === record.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Parsed domain-spec (or modifier macro-string) when the term has one and it is valid. */
  spec?: MacroToken[];
  /** The network of an ip4/ip6 mechanism when it is valid. */
  network?: IpAddress;
}

export const SPF_SYNTAX_CODES = [
  "not_spf",
  "invalid_character",
  "unknown_mechanism",
  "invalid_modifier_name",
  "missing_argument",
  "unexpected_argument",
  "invalid_domain_spec",
  "invalid_macro",
  "exp_only_macro",
  "invalid_cidr",
  "invalid_ip4",
  "invalid_ip6",
  "duplicate_modifier",
] as const;
export type SpfSyntaxCode = (typeof SPF_SYNTAX_CODES)[number];

export interface SpfSyntaxError {
  code: SpfSyntaxCode;
  message: LocalizedText;
  /** Offsets into the record text of the offending part. */
  start: number;
  end: number;
  /** The whole term the error is in. */
  term: string;
}

export interface ParsedSpf {
  text: string;
  /** True when the record starts with "v=spf1" followed by a space or the end (RFC 7208 §4.5). */
  version: boolean;
  terms: SpfTerm[];
  errors: SpfSyntaxError[];
}
