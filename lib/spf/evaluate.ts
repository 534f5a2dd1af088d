import type { DnsClient, DnsStatus } from "@/lib/dns/types";
import { isValidSpfDomain, normalizeDomain } from "@/lib/spf/domain-name";
import { DnsSession } from "@/lib/spf/dns-session";
import {
  countLookup,
  countVoid,
  parseCached,
  SpfStop,
  termRef,
  type EvalContext,
  type SpfProblem,
  type TermRef,
} from "@/lib/spf/eval-context";
import { explanationFor } from "@/lib/spf/explanation";
import { clientAddress, parseIp } from "@/lib/spf/ip";
import { matchA, matchExists, matchIp, matchMx, matchPtr } from "@/lib/spf/mechanisms";
import { prefetchRecord } from "@/lib/spf/prefetch";
import { isVoidDnsStatus, lookupSpfRecord } from "@/lib/spf/record";
import { QUALIFIER_RESULTS, type Qualifier, type SpfResult } from "@/lib/spf/results";
import { expandTarget } from "@/lib/spf/target";
import type { ParsedSpf, SpfTerm } from "@/lib/spf/types";

export interface CheckHostInput {
  /** <ip>: the SMTP client address, IPv4 or IPv6. */
  ip: string;
  /** <domain> to check; defaults to the domain of `sender`, or `helo` when the sender is empty. */
  domain?: string;
  /** MAIL FROM; empty or missing means the null reverse-path, so the HELO identity is checked. */
  sender?: string;
  helo?: string;
  /** Host name of the checker, for %{r} in explanations. */
  receiver?: string;
}

export interface CheckHostOptions {
  signal?: AbortSignal;
  /** Queries started ahead of need per evaluation (default 100). */
  maxSpeculativeQueries?: number;
  /** Share one session (and its answers) with other work, as the analyzer does. */
  session?: DnsSession;
  /** Seconds since the epoch for %{t}. */
  now?: number;
}

/** The term that decided the result; `via` is the matching term inside an included record. */
export interface DecidingTerm extends TermRef {
  mechanism: string;
  qualifier: Qualifier;
  via?: DecidingTerm;
}

export interface CheckHostResult {
  result: SpfResult;
  /** The <domain> that was checked, normalised. */
  domain: string;
  /** Expanded exp= text, for a "fail" whose record has one (RFC 7208 §6.2). */
  explanation?: string;
  decidingTerm?: DecidingTerm;
  /** Why the result is none, permerror or temperror. */
  problem?: SpfProblem;
  /** DNS-querying terms evaluated (RFC 7208 §4.6.4). */
  lookups: number;
  voidLookups: number;
  /** Address lookups of "mx"/"ptr" terms and %{p}, limited per term rather than in total. */
  addressLookups: number;
  /** Distinct DNS questions sent through the session during the evaluation, prefetching included. */
  dnsQueries: number;
}

interface Outcome {
  result: Exclude<SpfResult, "permerror" | "temperror">;
  decidingTerm?: DecidingTerm;
  /** The exp= of the record whose mechanism matched, with its domain. */
  exp?: { term: SpfTerm; domain: string };
  /** DNS status behind a "none". */
  status?: DnsStatus;
}

const NO_RECORD: Outcome = { result: "none" };

function deciding(ref: TermRef, term: SpfTerm, via?: DecidingTerm): DecidingTerm {
  const out: DecidingTerm = { ...ref, mechanism: term.name, qualifier: term.qualifier ?? "+" };
  if (via) out.via = via;
  return out;
}

/**
 * check_host() on an include or redirect target. A failed TXT lookup there is reported at the
 * term that led to it, which is what the publisher can act on.
 */
async function evaluateTarget(ctx: EvalContext, target: string | null, ref: TermRef): Promise<Outcome> {
  if (target === null) return NO_RECORD;
  try {
    return await evaluateDomain(ctx, target);
  } catch (err) {
    if (err instanceof SpfStop && err.problem.code === "dns" && !err.problem.term) {
      throw new SpfStop(err.result, { ...err.problem, domain: ref.domain, term: ref });
    }
    throw err;
  }
}

async function matches(ctx: EvalContext, term: SpfTerm, domain: string, ref: TermRef): Promise<{ match: boolean; via?: DecidingTerm }> {
  switch (term.name) {
    case "all":
      return { match: true };
    case "ip4":
    case "ip6":
      return { match: matchIp(term, ctx.ip) };
    case "a":
      return { match: await matchA(ctx, term, domain, ref) };
    case "mx":
      return { match: await matchMx(ctx, term, domain, ref) };
    case "ptr":
      return { match: await matchPtr(ctx, term, domain, ref) };
    case "exists":
      return { match: await matchExists(ctx, term, domain, ref) };
    case "include": {
      // RFC 7208 §5.2: pass matches; fail, softfail, neutral do not; none is a permerror;
      // permerror and temperror end the whole evaluation (thrown from inside).
      countLookup(ctx, ref);
      const target = await expandTarget(ctx, term, domain, ref);
      const sub = await evaluateTarget(ctx, target, ref);
      if (sub.result === "none") {
        if (sub.status && isVoidDnsStatus(sub.status)) countVoid(ctx, ref);
        throw new SpfStop("permerror", { code: "include_none", domain, term: ref, name: target ?? term.value ?? undefined });
      }
      return sub.result === "pass" ? { match: true, via: sub.decidingTerm } : { match: false };
    }
    default:
      return { match: false };
  }
}

async function evaluateRecord(ctx: EvalContext, parsed: ParsedSpf, domain: string): Promise<Outcome> {
  const exp = parsed.terms.find((t) => t.kind === "modifier" && t.name === "exp");
  for (const term of parsed.terms) {
    if (term.kind !== "mechanism") continue;
    const ref = termRef(domain, parsed, term);
    const { match, via } = await matches(ctx, term, domain, ref);
    if (match) {
      const result = QUALIFIER_RESULTS[term.qualifier ?? "+"];
      return { result, decidingTerm: deciding(ref, term, via), exp: exp ? { term: exp, domain } : undefined };
    }
  }
  const redirect = parsed.terms.find((t) => t.kind === "modifier" && t.name === "redirect");
  // "Any "redirect" modifier MUST be ignored if there is an "all" mechanism anywhere in the record" (RFC 7208 §6.1).
  const hasAll = parsed.terms.some((t) => t.kind === "mechanism" && t.name === "all");
  if (redirect && !hasAll) {
    const ref = termRef(domain, parsed, redirect);
    countLookup(ctx, ref);
    const target = await expandTarget(ctx, redirect, domain, ref);
    const sub = await evaluateTarget(ctx, target, ref);
    if (sub.result === "none") {
      if (sub.status && isVoidDnsStatus(sub.status)) countVoid(ctx, ref);
      // "If no SPF record is found, or if the <target-name> is malformed, the result is a "permerror"" (RFC 7208 §6.1).
      throw new SpfStop("permerror", { code: "redirect_none", domain, term: ref, name: target ?? redirect.value ?? undefined });
    }
    // The redirected record's result stands, with its own exp= (RFC 7208 §6.1, §6.2).
    return sub;
  }
  return { result: "neutral" };
}

/** check_host() on one <domain> (RFC 7208 §4): record lookup and selection, then evaluation. */
async function evaluateDomain(ctx: EvalContext, domain: string): Promise<Outcome> {
  const lookup = await lookupSpfRecord(domain, ctx.session);
  if (lookup.status === "dns_error") {
    throw new SpfStop("temperror", { code: "dns", domain, name: domain, status: lookup.dnsStatus });
  }
  if (lookup.status === "multiple") throw new SpfStop("permerror", { code: "multiple_records", domain });
  if (lookup.status === "none" || lookup.record === undefined) return { result: "none", status: lookup.dnsStatus };
  const parsed = parseCached(ctx, lookup.record);
  const firstError = parsed.errors[0];
  if (firstError) {
    // "If there are any syntax errors anywhere in the record, check_host() returns immediately
    // with the result "permerror", without further interpretation or evaluation" (RFC 7208 §4.6).
    const ref = { domain, record: parsed.text, text: firstError.term, start: firstError.start, end: firstError.end };
    throw new SpfStop("permerror", { code: "syntax", domain, term: ref });
  }
  prefetchRecord(ctx, parsed, domain);
  return evaluateRecord(ctx, parsed, domain);
}

/**
 * Splits <sender> per RFC 7208 §4.3: an empty local-part becomes "postmaster". A Unicode
 * domain is used as A-labels, also in %{s} and %{o} (RFC 8616 §4).
 */
function senderParts(sender: string): { sender: string; localPart: string; domain: string } {
  const at = sender.lastIndexOf("@");
  const localPart = at < 0 ? "" : sender.slice(0, at);
  const rawDomain = at < 0 ? sender : sender.slice(at + 1);
  const domain = /^[\x00-\x7f]*$/.test(rawDomain) ? rawDomain : normalizeDomain(rawDomain);
  const local = localPart === "" ? "postmaster" : localPart;
  return { sender: `${local}@${domain}`, localPart: local, domain };
}

/**
 * check_host(<ip>, <domain>, <sender>) of RFC 7208, with the HELO identity when the sender is
 * empty (§2.3, §2.4). Throws only for an <ip> that is not an IP address.
 */
export async function checkHost(input: CheckHostInput, dns: DnsClient, options: CheckHostOptions = {}): Promise<CheckHostResult> {
  const parsedIp = parseIp(input.ip ?? "");
  if (!parsedIp) throw new RangeError(`not an IP address: ${JSON.stringify(input.ip)}`);
  const helo = input.helo ?? "";
  const rawSender = input.sender?.trim() ? input.sender.trim() : `postmaster@${helo}`;
  const parts = senderParts(rawSender);
  const domain = normalizeDomain(input.domain ?? parts.domain);
  const session = options.session ?? new DnsSession(dns, { signal: options.signal, maxSpeculative: options.maxSpeculativeQueries });
  const ctx: EvalContext = {
    session,
    ip: clientAddress(parsedIp),
    sender: parts.sender,
    localPart: parts.localPart,
    senderDomain: parts.domain,
    helo,
    receiver: input.receiver,
    now: options.now,
    lookups: 0,
    voidLookups: 0,
    addressLookups: 0,
    parsed: new Map(),
    prefetched: new Set(),
    voidTerms: new WeakSet(),
  };
  const queriesBefore = session.queriesSent;
  const finish = (fields: Pick<CheckHostResult, "result"> & Partial<CheckHostResult>): CheckHostResult => ({
    domain,
    ...fields,
    lookups: ctx.lookups,
    voidLookups: ctx.voidLookups,
    addressLookups: ctx.addressLookups,
    dnsQueries: session.queriesSent - queriesBefore,
  });

  // RFC 7208 §4.3: a malformed or single-label <domain> gives "none" without any lookup.
  if (!isValidSpfDomain(domain)) return finish({ result: "none", problem: { code: "invalid_domain", domain } });
  try {
    const outcome = await evaluateDomain(ctx, domain);
    if (outcome.result === "none") {
      return finish({ result: "none", problem: { code: "no_record", domain, name: domain, status: outcome.status } });
    }
    const result = finish({ result: outcome.result, decidingTerm: outcome.decidingTerm });
    if (outcome.result === "fail" && outcome.exp?.term.spec) {
      const explanation = await explanationFor(ctx, outcome.exp.term.spec, outcome.exp.domain);
      if (explanation !== undefined) result.explanation = explanation;
      result.dnsQueries = session.queriesSent - queriesBefore;
    }
    return result;
  } catch (err) {
    if (err instanceof SpfStop) return finish({ result: err.result, problem: err.problem });
    throw err;
  }
}
