import { dottedAddress, formatIp, type IpAddress } from "@/lib/spf/ip";
import { parseMacroString, type MacroToken } from "@/lib/spf/macro-string";

/** The values macros expand to (RFC 7208 §7.3). */
export interface MacroContext {
  /** <sender>: the MAIL FROM mailbox, or postmaster@<HELO> for the HELO identity. */
  sender: string;
  /** Local-part of <sender>; "postmaster" when it has none (RFC 7208 §4.3). */
  localPart: string;
  /** Domain of <sender> (%{o}). */
  senderDomain: string;
  /** The <domain> of the check_host() being evaluated (%{d}). */
  domain: string;
  ip: IpAddress;
  /** HELO/EHLO name as given (%{h}). */
  helo: string;
  /** Validated domain name of <ip> (%{p}); the evaluator resolves it only when a term uses it. */
  validatedName?: string;
  /** Name of the host performing the check (%{r}, explanation text only). */
  receiver?: string;
  /** Seconds since the epoch (%{t}, explanation text only). */
  now?: number;
}

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** URL escaping of RFC 3986 §2.1 for everything outside "unreserved", byte by byte of UTF-8. */
export function urlEscape(value: string): string {
  let out = "";
  for (const ch of value) {
    if (UNRESERVED.test(ch)) {
      out += ch;
      continue;
    }
    for (const byte of new TextEncoder().encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function letterValue(letter: string, ctx: MacroContext): string {
  switch (letter) {
    case "s":
      return ctx.sender;
    case "l":
      return ctx.localPart;
    case "o":
      return ctx.senderDomain;
    case "d":
      return ctx.domain;
    case "i":
      return dottedAddress(ctx.ip);
    case "p":
      return ctx.validatedName ?? "unknown";
    case "v":
      return ctx.ip.family === 4 ? "in-addr" : "ip6";
    case "h":
      return ctx.helo;
    case "c":
      return formatIp(ctx.ip);
    case "r":
      return ctx.receiver ?? "unknown";
    case "t":
      return String(Math.floor(ctx.now ?? Date.now() / 1000));
    default:
      return "";
  }
}

function transform(value: string, token: Extract<MacroToken, { kind: "macro" }>): string {
  // RFC 7208 §7.3: split on the delimiters, optionally reverse, keep the right-most parts, and
  // join with "." whatever the delimiters were.
  const parts: string[] = [];
  let current = "";
  for (const ch of value) {
    if (token.delimiters.includes(ch)) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  if (token.reverse) parts.reverse();
  const kept = token.keep !== null && token.keep < parts.length ? parts.slice(parts.length - token.keep) : parts;
  return kept.join(".");
}

/** Expands parsed macro tokens; pure (the %{p} value must already be in the context). */
export function expandMacros(tokens: readonly MacroToken[], ctx: MacroContext): string {
  let out = "";
  for (const token of tokens) {
    if (token.kind === "literal") out += token.text;
    else if (token.kind === "escape") out += token.text === "%%" ? "%" : token.text === "%_" ? " " : "%20";
    else {
      const value = transform(letterValue(token.letter, ctx), token);
      out += token.upper ? urlEscape(value) : value;
    }
  }
  return out;
}

/** Parses and expands a macro-string; null when it is not valid macro-string syntax. */
export function expandMacroString(text: string, ctx: MacroContext, options: { explain?: boolean } = {}): string | null {
  const parsed = parseMacroString(text, options);
  return parsed.ok ? expandMacros(parsed.tokens, ctx) : null;
}

/**
 * Expanded domain names longer than 253 characters lose labels from the left until they fit
 * (RFC 7208 §7.3). One trailing dot is dropped first: "trailing dot is ignored for domains".
 */
export function toTargetName(expanded: string): string {
  let name = expanded.endsWith(".") ? expanded.slice(0, -1) : expanded;
  while (name.length > 253) {
    const dot = name.indexOf(".");
    if (dot < 0) break;
    name = name.slice(dot + 1);
  }
  return name;
}
