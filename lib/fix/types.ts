import type { LocalizedText, Severity } from "@/lib/findings/types";

/**
 * How sure we are of a fact about a host or a DNS panel, with the tags of
 * `shared/reference/dns-providers.md`: "verified" = the provider's own page says it,
 * "third-party" = a secondary source or public DNS data says it, "unverified" = our best guess.
 * The UI can soften wording ("usually", "check your panel") for anything not verified.
 */
export type Confidence = "verified" | "third-party" | "unverified";

export interface HelpLink {
  title: LocalizedText;
  url: string;
}

/** A warning or note attached to a fix, with a stable id the UI and tests can branch on. */
export interface FixWarning {
  id: string;
  severity: Severity;
  message: LocalizedText;
  /** The record term the warning is about, as written. */
  term?: string;
}

export type FixRecordType = "TXT" | "CNAME";

/**
 * One DNS record to create or edit, ready for the customer's panel.
 *
 * - `name` is the owner name (FQDN, lower case, no trailing dot), for tools and for panels that
 *   want the full name.
 * - `host` is what goes in the panel's host field (`@`, blank, the part below the zone, or the
 *   FQDN, depending on the provider).
 * - `value` is the exact text to paste in the panel's value field: with double quotes when that
 *   panel needs the customer to type them, as several quoted strings when it needs long values
 *   split, and for one-record-set-per-name panels (Route 53, Cloud DNS) with the name's other
 *   TXT values, one per line.
 * - `rawValue` is the record's text itself, unquoted, as DNS answers join it (RFC 7208 §3.3).
 * - `strings` is `rawValue` cut into character-strings of at most 255 bytes (RFC 1035 §3.3.14).
 */
export interface FixRecord {
  name: string;
  /** The DNS zone the record is entered in (the registered domain unless given). */
  zone: string;
  host: string;
  type: FixRecordType;
  value: string;
  rawValue: string;
  strings: string[];
  ttl?: number;
  /** The provider whose panel `host` and `value` are written for. */
  providerId: string;
  /** Provider-specific notes for this record (quoting, splitting, record sets). */
  notes: FixWarning[];
}
