import { normalizeDomain } from "@/lib/bounce/addresses";
import { isInternalIp, isIpAddress } from "@/lib/bounce/ip-address";
import type { HeaderField } from "@/lib/bounce/text-lines";

/**
 * What a receiver's reply says about the sender: which domain it checked and which IP address it
 * saw connecting. Wordings are Gmail's (`../shared/reference/gmail-smtp-errors.md` §1: "SPF
 * [domain] with ip: [ip]", "The MAIL FROM domain [domain]", "Unauthenticated email from domain",
 * `[ip]` prefixes) plus the other big receivers' equivalents (Microsoft, Apple, Exim).
 */

const GOOGLE_HOST = /(?:^|\.)(?:google\.com|googlemail\.com|gmail\.com|googlegroups\.com|1e100\.net)$/;
const GOOGLE_SESSION = /\bgsmtp\b|\bgcdp\b/;
const GOOGLE_WORDING = /\bGmail (?:requires|does not accept|has detected)\b|support\.google\.com\/(?:mail|a)\b/i;

export function isGoogleHost(host: string | null | undefined): boolean {
  return Boolean(host && GOOGLE_HOST.test(host.toLowerCase().replace(/\.$/, "")));
}

/**
 * The reply is Gmail's: it ends with a `gsmtp` / `gcdp` session token, or it is an SMTP reply
 * (it has a code) that speaks as Gmail or links Google's help. Google's own notices link the
 * same help pages when describing other servers' failures, hence the code requirement.
 */
export function looksLikeGoogleReply(text: string | null | undefined, hasCode: boolean): boolean {
  if (!text) return false;
  return GOOGLE_SESSION.test(text) || (hasCode && GOOGLE_WORDING.test(text));
}

interface FactPattern {
  pattern: RegExp;
  domain?: number;
  ip?: number;
}

// Every pattern starts with literal text, so a failed search costs one pass over the reply.
const DOMAIN_AND_IP: readonly FactPattern[] = [
  { pattern: /\bSPF \[([^\]\s]{1,253})\] with ip(?: address)?: ?\[([^\]\s]{1,45})\]/i, domain: 1, ip: 2 },
  { pattern: /\bSPF ([A-Za-z0-9.-]{1,253}) with ip(?: address)?: ?\[?([0-9A-Fa-f.:]{2,45})\]?/i, domain: 1, ip: 2 },
  { pattern: /MAIL FROM domain \[([^\]\s]{1,253})\][^[]{0,200}with the ip: ?\[([^\]\s]{1,45})\]/i, domain: 1, ip: 2 },
  { pattern: /MAIL FROM domain \[([^\]\s]{1,253})\]/i, domain: 1 },
  { pattern: /Unauthenticated email from \[?([A-Za-z0-9.-]{1,253}?)\]? is not accepted/i, domain: 1 },
  { pattern: /administrator of \[?([A-Za-z0-9.-]{1,253}?)\]? domain/i, domain: 1 },
  { pattern: /sending domain \[([^\]\s]{1,253})\]/i, domain: 1 },
  { pattern: /due to ([A-Za-z0-9.-]{1,253})'s DMARC policy/i, domain: 1 },
  { pattern: /\[?([0-9A-Fa-f.:]{2,45})\]? is not allowed to send from <?([^\s<>]{1,253}?)>? per it'?s? SPF/i, ip: 1, domain: 2 },
  { pattern: /SPF records? for \[([^\]:\s]{1,253}):([0-9A-Fa-f.:]{2,45})\]/i, domain: 1, ip: 2 },
  { pattern: /domain of (?:[^\s@]{1,64}@)?([A-Za-z0-9.-]{1,253}) does not designate ([0-9A-Fa-f.:]{2,45}) as permitted/i, domain: 1, ip: 2 },
];

const IP_ONLY: readonly FactPattern[] = [
  { pattern: /^\[(?:IPv6:)?([0-9A-Fa-f.:]{2,45})(?:\s+\d{1,5})?\]/i, ip: 1 },
  { pattern: /(?:Mail relay denied|Invalid credentials for relay) \[?([0-9A-Fa-f.:]{2,45})\]?/i, ip: 1 },
  { pattern: /Client host \[([0-9A-Fa-f.:]{2,45})\]/i, ip: 1 },
  { pattern: /your IP (?:address )?\[?([0-9A-Fa-f.:]{2,45})\]?/i, ip: 1 },
];

export interface ReplyFacts {
  domain: string | null;
  ip: string | null;
}

/** The checked domain and the connecting IP named in a reply's text, each validated. */
export function readReplyFacts(text: string | null | undefined): ReplyFacts {
  const facts: ReplyFacts = { domain: null, ip: null };
  if (!text) return facts;
  const reply = text.slice(0, 4_000);
  for (const { pattern, domain, ip } of [...DOMAIN_AND_IP, ...IP_ONLY]) {
    if (facts.domain && facts.ip) break;
    const match = pattern.exec(reply);
    if (!match) continue;
    if (domain !== undefined && !facts.domain) facts.domain = normalizeDomain(match[domain]);
    if (ip !== undefined && !facts.ip) {
      const candidate = (match[ip] ?? "").replace(/\.$/, "");
      if (isIpAddress(candidate)) facts.ip = candidate.toLowerCase();
    }
  }
  return facts;
}

const RECEIVED_FROM = /^from (\S{1,255}) \(([^()]{0,300})\)/i;
const BRACKET_IP = /\[(?:IPv6:)?([0-9A-Fa-f.:]{2,45})\]/i;

/**
 * The address of the reporting MTA (the server that talked to the receiver) as recorded by the
 * next hop in the report's own Received fields (RFC 5321 §4.4 "from" clause), when the clause
 * names that host. The returned message's Received fields are never read: they show the
 * customer's own client.
 */
export function reportingMtaIp(outerHeaders: readonly HeaderField[], reportingMta: string | null): string | null {
  if (!reportingMta) return null;
  const wanted = reportingMta.toLowerCase();
  for (const field of outerHeaders.filter((entry) => entry.name === "received").slice(0, 10)) {
    const match = RECEIVED_FROM.exec(field.value);
    if (!match) continue;
    const helo = normalizeDomain(match[1]);
    const inside = match[2] ?? "";
    const reverse = normalizeDomain(inside.split(/\s/, 1)[0]);
    if (helo !== wanted && reverse !== wanted) continue;
    const ip = BRACKET_IP.exec(inside)?.[1] ?? BRACKET_IP.exec(match[1] ?? "")?.[1] ?? null;
    if (ip && isIpAddress(ip) && !isInternalIp(ip)) return ip.toLowerCase();
  }
  return null;
}
