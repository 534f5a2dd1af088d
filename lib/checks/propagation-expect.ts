import { normalizeName } from "@/lib/dns/names";
import type { DnsRecord, RrType } from "@/lib/dns/types";
import { formatIp, parseIp } from "@/lib/spf/ip";

/**
 * What the record should look like once the change is live:
 * - a string, or `{ equals }`: some record equals it (whitespace runs collapsed; host names
 *   compared without case). With `exclusivePrefix`, it must also be the only record starting
 *   with that prefix (e.g. "v=spf1": the old SPF record has to be gone, RFC 7208 §4.5).
 * - `{ contains }`: some record contains the text.
 * - `{ term }`: some record has this whitespace-separated term, without case ("a:www1.example.jp").
 * - `{ absent: true }`: no record of the type (a deletion).
 * - a predicate over the record values (see `recordValue` for their form).
 */
export type PropagationExpect =
  | string
  | { equals: string; ignoreCase?: boolean; exclusivePrefix?: string }
  | { contains: string; ignoreCase?: boolean }
  | { term: string }
  | { absent: true }
  | ((values: string[]) => boolean);

const NAME_TYPES: ReadonlySet<RrType> = new Set(["CNAME", "NS", "PTR", "MX", "SOA"]);

/**
 * One record as text: TXT strings joined with "" (RFC 7208 §3.3, RFC 6376 §3.6.2.2), MX as
 * "10 mx.example.jp" ("0 ." for a null MX), IPv6 in RFC 5952 form, names lower case.
 */
export function recordValue(record: DnsRecord): string {
  switch (record.type) {
    case "TXT":
      return (record.data as string[]).join("");
    case "MX": {
      const { preference, exchange } = record.data as { preference: number; exchange: string };
      return `${preference} ${exchange === "" ? "." : exchange}`;
    }
    case "SOA": {
      const s = record.data as { mname: string; rname: string; serial: number; refresh: number; retry: number; expire: number; minimum: number };
      return `${s.mname} ${s.rname} ${s.serial} ${s.refresh} ${s.retry} ${s.expire} ${s.minimum}`;
    }
    case "A":
    case "AAAA": {
      const ip = parseIp(record.data as string);
      return ip ? formatIp(ip) : (record.data as string);
    }
    default:
      return normalizeName(record.data as string);
  }
}

/** The comparable form of a value of `type`: trimmed, whitespace collapsed, names lower case without the final dot. */
export function normalizeValue(type: RrType, value: string): string {
  const text = value.trim().replace(/\s+/g, " ");
  if (type === "A" || type === "AAAA") {
    const ip = parseIp(text);
    return ip ? formatIp(ip) : text;
  }
  if (NAME_TYPES.has(type)) return text.toLowerCase().replace(/\.$/, "").replace(/\. /g, " ");
  return text;
}

/** Whether `values` (one per record) are what `expect` asks for. */
export function matchesExpectation(type: RrType, values: readonly string[], expect: PropagationExpect): boolean {
  if (typeof expect === "function") return expect([...values]);
  const normalized = values.map((value) => normalizeValue(type, value));
  if (typeof expect === "string") return matchesExpectation(type, values, { equals: expect });
  if ("absent" in expect) return values.length === 0;
  if ("term" in expect) {
    const term = expect.term.trim().toLowerCase();
    return normalized.some((value) => value.toLowerCase().split(" ").includes(term));
  }
  const fold = (text: string) => (expect.ignoreCase ? text.toLowerCase() : text);
  if ("contains" in expect) return normalized.some((value) => fold(value).includes(fold(expect.contains.trim().replace(/\s+/g, " "))));
  const wanted = fold(normalizeValue(type, expect.equals));
  if (!normalized.some((value) => fold(value) === wanted)) return false;
  if (expect.exclusivePrefix === undefined) return true;
  const prefix = expect.exclusivePrefix.toLowerCase();
  return normalized.filter((value) => value.toLowerCase().startsWith(prefix)).length === 1;
}

/** A short plain-text description of an expectation, for the result details. */
export function describeExpectation(expect: PropagationExpect | undefined): string | null {
  if (expect === undefined) return null;
  if (typeof expect === "function") return "custom";
  if (typeof expect === "string") return `equals ${JSON.stringify(expect)}`;
  if ("absent" in expect) return "absent";
  if ("term" in expect) return `has term ${JSON.stringify(expect.term)}`;
  if ("contains" in expect) return `contains ${JSON.stringify(expect.contains)}`;
  const only = expect.exclusivePrefix === undefined ? "" : ` (only record starting with ${JSON.stringify(expect.exclusivePrefix)})`;
  return `equals ${JSON.stringify(expect.equals)}${only}`;
}
