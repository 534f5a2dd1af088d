import { domainToASCII } from "node:url";
import { isToplabel } from "@/lib/spf/macro-string";

/** Lower case, no trailing dot, A-labels for Unicode (RFC 7208 §4.3 wants A-labels, RFC 5890 §2.3). */
export function normalizeDomain(input: string): string {
  const trimmed = input.trim().replace(/\.$/, "");
  if (/^[\x00-\x7f]*$/.test(trimmed)) return trimmed.toLowerCase();
  const ascii = domainToASCII(trimmed);
  return ascii === "" ? trimmed.toLowerCase() : ascii;
}

function labelsFit(name: string): boolean {
  if (name === "" || name.length > 253) return false;
  return name.split(".").every((label) => label.length >= 1 && label.length <= 63);
}

/**
 * Whether a name can be put in a DNS question: 1–63 octets per label, at most 253 in all, and
 * 7-bit characters (macro expansion can yield spaces or "%", which DNS carries fine).
 */
export function isQueryableName(name: string): boolean {
  return /^[\x20-\x7e]+$/.test(name) && labelsFit(name);
}

/**
 * Whether an expanded <target-name> is usable: RFC 7208 §4.8 makes it "the common presentation
 * form of a fully qualified DNS name", syntactically identical to the <domain> of §4.3, so like
 * a malformed <domain> a name that is not multi-label or whose last label is no toplabel names
 * nothing and is not looked up. Inner labels may hold any visible character or space
 * ("foo:bar/baz.example.com", "%_" expansions), as DNS carries them.
 */
export function isValidTargetName(name: string): boolean {
  if (!isQueryableName(name)) return false;
  const labels = name.split(".");
  return labels.length >= 2 && isToplabel(labels[labels.length - 1] as string);
}

/**
 * The <domain> check_host() starts from must be a fully qualified domain (RFC 7208 §4.3,
 * RFC 5321 §2.3.5): multi-label, no empty or over-long label, a real top-level label. Domain
 * literals and bare host names make check_host() return "none".
 */
export function isValidSpfDomain(domain: string): boolean {
  const name = domain.endsWith(".") ? domain.slice(0, -1) : domain;
  if (!labelsFit(name)) return false;
  const labels = name.split(".");
  if (labels.length < 2) return false;
  // Underscore labels ("_spf") are common targets of include and redirect.
  if (!labels.every((label) => /^[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?$/.test(label))) return false;
  return isToplabel(labels[labels.length - 1] as string);
}

/** True when `name` equals `parent` or is below it, ignoring case and trailing dots. */
export function isSameOrSubdomain(name: string, parent: string): boolean {
  const n = name.toLowerCase().replace(/\.$/, "");
  const p = parent.toLowerCase().replace(/\.$/, "");
  return n === p || n.endsWith(`.${p}`);
}
