import { dkimParseMessages as m } from "@/lib/checks/dkim-parse-messages";
import type { LocalizedText } from "@/lib/findings/types";

/** Key types a verifier understands: RSA (RFC 6376 §3.3.1) and Ed25519 (RFC 8463 §4.2). */
export const DKIM_KEY_TYPES = ["rsa", "ed25519"] as const;
export type DkimKeyType = (typeof DKIM_KEY_TYPES)[number];

/**
 * - `syntax`: the record is not a usable key record (malformed tag list, duplicate tag, wrong
 *   or misplaced v=, missing p=, unknown k=, s= that excludes email).
 * - `sha1_only`: h= allows only sha1, which verifiers must refuse (RFC 8301 §3.1).
 */
export type DkimKeyIssueKind = "syntax" | "sha1_only";

export interface DkimKeyIssue {
  kind: DkimKeyIssueKind;
  tag?: string;
  message: LocalizedText;
}

export interface ParsedDkimKey {
  text: string;
  /** Every tag in order; names as written (DKIM tag names are case-sensitive, RFC 6376 §3.2). */
  tags: { name: string; value: string }[];
  /** v= value, or null when absent (it is optional). */
  version: string | null;
  /** k= lower-cased, "rsa" when absent. */
  keyType: string;
  keyTypeKnown: boolean;
  /** p= with its whitespace removed; "" for a revoked key; null when p= is missing. */
  publicKey: string | null;
  /** p= is present and empty: the key was revoked (RFC 6376 §3.6.1). */
  revoked: boolean;
  /** h= hash algorithms, lower-cased; null when absent (all allowed). */
  hashes: string[] | null;
  /** s= service types; null when absent ("*"). */
  services: string[] | null;
  /** t= flags, lower-cased. */
  flags: string[];
  /** t=y: the domain is testing DKIM. */
  testing: boolean;
  /** t=s: the i= domain must equal d= exactly. */
  strict: boolean;
  notes: string | null;
  /** Nothing stops a verifier from using the key (it may still be too short or unreadable). */
  usable: boolean;
  issues: DkimKeyIssue[];
}

const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
/** tag-value: VALCHAR (%x21-3A / %x3C-7E) runs separated by FWS (RFC 6376 §3.2). */
const TAG_VALUE = /^[\x21-\x3a\x3c-\x7e \t\r\n]*$/;
const FWS = /[ \t\r\n]+/g;

function trimFws(text: string): string {
  return text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
}

function list(value: string): string[] {
  return value
    .split(":")
    .map((part) => trimFws(part).toLowerCase())
    .filter((part) => part !== "");
}

/**
 * Parses a DKIM key record (RFC 6376 §3.6.1, tag list of §3.2; k=ed25519 of RFC 8463).
 * Pure and total: never throws, never does I/O. The key itself is read by `inspectDkimPublicKey`.
 */
export function parseDkimKeyRecord(text: string): ParsedDkimKey {
  const issues: DkimKeyIssue[] = [];
  const tags: { name: string; value: string }[] = [];
  const first = new Map<string, string>();
  const parts = text.split(";");
  for (let index = 0; index < parts.length; index++) {
    const segment = trimFws(parts[index] ?? "");
    if (segment === "") continue;
    const eq = segment.indexOf("=");
    const name = eq === -1 ? "" : trimFws(segment.slice(0, eq));
    const value = eq === -1 ? "" : trimFws(segment.slice(eq + 1));
    if (eq === -1 || !TAG_NAME.test(name)) {
      issues.push({ kind: "syntax", tag: segment, message: m.notATag(segment) });
      continue;
    }
    if (!TAG_VALUE.test(value)) {
      issues.push({ kind: "syntax", tag: segment, message: m.badCharacter(name) });
      continue;
    }
    tags.push({ name, value });
    if (first.has(name)) {
      issues.push({ kind: "syntax", tag: segment, message: m.duplicate(name) });
      continue;
    }
    first.set(name, value);
    // §3.6.1: v= is optional, but when present it must be the first tag and be "DKIM1".
    if (name === "v" && (index !== 0 || value !== "DKIM1")) {
      issues.push({ kind: "syntax", tag: segment, message: index !== 0 ? m.versionNotFirst() : m.versionInvalid(value) });
    }
  }

  const keyType = (first.get("k") ?? "rsa").toLowerCase();
  const keyTypeKnown = (DKIM_KEY_TYPES as readonly string[]).includes(keyType);
  if (!keyTypeKnown) issues.push({ kind: "syntax", tag: `k=${first.get("k")}`, message: m.keyTypeUnknown(first.get("k") ?? "") });

  const p = first.get("p");
  const publicKey = p === undefined ? null : p.replace(FWS, "");
  if (publicKey === null) issues.push({ kind: "syntax", message: m.keyMissing() });

  const h = first.get("h");
  const hashes = h === undefined ? null : list(h);
  if (hashes && !hashes.includes("sha256")) {
    if (hashes.includes("sha1")) issues.push({ kind: "sha1_only", tag: `h=${h}`, message: m.sha1Only() });
    else issues.push({ kind: "syntax", tag: `h=${h}`, message: m.hashUnknown(h ?? "") });
  }

  const s = first.get("s");
  const services = s === undefined ? null : list(s);
  if (services && !services.includes("*") && !services.includes("email")) {
    issues.push({ kind: "syntax", tag: `s=${s}`, message: m.notForEmail(s ?? "") });
  }

  const flags = list(first.get("t") ?? "");
  const revoked = publicKey === "";
  return {
    text,
    tags,
    version: first.get("v") ?? null,
    keyType,
    keyTypeKnown,
    publicKey,
    revoked,
    hashes,
    services,
    flags,
    testing: flags.includes("y"),
    strict: flags.includes("s"),
    notes: first.get("n") ?? null,
    usable: issues.length === 0 && !revoked,
    issues,
  };
}
