import type { SpfLookupTotals, SpfTreeNode, SpfTreeTerm } from "@/lib/spf/analyze-types";
import { LOOKUP_LIMIT, VOID_LOOKUP_LIMIT } from "@/lib/spf/types";

/**
 * Numbers every DNS-querying step of the tree in the order check_host() would take them if no
 * mechanism matched: a record's mechanisms left to right, an include's record right after the
 * include, redirect= after all mechanisms (RFC 7208 §4.6.4, §5.2, §6.1). exp= costs nothing;
 * unreachable terms are not counted. Fills the per-term indexes and per-node subtotals.
 */
export function countTree(root: SpfTreeNode | null): SpfLookupTotals {
  const totals: SpfLookupTotals = { count: 0, limit: LOOKUP_LIMIT, void: 0, voidLimit: VOID_LOOKUP_LIMIT, addressLookups: 0 };

  const step = (term: SpfTreeTerm, domain: string) => {
    for (let i = 0; i < term.lookups; i++) {
      totals.count++;
      term.lookupIndexes.push(totals.count);
      if (totals.count > LOOKUP_LIMIT) term.overLimit = true;
      if (totals.count === LOOKUP_LIMIT + 1) totals.limitExceededAt = { domain, term: term.text, index: totals.count };
    }
    if (term.voidLookups > 0) {
      totals.void++;
      term.voidIndex = totals.void;
    }
    totals.addressLookups += term.addressLookups;
  };

  const walk = (node: SpfTreeNode | null) => {
    if (!node || (node.status !== "ok" && node.status !== "syntax")) return;
    const lookupsBefore = totals.count;
    const voidsBefore = totals.void;
    for (const term of node.terms) {
      if (term.kind !== "mechanism" || !term.reachable) continue;
      step(term, node.domain);
      if (term.mechanism === "include") walk(term.child);
    }
    const redirect = node.terms.find((t) => t.kind === "modifier" && t.mechanism === "redirect");
    if (redirect?.reachable) {
      step(redirect, node.domain);
      walk(redirect.child);
    }
    node.lookups = totals.count - lookupsBefore;
    node.voidLookups = totals.void - voidsBefore;
  };

  walk(root);
  return totals;
}
