import type { SpfTreeNode } from "@/lib/spf/analyze-types";
import type { Item } from "@/lib/fix/spf-merge";
import { fetchesRecord, isAll, isRedirect, ownLookups } from "@/lib/fix/spf-terms";
import { parseSpf } from "@/lib/spf/parse";
import { LOOKUP_LIMIT } from "@/lib/spf/types";

export interface TermLookups {
  term: string;
  /** Lookups this term costs with what it includes (a lower bound when `exact` is false). */
  lookups: number;
  exact: boolean;
}

export interface FixLookups {
  /** The current record's count; null when unknown (several records, or includes without an analysis). */
  before: number | null;
  /** The result's count, as RFC 7208 §4.6.4 counts it (a lower bound when `exact` is false). */
  after: number;
  limit: typeof LOOKUP_LIMIT;
  exact: boolean;
  perTerm: TermLookups[];
}

function subtreeLookups(child: SpfTreeNode | null): number | null {
  if (!child) return 0;
  if (child.status === "truncated") return null;
  return child.status === "ok" || child.status === "syntax" ? child.lookups : 0;
}

/**
 * Lookups of one term of the result. A kept term reuses the analysis tree's count of itself and
 * of the record it includes (`tree` is the analysed record the term came from); a term the tree
 * did not evaluate (new, or after "all" until now) costs its own lookups, and what an include
 * fetches is then unknown.
 */
function termLookups(item: Item, tree: SpfTreeNode | null, truncated: boolean): TermLookups {
  const treeTerm = tree && item.origin?.record === 0 && !item.wasUnreachable ? tree.terms[item.origin.index] : undefined;
  if (treeTerm && treeTerm.reachable) {
    const below = fetchesRecord(item.term) ? subtreeLookups(treeTerm.child) : 0;
    return { term: item.text, lookups: treeTerm.lookups + (below ?? 0), exact: below !== null && !truncated };
  }
  return { term: item.text, lookups: ownLookups(item.term), exact: !fetchesRecord(item.term) };
}

/**
 * Re-counts the result: mechanisms left to right, redirect= only when no "all" ends the record
 * (RFC 7208 §6.1, §4.6.4). exp= costs nothing, nor does an ignored redirect.
 */
export function countResultLookups(items: readonly Item[], tree: SpfTreeNode | null, truncated: boolean): Omit<FixLookups, "before"> {
  const hasAll = items.some((i) => isAll(i.term));
  const perTerm: TermLookups[] = [];
  for (const item of items) {
    if (item.term.kind === "mechanism" || (isRedirect(item.term) && !hasAll)) perTerm.push(termLookups(item, tree, truncated));
  }
  return {
    after: perTerm.reduce((n, t) => n + t.lookups, 0),
    limit: LOOKUP_LIMIT,
    exact: perTerm.every((t) => t.exact),
    perTerm: perTerm.filter((t) => t.lookups > 0 || !t.exact),
  };
}

/** The count of one record text evaluated on its own, or null when it includes records we cannot see. */
export function countRecordLookups(record: string): number | null {
  const parsed = parseSpf(record);
  let count = 0;
  let hasAll = false;
  for (const term of parsed.terms) {
    if (hasAll) break;
    if (isAll(term)) hasAll = true;
    if (term.kind !== "mechanism") continue;
    if (fetchesRecord(term)) return null;
    count += ownLookups(term);
  }
  const redirect = parsed.terms.find((t) => isRedirect(t));
  if (redirect && !hasAll) return null;
  return count;
}
