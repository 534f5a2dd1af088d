import type { DnsClient } from "@/lib/dns/types";
import { countTree } from "@/lib/spf/analyze-count";
import { collectFindings } from "@/lib/spf/analyze-findings";
import { buildNode, PLACEHOLDER_IP, type TreeContext } from "@/lib/spf/analyze-tree";
import type { SpfAnalysis } from "@/lib/spf/analyze-types";
import { isValidSpfDomain, normalizeDomain } from "@/lib/spf/domain-name";
import { DnsSession } from "@/lib/spf/dns-session";
import { checkHost } from "@/lib/spf/evaluate";
import { clientAddress, parseIp } from "@/lib/spf/ip";

export interface AnalyzeSpfInput {
  /** Domain to analyse (upper case, trailing dot, Unicode or an e-mail address are fine). */
  domain: string;
  /** Client IP to evaluate check_host() for; without it `result` is null. */
  ip?: string;
  sender?: string;
  helo?: string;
}

export interface AnalyzeSpfOptions {
  signal?: AbortSignal;
  /** Records fetched at most (default 60). */
  maxRecords?: number;
  /** DNS questions the tree expansion may ask in all (default 400); check_host() keeps its RFC bounds. */
  maxQueries?: number;
  /** Speculative queries of the check_host() run (default 100). */
  maxSpeculativeQueries?: number;
}

/**
 * Full SPF analysis of a domain: the include/redirect tree expanded past the limits with the
 * lookups of every term, totals counted as RFC 7208 §4.6.4 counts them, findings, and the
 * check_host() result for `ip`. Tree expansion and evaluation share one DNS session, so each
 * question is asked once, and both run in parallel. DNS trouble never throws: it becomes
 * `spf.dns_error` (and temperror). Throws only for an `ip` that is not an IP address.
 */
export async function analyzeSpf(input: AnalyzeSpfInput, dns: DnsClient, options: AnalyzeSpfOptions = {}): Promise<SpfAnalysis> {
  // An e-mail address stands for its domain.
  const domain = normalizeDomain(input.domain.slice(input.domain.lastIndexOf("@") + 1));
  const ip = input.ip === undefined || input.ip === "" ? null : parseIp(input.ip);
  if (input.ip && !ip) throw new RangeError(`not an IP address: ${JSON.stringify(input.ip)}`);
  const maxRecords = options.maxRecords ?? 60;
  const session = new DnsSession(dns, {
    signal: options.signal,
    maxQueries: options.maxQueries ?? 400,
    maxSpeculative: options.maxSpeculativeQueries ?? 100,
  });
  const sender = input.sender?.trim() || (input.helo ? `postmaster@${input.helo}` : `postmaster@${domain}`);
  const at = sender.lastIndexOf("@");
  const localPart = sender.slice(0, Math.max(at, 0)) || "postmaster";
  const tc: TreeContext = {
    session,
    ctx: {
      session,
      ip: ip ? clientAddress(ip) : PLACEHOLDER_IP,
      sender: `${localPart}@${sender.slice(at + 1)}`,
      localPart,
      senderDomain: sender.slice(at + 1),
      helo: input.helo ?? "",
      lookups: 0,
      voidLookups: 0,
      addressLookups: 0,
      parsed: new Map(),
      prefetched: new Set(),
      voidTerms: new WeakSet(),
    },
    known: { ip: ip !== null, sender: Boolean(input.sender?.trim() || input.helo), helo: Boolean(input.helo) },
    maxRecords,
    records: 0,
    truncated: false,
  };

  const validDomain = isValidSpfDomain(domain);
  const [check, tree] = await Promise.all([
    ip && input.ip ? checkHost({ ip: input.ip, domain, sender: input.sender, helo: input.helo }, dns, { session, signal: options.signal }) : null,
    validDomain ? buildNode(tc, domain, []) : null,
  ]);
  const lookups = countTree(tree);
  const findings = collectFindings({
    domain,
    validDomain,
    tree,
    totals: lookups,
    check,
    ip: input.ip,
    maxRecords,
    truncated: tc.truncated,
  });
  return { domain, records: tree?.records ?? [], result: check?.result ?? null, check, lookups, findings, tree };
}
