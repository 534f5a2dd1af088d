import type { DnsAnswer, RrType } from "@/lib/dns/types";
import type { SpfNodeStatus, SpfTreeNode, SpfTreeTerm } from "@/lib/spf/analyze-types";
import { isQueryableName, isValidTargetName } from "@/lib/spf/domain-name";
import type { DnsSession } from "@/lib/spf/dns-session";
import { macroContext, type EvalContext } from "@/lib/spf/eval-context";
import { parseIp } from "@/lib/spf/ip";
import { expandMacros, toTargetName } from "@/lib/spf/macro";
import { usesMacro, type MacroLetter } from "@/lib/spf/macro-string";
import { mxHosts } from "@/lib/spf/mechanisms";
import { parseSpf } from "@/lib/spf/parse";
import { isTemporaryDnsStatus, isVoidDnsStatus, selectSpfRecord } from "@/lib/spf/record";
import { ADDRESS_LOOKUP_LIMIT, LOOKUP_MECHANISMS, type ParsedSpf, type SpfTerm } from "@/lib/spf/types";
import { pickValidatedName, ptrNames, validatedNames } from "@/lib/spf/validated-names";

export interface TreeContext {
  session: DnsSession;
  /** Macro values and the client address; for a run without ip the address is a placeholder. */
  ctx: EvalContext;
  /** Which optional inputs were given: macros needing a missing one make a term "dynamic". */
  known: { ip: boolean; sender: boolean; helo: boolean };
  maxRecords: number;
  records: number;
  truncated: boolean;
}

const NEEDS: { letters: MacroLetter[]; input: keyof TreeContext["known"] }[] = [
  { letters: ["i", "c", "v", "p"], input: "ip" },
  { letters: ["s", "l", "o"], input: "sender" },
  { letters: ["h"], input: "helo" },
];

interface TargetInfo {
  target: string | null;
  dynamic: boolean;
  /** The %{p} PTR lookup came back empty: a void lookup of this term. */
  ptrVoid: boolean;
}

async function targetOf(tc: TreeContext, term: SpfTerm, domain: string): Promise<TargetInfo> {
  if (!term.spec) return { target: domain, dynamic: false, ptrVoid: false };
  const spec = term.spec;
  if (NEEDS.some((n) => !tc.known[n.input] && usesMacro(spec, n.letters))) return { target: null, dynamic: true, ptrVoid: false };
  let validated: string | undefined;
  let ptrVoid = false;
  if (usesMacro(spec, ["p"])) {
    ptrVoid = isVoidDnsStatus((await ptrNames(tc.session, tc.ctx.ip)).status);
    validated = pickValidatedName(await validatedNames(tc.ctx, null), domain);
  }
  const name = toTargetName(expandMacros(spec, macroContext(tc.ctx, domain, validated)));
  return { target: isValidTargetName(name) ? name : null, dynamic: false, ptrVoid };
}

function emptyTerm(term: SpfTerm, reachable: boolean): SpfTreeTerm {
  return {
    text: term.text,
    start: term.start,
    end: term.end,
    kind: term.kind,
    mechanism: term.name,
    qualifier: term.qualifier,
    lookups: 0,
    lookupIndexes: [],
    overLimit: false,
    voidLookups: 0,
    addressLookups: 0,
    reachable,
    child: null,
  };
}

/** A capped query; when the analysis is out of budget the term is left unresolved and the run marked truncated. */
function ask<T extends RrType>(tc: TreeContext, name: string, type: T): Promise<DnsAnswer<T>> | null {
  const pending = tc.session.tryQuery(name, type);
  if (!pending) tc.truncated = true;
  return pending;
}

function note(out: SpfTreeTerm, answer: DnsAnswer | null): void {
  if (!answer) return;
  out.dnsStatus = answer.status;
  if (isVoidDnsStatus(answer.status)) out.voidLookups = 1;
}

async function analyzeTerm(tc: TreeContext, term: SpfTerm, domain: string, path: string[], reachable: boolean): Promise<SpfTreeTerm> {
  const out = emptyTerm(term, reachable);
  const name = term.name;
  const queries = term.kind === "mechanism" ? LOOKUP_MECHANISMS.includes(name) : term.kind === "modifier" && name === "redirect";
  if (!queries) return out;
  out.lookups = 1 + (term.spec && usesMacro(term.spec, ["p"]) ? 1 : 0);
  if (!reachable) return out;
  const { target, dynamic, ptrVoid } = await targetOf(tc, term, domain);
  out.target = target;
  if (dynamic) out.dynamic = true;
  if (ptrVoid) out.voidLookups = 1;
  if (target === null) return out;
  const type = tc.ctx.ip.family === 4 ? "A" : "AAAA";

  switch (name) {
    case "include":
    case "redirect": {
      out.child = await buildNode(tc, target, path);
      if (out.child.status === "none" && out.child.dnsStatus && isVoidDnsStatus(out.child.dnsStatus)) out.voidLookups = 1;
      break;
    }
    case "a":
      note(out, await ask(tc, target, type));
      break;
    case "exists":
      note(out, await ask(tc, target, "A"));
      break;
    case "mx": {
      const answer = await ask(tc, target, "MX");
      note(out, answer);
      if (answer?.status !== "ok") break;
      const hosts = mxHosts(answer.records);
      out.mxHosts = hosts;
      out.addressLookups = Math.min(hosts.length, ADDRESS_LOOKUP_LIMIT + 1);
      const addresses = await Promise.all(
        hosts.slice(0, ADDRESS_LOOKUP_LIMIT).map((host) => (isQueryableName(host) ? ask(tc, host, type) : null)),
      );
      const failed = addresses.find((a) => a && isTemporaryDnsStatus(a.status));
      if (failed) out.dnsStatus = failed.status;
      break;
    }
    case "ptr": {
      if (!tc.known.ip) {
        out.dynamic = true;
        break;
      }
      const { names, status } = await ptrNames(tc.session, tc.ctx.ip);
      out.dnsStatus = status;
      if (isVoidDnsStatus(out.dnsStatus)) out.voidLookups = 1;
      out.addressLookups = names.length;
      break;
    }
  }
  return out;
}

function node(domain: string, status: SpfNodeStatus, extra: Partial<SpfTreeNode> = {}): SpfTreeNode {
  return { domain, status, record: null, records: [], errors: [], answerSize: 0, terms: [], lookups: 0, voidLookups: 0, ...extra };
}

/** Mechanisms after the first "all" are never evaluated, nor is redirect= next to "all" (RFC 7208 §4.6.2, §6.1). */
function reachability(parsed: ParsedSpf): boolean[] {
  const hasAll = parsed.terms.some((t) => t.kind === "mechanism" && t.name === "all");
  let afterAll = false;
  return parsed.terms.map((t) => {
    if (t.kind === "modifier") return !(t.name === "redirect" && hasAll);
    const reachable = !afterAll;
    if (t.kind === "mechanism" && t.name === "all") afterAll = true;
    return reachable;
  });
}

/**
 * Fetches and expands the record of `domain` and, in parallel, every term's lookups and every
 * included or redirected record, past the processing limits so the whole tree is visible.
 * `path` holds the domains above; meeting one of them again is a loop and stops there.
 */
export async function buildNode(tc: TreeContext, domain: string, path: string[]): Promise<SpfTreeNode> {
  const key = domain.toLowerCase();
  if (path.includes(key)) return node(domain, "loop");
  if (tc.records >= tc.maxRecords) {
    tc.truncated = true;
    return node(domain, "truncated");
  }
  tc.records++;
  const pending = ask(tc, domain, "TXT");
  if (!pending) return node(domain, "truncated");
  const lookup = selectSpfRecord(domain, await pending);
  const base = { dnsStatus: lookup.dnsStatus, records: lookup.records, answerSize: lookup.answerSize };
  if (lookup.status !== "found" || lookup.record === undefined) {
    const status: SpfNodeStatus = lookup.status === "dns_error" ? "dns_error" : lookup.status === "multiple" ? "multiple" : "none";
    return node(domain, status, base);
  }
  const parsed = parseSpf(lookup.record);
  const reachable = reachability(parsed);
  const below = [...path, key];
  const terms = await Promise.all(parsed.terms.map((t, i) => analyzeTerm(tc, t, domain, below, reachable[i] ?? true)));
  return node(domain, parsed.errors.length > 0 ? "syntax" : "ok", { ...base, record: lookup.record, errors: parsed.errors, terms });
}

/** A stand-in client address for runs without ip: only used by terms that do not depend on it. */
export const PLACEHOLDER_IP = parseIp("192.0.2.1") as NonNullable<ReturnType<typeof parseIp>>;
