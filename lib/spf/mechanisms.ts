import type { DnsAnswer, MxData } from "@/lib/dns/types";
import { isQueryableName, isSameOrSubdomain } from "@/lib/spf/domain-name";
import { countLookup, countVoid, dnsFailure, SpfStop, type EvalContext, type TermRef } from "@/lib/spf/eval-context";
import { inNetwork, parseIp, type IpAddress } from "@/lib/spf/ip";
import { isTemporaryDnsStatus, isVoidDnsStatus } from "@/lib/spf/record";
import { expandTarget } from "@/lib/spf/target";
import { ADDRESS_LOOKUP_LIMIT, type SpfTerm } from "@/lib/spf/types";
import { addressType, validatedNames } from "@/lib/spf/validated-names";

/** Prefix length to compare with: cidr4 for IPv4 clients, cidr6 for IPv6, full length by default. */
function prefixFor(term: SpfTerm, ip: IpAddress): number {
  return ip.family === 4 ? (term.cidr4 ?? 32) : (term.cidr6 ?? 128);
}

function anyAddressMatches(answer: DnsAnswer<"A" | "AAAA">, ip: IpAddress, prefix: number): boolean {
  return answer.records.some((r) => {
    const address = parseIp(String(r.data));
    return address !== null && inNetwork(ip, address, prefix);
  });
}

/**
 * The MX hosts to look up, by preference. A null MX (RFC 7505, exchange ".") names no host.
 */
export function mxHosts(records: readonly { data: MxData }[]): string[] {
  return [...records]
    .sort((a, b) => a.data.preference - b.data.preference)
    .map((r) => r.data.exchange.replace(/\.$/, ""))
    .filter((host) => host !== "");
}

/** ip4/ip6 (RFC 7208 §5.6): an IPv4 client only matches ip4, an IPv6 client only ip6. */
export function matchIp(term: SpfTerm, ip: IpAddress): boolean {
  if (!term.network) return false;
  return inNetwork(ip, term.network, term.name === "ip4" ? (term.cidr4 ?? 32) : (term.cidr6 ?? 128));
}

/** "a" (RFC 7208 §5.3): A records for IPv4 clients, AAAA for IPv6, compared with the dual CIDR. */
export async function matchA(ctx: EvalContext, term: SpfTerm, domain: string, ref: TermRef): Promise<boolean> {
  countLookup(ctx, ref);
  const target = await expandTarget(ctx, term, domain, ref);
  if (target === null) return false;
  const answer = await ctx.session.query(target, addressType(ctx.ip));
  if (isVoidDnsStatus(answer.status)) countVoid(ctx, ref);
  if (isTemporaryDnsStatus(answer.status)) throw dnsFailure(ref, target, answer.status);
  return answer.status === "ok" && anyAddressMatches(answer, ctx.ip, prefixFor(term, ctx.ip));
}

/**
 * "mx" (RFC 7208 §5.4): the MX query is the counted lookup; then the hosts' addresses, at most
 * ten of them, else permerror (RFC 7208 §4.6.4). Hosts are walked in preference order and the
 * walk stops at the first match, so only a record that needs an 11th host fails.
 */
export async function matchMx(ctx: EvalContext, term: SpfTerm, domain: string, ref: TermRef): Promise<boolean> {
  countLookup(ctx, ref);
  const target = await expandTarget(ctx, term, domain, ref);
  if (target === null) return false;
  const answer = await ctx.session.query(target, "MX");
  if (isVoidDnsStatus(answer.status)) countVoid(ctx, ref);
  if (isTemporaryDnsStatus(answer.status)) throw dnsFailure(ref, target, answer.status);
  if (answer.status !== "ok") return false;
  const hosts = mxHosts(answer.records);
  const type = addressType(ctx.ip);
  const prefix = prefixFor(term, ctx.ip);
  hosts.slice(0, ADDRESS_LOOKUP_LIMIT).forEach((host) => {
    if (isQueryableName(host)) ctx.session.prefetch(host, type);
  });
  for (let i = 0; i < hosts.length; i++) {
    if (i >= ADDRESS_LOOKUP_LIMIT) throw new SpfStop("permerror", { code: "mx_limit", domain: ref.domain, term: ref, name: target });
    const host = hosts[i] as string;
    if (!isQueryableName(host)) continue;
    ctx.addressLookups++;
    const addresses = await ctx.session.query(host, type);
    if (isTemporaryDnsStatus(addresses.status)) throw dnsFailure(ref, host, addresses.status);
    if (addresses.status === "ok" && anyAddressMatches(addresses, ctx.ip, prefix)) return true;
  }
  return false;
}

/**
 * "ptr" (RFC 7208 §5.5): matches when a validated name of the client is <target-name> or below
 * it. Any DNS error in the PTR lookup only makes it not match.
 */
export async function matchPtr(ctx: EvalContext, term: SpfTerm, domain: string, ref: TermRef): Promise<boolean> {
  countLookup(ctx, ref);
  const target = await expandTarget(ctx, term, domain, ref);
  if (target === null) return false;
  const names = await validatedNames(ctx, ref, (name) => isSameOrSubdomain(name, target));
  return names.length > 0;
}

/** "exists" (RFC 7208 §5.7): an A query, whatever the client's family; any answer matches. */
export async function matchExists(ctx: EvalContext, term: SpfTerm, domain: string, ref: TermRef): Promise<boolean> {
  countLookup(ctx, ref);
  const target = await expandTarget(ctx, term, domain, ref);
  if (target === null) return false;
  const answer = await ctx.session.query(target, "A");
  if (isVoidDnsStatus(answer.status)) countVoid(ctx, ref);
  if (isTemporaryDnsStatus(answer.status)) throw dnsFailure(ref, target, answer.status);
  return answer.status === "ok" && answer.records.length > 0;
}
