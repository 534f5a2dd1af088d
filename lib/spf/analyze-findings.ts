import type { DnsStatus } from "@/lib/dns/types";
import type { FindingCode } from "@/lib/findings/codes";
import { makeFinding, sortFindings, type Finding } from "@/lib/findings/finding";
import type { LocalizedText } from "@/lib/findings/types";
import type { SpfLookupTotals, SpfTreeNode, SpfTreeTerm } from "@/lib/spf/analyze-types";
import type { CheckHostResult } from "@/lib/spf/evaluate";
import { spfMessages as m } from "@/lib/spf/finding-messages";
import { isTemporaryDnsStatus } from "@/lib/spf/record";
import { ADDRESS_LOOKUP_LIMIT, LOOKUP_LIMIT, VOID_LOOKUP_LIMIT } from "@/lib/spf/types";

/** RFC 7208 §3.4: name plus all TXT text under 450 octets keeps the answer in one UDP packet. */
const UDP_SAFE_SIZE = 450;
const NEAR_LIMIT = 8;

export interface FindingInput {
  domain: string;
  validDomain: boolean;
  tree: SpfTreeNode | null;
  totals: SpfLookupTotals;
  check: CheckHostResult | null;
  ip?: string;
  maxRecords: number;
  truncated: boolean;
}

/** Where in the tree a record sits: `policy` records decide the domain's own result. */
interface Role {
  policy: boolean;
  parentDomain: string | null;
}

function findTerm(node: SpfTreeNode | null, pick: (t: SpfTreeTerm) => boolean): { term: SpfTreeTerm; domain: string } | null {
  if (!node) return null;
  for (const term of node.terms) {
    if (pick(term)) return { term, domain: node.domain };
    const below = findTerm(term.child, pick);
    if (below) return below;
  }
  return null;
}

/** Findings of an analysis, most severe first; each code is given once per term and domain. */
export function collectFindings(input: FindingInput): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const add = (code: FindingCode, message: LocalizedText, where: { term?: string; domain?: string }) => {
    const key = `${code}|${where.domain ?? ""}|${where.term ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(makeFinding(code, message, where));
  };
  const has = (code: FindingCode) => findings.some((f) => f.code === code);
  const dnsError = (name: string, status: DnsStatus, where: { term?: string; domain?: string }) =>
    add("spf.dns_error", m.dnsError(name, status), where);

  if (!input.validDomain) add("spf.invalid_domain", m.invalidDomain(input.domain), { domain: input.domain });

  const visitTerm = (node: SpfTreeNode, term: SpfTreeTerm, role: Role) => {
    const where = { term: term.text, domain: node.domain };
    const target = term.target ?? "";
    if (term.kind === "mechanism" && term.mechanism === "all" && term.reachable) {
      if (term.qualifier === "+") {
        if (role.policy) add("spf.all_pass", m.allPass(node.domain, term.text), where);
        else add("spf.include_all_pass", m.includeAllPass(role.parentDomain ?? node.domain, term.text, node.domain), where);
      }
      if (term.qualifier === "?" && role.policy) add("spf.all_neutral", m.allNeutral(node.domain, term.text), where);
    }
    if (!term.reachable) return;
    if (term.mechanism === "ptr" && term.kind === "mechanism") add("spf.ptr", m.ptr(node.domain, term.text), where);
    if (term.dnsStatus && isTemporaryDnsStatus(term.dnsStatus)) dnsError(target || node.domain, term.dnsStatus, where);
    if (term.voidLookups > 0 && term.mechanism !== "include" && term.mechanism !== "redirect") {
      add("spf.void_lookup", m.voidLookup(node.domain, term.text, target), where);
    }
    if ((term.mxHosts?.length ?? 0) > ADDRESS_LOOKUP_LIMIT) {
      add("spf.mx_too_many", m.mxTooMany(node.domain, term.text, target, term.mxHosts?.length ?? 0), where);
    }
    const isInclude = term.kind === "mechanism" && term.mechanism === "include";
    const isRedirect = term.kind === "modifier" && term.mechanism === "redirect";
    if (!isInclude && !isRedirect) return;
    const child = term.child;
    const missing = child?.status === "none" || (child === null && term.target === null && !term.dynamic);
    if (missing) {
      const shown = child?.domain ?? term.text.slice(term.text.search(/[:=]/) + 1);
      if (isInclude) add("spf.include_none", m.includeNone(node.domain, term.text, shown), where);
      else add("spf.redirect_none", m.redirectNone(node.domain, term.text, shown), where);
    }
    if (child?.status === "loop") add("spf.loop", m.loop(node.domain, term.text, child.domain), where);
    if (child?.status === "dns_error" && child.dnsStatus) dnsError(child.domain, child.dnsStatus, where);
    if (child) visitNode(child, { policy: role.policy && isRedirect, parentDomain: node.domain });
  };

  const visitNode = (node: SpfTreeNode, role: Role) => {
    const where = { domain: node.domain };
    if (node.status === "multiple") add("spf.multiple_records", m.multipleRecords(node.domain, node.records.length), where);
    if (node.status === "dns_error" && node.dnsStatus && role.parentDomain === null) dnsError(node.domain, node.dnsStatus, where);
    if (node.status === "none" && role.parentDomain === null) add("spf.none", m.none(node.domain, node.dnsStatus === "nxdomain"), where);
    if (node.answerSize >= UDP_SAFE_SIZE) add("spf.record_too_long", m.recordTooLong(node.domain, node.answerSize), where);
    if (node.status !== "ok" && node.status !== "syntax") return;
    for (const error of node.errors) add("spf.syntax", m.syntax(node.domain, error.message), { term: error.term, domain: node.domain });
    const firstUnreachable = node.terms.find((t) => t.kind === "mechanism" && !t.reachable);
    if (firstUnreachable) add("spf.terms_after_all", m.termsAfterAll(node.domain, firstUnreachable.text), { term: firstUnreachable.text, domain: node.domain });
    for (const term of node.terms) {
      if (term.kind === "modifier" && term.mechanism === "redirect" && !term.reachable) {
        add("spf.redirect_ignored", m.redirectIgnored(node.domain, term.text), { term: term.text, domain: node.domain });
      }
      visitTerm(node, term, role);
    }
    const ends = node.terms.some((t) => (t.kind === "mechanism" && t.mechanism === "all") || (t.kind === "modifier" && t.mechanism === "redirect"));
    if (role.policy && !ends) add("spf.no_all", m.noAll(node.domain), where);
  };

  if (input.tree) visitNode(input.tree, { policy: true, parentDomain: null });

  const { totals } = input;
  if (totals.count > LOOKUP_LIMIT && totals.limitExceededAt) {
    const at = totals.limitExceededAt;
    add("spf.lookup_limit", m.lookupLimit(totals.count, at.domain, at.term), { term: at.term, domain: at.domain });
  } else if (totals.count >= NEAR_LIMIT && totals.count <= LOOKUP_LIMIT) {
    add("spf.lookup_near_limit", m.lookupNearLimit(totals.count), { domain: input.domain });
  }
  if (totals.void > VOID_LOOKUP_LIMIT) {
    const third = findTerm(input.tree, (t) => t.voidIndex === VOID_LOOKUP_LIMIT + 1);
    const at = third ? { term: third.term.text, domain: third.domain } : { domain: input.domain };
    add("spf.void_limit", m.voidLimit(totals.void, at.domain, at.term ?? ""), at);
  }

  const check = input.check;
  const problem = check?.problem;
  if (check && problem) {
    const where = { term: problem.term?.text, domain: problem.domain };
    if (problem.code === "dns" && problem.status && !has("spf.dns_error")) dnsError(problem.name ?? problem.domain, problem.status, where);
    if (problem.code === "lookup_limit" && !has("spf.lookup_limit")) add("spf.lookup_limit", m.lookupLimit(check.lookups, problem.domain, where.term ?? ""), where);
    if (problem.code === "void_limit" && !has("spf.void_limit")) add("spf.void_limit", m.voidLimit(check.voidLookups, problem.domain, where.term ?? ""), where);
    if (problem.code === "include_none" && !has("spf.include_none")) add("spf.include_none", m.includeNone(problem.domain, where.term ?? "", problem.name ?? ""), where);
    if (problem.code === "redirect_none" && !has("spf.redirect_none")) add("spf.redirect_none", m.redirectNone(problem.domain, where.term ?? "", problem.name ?? ""), where);
    if (problem.code === "mx_limit" && !has("spf.mx_too_many")) add("spf.mx_too_many", m.mxTooMany(problem.domain, where.term ?? "", problem.name ?? "", ADDRESS_LOOKUP_LIMIT + 1), where);
  }
  // A temperror says nothing about the address: the DNS trouble is reported as spf.dns_error.
  if (check && input.ip && check.result !== "pass" && check.result !== "temperror") {
    add("spf.not_authorized", m.notAuthorized(input.ip, input.domain, check.result), {
      term: check.decidingTerm?.text ?? problem?.term?.text,
      domain: check.decidingTerm?.domain ?? problem?.domain ?? input.domain,
    });
  }
  if (input.truncated) add("spf.analysis_truncated", m.analysisTruncated(input.maxRecords), { domain: input.domain });
  return sortFindings(findings);
}
