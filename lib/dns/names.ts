import { isIPv4, isIPv6 } from "node:net";

/**
 * Presentation form every DNS name takes inside todoku: lower case, no trailing dot.
 * DNS compares names case-insensitively (RFC 4343 §3), so one spelling per name keeps
 * cache keys, CNAME-loop checks and comparisons with user input simple. The root "." becomes "".
 */
export function normalizeName(name: string): string {
  const lower = name.toLowerCase();
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}

export type NameCheck = { ok: true; name: string } | { ok: false; name: string; reason: string };

const MAX_NAME_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;

/**
 * Checks that a name can be sent on the wire (RFC 1035 §2.3.4: labels of 1–63 octets,
 * 255 octets in wire form, i.e. 253 characters written without the trailing dot).
 * Anything printable is allowed inside a label: RFC 2181 §11 puts no LDH restriction on
 * DNS itself, and lookups such as `_dmarc.example.jp` need underscores. IDNs must be
 * converted to punycode before they get here, so non-ASCII is rejected.
 */
export function checkName(name: string): NameCheck {
  const normalized = normalizeName(name);
  if (normalized.length === 0) return { ok: false, name: normalized, reason: "empty name" };
  if (normalized.length > MAX_NAME_LENGTH) {
    return { ok: false, name: normalized, reason: `name longer than ${MAX_NAME_LENGTH} characters` };
  }
  for (const label of normalized.split(".")) {
    if (label.length === 0) return { ok: false, name: normalized, reason: "empty label" };
    if (label.length > MAX_LABEL_LENGTH) {
      return { ok: false, name: normalized, reason: `label longer than ${MAX_LABEL_LENGTH} octets` };
    }
    if (!/^[\x21-\x7e]+$/.test(label)) {
      return { ok: false, name: normalized, reason: "label with a character outside printable ASCII" };
    }
  }
  return { ok: true, name: normalized };
}

/** True when `name` can be queried: see {@link checkName}. */
export function isValidDnsName(name: string): boolean {
  return checkName(name).ok;
}

/** `sub` equals `parent` or lies below it; both already normalised. */
export function isSubdomain(sub: string, parent: string): boolean {
  return parent === "" || sub === parent || sub.endsWith(`.${parent}`);
}

/** The name one label up ("a.example.jp" → "example.jp"), or null at a single label. */
export function parentName(name: string): string | null {
  const dot = name.indexOf(".");
  return dot === -1 ? null : name.slice(dot + 1);
}

/**
 * The owner name of the PTR record for an address: the reversed octets under in-addr.arpa
 * (RFC 1035 §3.5) or the reversed nibbles under ip6.arpa (RFC 3596 §2.5).
 * Throws a TypeError for a string that is not an IP address.
 */
export function reverseName(ip: string): string {
  if (isIPv4(ip)) return `${ip.split(".").reverse().join(".")}.in-addr.arpa`;
  if (isIPv6(ip)) {
    const hex = ipv6Groups(ip)
      .map((group) => group.toString(16).padStart(4, "0"))
      .join("");
    return `${hex.split("").reverse().join(".")}.ip6.arpa`;
  }
  throw new TypeError(`not an IP address: ${ip}`);
}

/** The eight 16-bit groups of an address already accepted by `isIPv6`. */
function ipv6Groups(ip: string): number[] {
  let text = ip.toLowerCase().replace(/%.*$/, "");
  const lastColon = text.lastIndexOf(":");
  const last = text.slice(lastColon + 1);
  if (last.includes(".")) {
    const [a = 0, b = 0, c = 0, d = 0] = last.split(".").map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const parse = (part: string): number[] => (part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)));
  const doubleColon = text.indexOf("::");
  if (doubleColon === -1) return parse(text);
  const left = parse(text.slice(0, doubleColon));
  const right = parse(text.slice(doubleColon + 2));
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
