import type { LocalizedText } from "@/lib/findings/types";
import { dmarcParseMessages as m } from "@/lib/checks/dmarc-parse-messages";

/** The policies a Domain Owner can ask for (RFC 7489 §6.3 `p=`). */
export const DMARC_POLICIES = ["none", "quarantine", "reject"] as const;
export type DmarcPolicy = (typeof DMARC_POLICIES)[number];

/** One `rua=`/`ruf=` destination (RFC 7489 §6.4 `dmarc-uri`). */
export interface DmarcReportUri {
  /** As written, without the `!size` suffix. */
  uri: string;
  /** The mailbox of a usable `mailto:` URI, percent-decoded; null otherwise. */
  address: string | null;
  /** Lower-cased domain of `address`. */
  domain: string | null;
  /** The size limit as written ("10m"), or null. */
  maxSize: string | null;
  /** A `mailto:` URI with a mailbox receivers can send reports to. */
  valid: boolean;
}

/**
 * - `syntax`: malformed or duplicate tag, missing / misplaced / wrong v= (record may be ignored).
 * - `no_policy`: p= missing or invalid, or sp= invalid (§6.6.3 step 6).
 * - `unknown_tag`: a tag DMARC does not define (ignored by receivers, §6.3).
 * - `rua_invalid`: a report destination receivers cannot use.
 */
export type DmarcIssueKind = "syntax" | "no_policy" | "unknown_tag" | "rua_invalid";

export interface DmarcIssue {
  kind: DmarcIssueKind;
  /** The tag as written ("pct=150"), when the issue is about one. */
  tag?: string;
  message: LocalizedText;
}

export interface ParsedDmarc {
  text: string;
  /**
   * The record starts with a `v=DMARC1` tag, so receivers take it as a DMARC record
   * (RFC 7489 §6.6.3 steps 2 and 4 discard the others). The value is compared case-insensitively
   * here; a spelling other than "DMARC1" is reported as a `syntax` issue.
   */
  isDmarc: boolean;
  /** A `v=DMARC1` appears somewhere: meant as a DMARC record even if receivers would ignore it. */
  looksLikeDmarc: boolean;
  /** Every tag in order; names lower-cased, values trimmed. */
  tags: { name: string; value: string }[];
  policy: DmarcPolicy | null;
  subdomainPolicy: DmarcPolicy | null;
  /** p= is valid and sp= is absent or valid (§6.6.3 step 6). */
  policyValid: boolean;
  /** Percentage of failing mail the policy applies to; 100 when absent or invalid. */
  pct: number;
  adkim: "r" | "s";
  aspf: "r" | "s";
  rua: DmarcReportUri[];
  ruf: DmarcReportUri[];
  fo: string[];
  ri: number;
  rf: string[];
  issues: DmarcIssue[];
}

const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** WSP and line breaks around tags and values (RFC 7489 §6.4 `*WSP`, plus folded TXT text). */
function trimWsp(text: string): string {
  return text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "");
}
const KNOWN_TAGS = new Set(["v", "p", "sp", "pct", "adkim", "aspf", "rua", "ruf", "fo", "ri", "rf"]);
const HOST = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)+$/;

function asPolicy(value: string): DmarcPolicy | null {
  const lower = value.toLowerCase();
  return (DMARC_POLICIES as readonly string[]).includes(lower) ? (lower as DmarcPolicy) : null;
}

function percentDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** One `dmarc-uri`: `URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ]` (RFC 7489 §6.4). */
export function parseDmarcUri(raw: string): DmarcReportUri {
  let uri = raw.trim();
  let maxSize: string | null = null;
  const bang = uri.lastIndexOf("!");
  if (bang !== -1) {
    const suffix = uri.slice(bang + 1);
    if (/^\d+[kmgt]?$/i.test(suffix)) {
      maxSize = suffix;
      uri = uri.slice(0, bang);
    }
  }
  const result: DmarcReportUri = { uri, address: null, domain: null, maxSize, valid: false };
  if (!/^mailto:/i.test(uri) || uri.includes("!")) return result;
  const decoded = percentDecode(uri.slice("mailto:".length).split("?")[0] ?? "");
  const match = decoded === null ? null : /^([^@\s,;<>"]+)@([^@\s,;<>"]+)$/.exec(decoded);
  if (!match) return result;
  const domain = (match[2] ?? "").toLowerCase().replace(/\.$/, "");
  if (!HOST.test(domain)) return result;
  return { ...result, address: `${match[1]}@${domain}`, domain, valid: true };
}

function parseUriList(name: string, value: string, issues: DmarcIssue[]): DmarcReportUri[] {
  const tag = `${name}=${value}`;
  if (value === "") {
    issues.push({ kind: "rua_invalid", tag, message: m.emptyUriList(name) });
    return [];
  }
  const uris = value.split(",").map(parseDmarcUri);
  for (const uri of uris) {
    if (uri.valid) continue;
    const mailto = /^mailto:/i.test(uri.uri);
    const otherScheme = !mailto && /^[a-z][a-z0-9+.-]*:/i.test(uri.uri);
    const kind = otherScheme ? "scheme" : !mailto && uri.uri.includes("@") ? "no_mailto" : "bad";
    issues.push({ kind: "rua_invalid", tag, message: m.badUri(name, uri.uri, kind) });
  }
  return uris;
}

function colonList(value: string): string[] {
  return value.split(":").map((part) => part.trim());
}

/**
 * Parses a DMARC record (RFC 7489 §6.3, §6.4): tag=value pairs separated by ";" with optional
 * whitespace. Pure and total: never throws, never does I/O; every problem is an issue.
 * Unknown tags are kept and reported; a duplicate tag keeps its first value (RFC 6376 §3.2, which
 * DMARC's tag syntax follows, makes such a record invalid, so it is a `syntax` issue).
 */
export function parseDmarcRecord(text: string): ParsedDmarc {
  const issues: DmarcIssue[] = [];
  const tags: { name: string; value: string }[] = [];
  const first = new Map<string, string>();
  let version: string | null = null;
  const parts = text.split(";");
  for (let index = 0; index < parts.length; index++) {
    const segment = trimWsp(parts[index] ?? "");
    if (segment === "") continue;
    const eq = segment.indexOf("=");
    const name = eq === -1 ? "" : trimWsp(segment.slice(0, eq));
    if (eq === -1 || !TAG_NAME.test(name)) {
      issues.push({ kind: "syntax", tag: segment, message: m.notATag(segment) });
      continue;
    }
    const lower = name.toLowerCase();
    const value = trimWsp(segment.slice(eq + 1));
    tags.push({ name: lower, value });
    if (lower === "v" && index === 0) version = value;
    if (lower === "v" && index !== 0) issues.push({ kind: "syntax", tag: segment, message: m.versionNotFirst() });
    if (first.has(lower)) {
      issues.push({ kind: "syntax", tag: segment, message: m.duplicate(lower) });
      continue;
    }
    first.set(lower, value);
    if (!KNOWN_TAGS.has(lower)) issues.push({ kind: "unknown_tag", tag: segment, message: m.unknownTag(segment) });
  }

  const v: string | null = version;
  const isDmarc = v !== null && v.toLowerCase() === "dmarc1";
  const looksLikeDmarc = /v\s*=\s*dmarc1/i.test(text);
  if (isDmarc && v !== "DMARC1") issues.push({ kind: "syntax", tag: `v=${v}`, message: m.versionCase(v) });
  if (!isDmarc) {
    if (v !== null && /^dmarc1\s/i.test(v)) issues.unshift({ kind: "syntax", tag: `v=${v}`, message: m.missingSemicolon() });
    else issues.unshift({ kind: "syntax", message: m.versionMissing(/^\s*["“”]/.test(text)) });
  }

  const raw = (name: string) => first.get(name);
  const policy = raw("p") === undefined ? null : asPolicy(raw("p") as string);
  if (raw("p") === undefined) issues.push({ kind: "no_policy", message: m.policyMissing() });
  else if (policy === null) issues.push({ kind: "no_policy", tag: `p=${raw("p")}`, message: m.policyInvalid("p", raw("p") as string) });
  const sp = raw("sp");
  const subdomainPolicy = sp === undefined ? null : asPolicy(sp);
  if (sp !== undefined && subdomainPolicy === null) issues.push({ kind: "no_policy", tag: `sp=${sp}`, message: m.policyInvalid("sp", sp) });

  let pct = 100;
  const pctRaw = raw("pct");
  if (pctRaw !== undefined) {
    if (/^\d{1,3}$/.test(pctRaw) && Number(pctRaw) <= 100) pct = Number(pctRaw);
    else issues.push({ kind: "syntax", tag: `pct=${pctRaw}`, message: m.pctInvalid(pctRaw) });
  }
  const alignment = (name: "adkim" | "aspf"): "r" | "s" => {
    const value = raw(name);
    if (value === undefined) return "r";
    if (/^[rs]$/i.test(value)) return value.toLowerCase() as "r" | "s";
    issues.push({ kind: "syntax", tag: `${name}=${value}`, message: m.alignmentInvalid(name, value) });
    return "r";
  };
  const adkim = alignment("adkim");
  const aspf = alignment("aspf");
  const rua = raw("rua") === undefined ? [] : parseUriList("rua", raw("rua") as string, issues);
  const ruf = raw("ruf") === undefined ? [] : parseUriList("ruf", raw("ruf") as string, issues);

  let fo = ["0"];
  const foRaw = raw("fo");
  if (foRaw !== undefined) {
    const parts = colonList(foRaw);
    if (parts.every((part) => /^[01ds]$/i.test(part))) fo = parts.map((part) => part.toLowerCase());
    else issues.push({ kind: "syntax", tag: `fo=${foRaw}`, message: m.listInvalid("fo", foRaw) });
  }
  let rf = ["afrf"];
  const rfRaw = raw("rf");
  if (rfRaw !== undefined) {
    const parts = colonList(rfRaw);
    if (parts.every((part) => /^[A-Za-z0-9-]+$/.test(part))) rf = parts.map((part) => part.toLowerCase());
    else issues.push({ kind: "syntax", tag: `rf=${rfRaw}`, message: m.listInvalid("rf", rfRaw) });
  }
  let ri = 86400;
  const riRaw = raw("ri");
  if (riRaw !== undefined) {
    if (/^\d{1,10}$/.test(riRaw) && Number(riRaw) <= 0xffffffff) ri = Number(riRaw);
    else issues.push({ kind: "syntax", tag: `ri=${riRaw}`, message: m.intervalInvalid(riRaw) });
  }

  return {
    text,
    isDmarc,
    looksLikeDmarc,
    tags,
    policy,
    subdomainPolicy,
    policyValid: policy !== null && (sp === undefined || subdomainPolicy !== null),
    pct,
    adkim,
    aspf,
    rua,
    ruf,
    fo,
    ri,
    rf,
    issues,
  };
}

/** Whether a TXT record at `_dmarc` is a DMARC record receivers consider (RFC 7489 §6.6.3 step 2). */
export function isDmarcRecordText(text: string): boolean {
  return /^[ \t\r\n]*v[ \t\r\n]*=[ \t\r\n]*dmarc1[ \t\r\n]*(;|$)/i.test(text);
}
