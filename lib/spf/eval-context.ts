import type { DnsStatus } from "@/lib/dns/types";
import type { DnsSession } from "@/lib/spf/dns-session";
import type { IpAddress } from "@/lib/spf/ip";
import type { MacroContext } from "@/lib/spf/macro";
import { parseSpf } from "@/lib/spf/parse";
import { LOOKUP_LIMIT, VOID_LOOKUP_LIMIT, type ParsedSpf, type SpfTerm } from "@/lib/spf/types";

/** Where in which record something happened. */
export interface TermRef {
  domain: string;
  record: string;
  text: string;
  start: number;
  end: number;
}

export const SPF_PROBLEM_CODES = [
  "invalid_domain",
  "no_record",
  "multiple_records",
  "syntax",
  "lookup_limit",
  "void_limit",
  "mx_limit",
  "include_none",
  "redirect_none",
  "dns",
] as const;
export type SpfProblemCode = (typeof SPF_PROBLEM_CODES)[number];

/** Why check_host() ended in none, permerror or temperror. */
export interface SpfProblem {
  code: SpfProblemCode;
  /** The domain whose record or lookup is at fault. */
  domain: string;
  term?: TermRef;
  /** The DNS name and status behind a `dns` problem, or the missing record of an include/redirect. */
  name?: string;
  status?: DnsStatus;
}

/** Ends the whole evaluation: every permerror and temperror propagates to the top (RFC 7208 §5.2, §6.1). */
export class SpfStop extends Error {
  constructor(
    readonly result: "permerror" | "temperror",
    readonly problem: SpfProblem,
  ) {
    super(`${result}: ${problem.code} at ${problem.domain}`);
  }
}

export interface EvalContext {
  session: DnsSession;
  ip: IpAddress;
  sender: string;
  localPart: string;
  senderDomain: string;
  helo: string;
  receiver?: string;
  now?: number;
  lookups: number;
  voidLookups: number;
  /** Address lookups made for "mx" and "ptr" terms and %{p}; they have their own limits. */
  addressLookups: number;
  parsed: Map<string, ParsedSpf>;
  /** Domains whose record terms were already prefetched. */
  prefetched: Set<string>;
  /** Term evaluations already counted as void: a term counts once however many of its queries were empty. */
  voidTerms: WeakSet<TermRef>;
}

export function parseCached(ctx: EvalContext, text: string): ParsedSpf {
  let parsed = ctx.parsed.get(text);
  if (!parsed) {
    parsed = parseSpf(text);
    ctx.parsed.set(text, parsed);
  }
  return parsed;
}

export function macroContext(ctx: EvalContext, domain: string, validatedName?: string): MacroContext {
  return {
    sender: ctx.sender,
    localPart: ctx.localPart,
    senderDomain: ctx.senderDomain,
    domain,
    ip: ctx.ip,
    helo: ctx.helo,
    validatedName,
    receiver: ctx.receiver,
    now: ctx.now,
  };
}

export function termRef(domain: string, record: ParsedSpf, term: SpfTerm): TermRef {
  return { domain, record: record.text, text: term.text, start: term.start, end: term.end };
}

/** One more DNS-querying term; the 11th is a permerror (RFC 7208 §4.6.4). */
export function countLookup(ctx: EvalContext, ref: TermRef): void {
  ctx.lookups++;
  if (ctx.lookups > LOOKUP_LIMIT) throw new SpfStop("permerror", { code: "lookup_limit", domain: ref.domain, term: ref });
}

/**
 * One more term whose lookup gave NXDOMAIN or no answers; the 3rd is a permerror. RFC 7208
 * §4.6.4 limits the number of such terms, so a term whose %{p} lookup and own lookup both come
 * back empty counts once.
 */
export function countVoid(ctx: EvalContext, ref: TermRef): void {
  if (ctx.voidTerms.has(ref)) return;
  ctx.voidTerms.add(ref);
  ctx.voidLookups++;
  if (ctx.voidLookups > VOID_LOOKUP_LIMIT) throw new SpfStop("permerror", { code: "void_limit", domain: ref.domain, term: ref });
}

export function dnsFailure(ref: TermRef, name: string, status: DnsStatus): SpfStop {
  return new SpfStop("temperror", { code: "dns", domain: ref.domain, term: ref, name, status });
}
