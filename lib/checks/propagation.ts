import { isDnsTrouble } from "@/lib/checks/dns-trouble";
import { describeExpectation, matchesExpectation, recordValue, type PropagationExpect } from "@/lib/checks/propagation-expect";
import { propagationMessages as m } from "@/lib/checks/propagation-messages";
import { queryAuthoritative } from "@/lib/dns/authoritative";
import { normalizeName } from "@/lib/dns/names";
import type { DnsAnswer, DnsClient, DnsStatus, RrType } from "@/lib/dns/types";
import type { LocalizedText } from "@/lib/findings/types";

/**
 * - `live`: the authoritative servers serve the expected record and so does the resolver.
 * - `saved_waiting_cache`: every authoritative server has it, the resolver still has the old
 *   answer cached; `waitMinutes` says for how long at most.
 * - `not_saved`: no authoritative server has it: the change was not saved (or not where the
 *   domain's DNS really is).
 * - `partial`: some authoritative servers have it, others not yet (zone transfer pending).
 * - `unknown`: no authoritative server could be asked.
 */
export const PROPAGATION_STATES = ["live", "saved_waiting_cache", "not_saved", "partial", "unknown"] as const;
export type PropagationState = (typeof PROPAGATION_STATES)[number];

export interface PropagationQuery {
  name: string;
  /**
   * The type that was changed. For a record set as a CNAME (e.g. a DKIM key delegated to a
   * provider) ask for "CNAME": authoritative servers do not follow a CNAME out of their zone.
   */
  type: RrType;
  /**
   * What the changed record should be. Without it, the authoritative servers' common answer
   * is taken as the target (so `not_saved` cannot happen).
   */
  expect?: PropagationExpect;
}

export interface PropagationOptions {
  /** The configured resolvers' client: finds the zone and its servers and is the "cache" side. */
  recursive: DnsClient;
  /** Port of the authoritative queries (`getDnsConfig().authPort`; tests use the fixture server's). Default 53. */
  authPort?: number;
  signal?: AbortSignal;
  /** Per authoritative query attempt (default 2000 ms). */
  timeoutMs?: number;
  retries?: number;
  /** Also ask the name servers' IPv6 addresses (default true). */
  ipv6?: boolean;
}

export interface AuthoritativeView {
  nameserver: string;
  address: string | null;
  status: DnsStatus;
  /** The records (see `recordValue`), sorted. */
  values: string[];
  ttl: number;
  /** CNAMEs in the answer (a CNAME leaving the zone is all an authoritative server returns). */
  cnameChain: string[];
  /** Did not answer authoritatively (unreachable, error, no AA bit): left out of the verdict. */
  lame: boolean;
  /** Serves the expected record; null when lame. */
  matches: boolean | null;
}

export interface RecursiveView {
  status: DnsStatus;
  values: string[];
  /** Seconds the resolver may keep serving this answer (its cache countdown), 0 on failure. */
  ttl: number;
  /** Null when the resolver failed. */
  matches: boolean | null;
  server?: string;
}

export interface PropagationResult {
  state: PropagationState;
  name: string;
  type: RrType;
  /** Apex of the zone asked, null when it could not be found. */
  zone: string | null;
  /** The expectation in words, null when none was given. */
  expected: string | null;
  authoritative: AuthoritativeView[];
  recursive: RecursiveView;
  /** `saved_waiting_cache`: minutes caches may keep the old answer (rounded up); 0 when live; else null. */
  waitMinutes: number | null;
  message: LocalizedText;
}

function valuesOf(answer: DnsAnswer): string[] {
  return answer.records.map(recordValue).sort();
}

const sameValues = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * "Is my change live?": asks the zone's authoritative servers directly (RD=0) and the
 * configured resolver (bypassing this process's cache), then tells whether the change is
 * saved at the domain's DNS and whether caches still serve the old answer, and for how long.
 * Never throws.
 */
export async function checkPropagation(query: PropagationQuery, options: PropagationOptions): Promise<PropagationResult> {
  const { type, expect } = query;
  const name = normalizeName(query.name.trim());
  const [auth, rec] = await Promise.all([
    queryAuthoritative(name, type, {
      recursive: options.recursive,
      port: options.authPort,
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      ipv6: options.ipv6,
      signal: options.signal,
    }),
    // Through the cache on purpose: an answer cached before the change is exactly what resolvers
    // (Gmail's, and this app's own checks) keep serving until its TTL runs out.
    options.recursive.query(name, type, { signal: options.signal }),
  ]);

  const responsive = auth.servers.filter((server) => !server.lame);
  let target: ((values: string[]) => boolean) | null = null;
  if (expect !== undefined) {
    target = (values) => matchesExpectation(type, values, expect);
  } else if (responsive.length > 0) {
    // Without an expectation the target is what the authoritative servers agree on.
    const first = valuesOf((responsive[0] as (typeof responsive)[number]).answer);
    if (responsive.every((server) => sameValues(valuesOf(server.answer), first))) target = (values) => sameValues([...values].sort(), first);
  }

  const authoritative: AuthoritativeView[] = auth.servers.map((server) => {
    const values = valuesOf(server.answer);
    return {
      nameserver: server.nameserver,
      address: server.address,
      status: server.answer.status,
      values,
      ttl: server.answer.ttl,
      cnameChain: server.answer.cnameChain,
      lame: server.lame,
      matches: server.lame ? null : target ? target(values) : false,
    };
  });
  const recValues = valuesOf(rec);
  const recursive: RecursiveView = {
    status: rec.status,
    values: recValues,
    ttl: isDnsTrouble(rec.status) ? 0 : rec.ttl,
    matches: isDnsTrouble(rec.status) || !target ? null : target(recValues),
    ...(rec.server === undefined ? {} : { server: rec.server }),
  };
  const base = { name, type, zone: auth.zone.apex, expected: describeExpectation(expect), authoritative, recursive };

  if (responsive.length === 0) {
    const reason = auth.zone.status !== "ok" ? (auth.zone.detail ?? auth.zone.status) : authoritative.map((v) => `${v.nameserver}: ${v.status}`).join(", ");
    return { ...base, state: "unknown", waitMinutes: null, message: m.unknown(name, reason || null) };
  }
  const judged = authoritative.filter((view) => !view.lame);
  const have = judged.filter((view) => view.matches === true).length;
  if (have === 0) {
    if (target === null) return { ...base, state: "partial", waitMinutes: null, message: m.disagree(name, type, judged.length) };
    return { ...base, state: "not_saved", waitMinutes: null, message: m.notSaved(name, type, auth.zone.nameservers) };
  }
  if (have < judged.length) return { ...base, state: "partial", waitMinutes: null, message: m.partial(name, type, have, judged.length) };
  if (recursive.matches === true) return { ...base, state: "live", waitMinutes: 0, message: m.live(name, type) };
  // Resolvers that fetched the old answer later than ours keep it longer; the record's own TTL at
  // the authoritative servers bounds that when the TTL was not changed along with the record.
  const seconds = Math.max(recursive.ttl, ...judged.map((view) => view.ttl));
  const waitMinutes = Math.max(1, Math.ceil(seconds / 60));
  return { ...base, state: "saved_waiting_cache", waitMinutes, message: m.savedWaitingCache(name, type, waitMinutes) };
}
