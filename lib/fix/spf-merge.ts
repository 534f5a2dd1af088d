import type { HostingProfile } from "@/lib/fix/hosting-profile-schema";
import { isInitialDomain } from "@/lib/fix/profile-terms";
import { errorsByTerm, isAll, isRedirect, parseOneTerm, termKey, termTarget } from "@/lib/fix/spf-terms";
import { parseSpf } from "@/lib/spf/parse";
import type { SpfSyntaxError, SpfTerm } from "@/lib/spf/types";

/**
 * The term-level core of the SPF fix: merges one or more existing records into one term list,
 * keeping every valid term in its order, and adds what must be there. Knows nothing of DNS,
 * lookups or wording; `spf-fix.ts` builds the plan around it.
 */

export type RemovalReason =
  | "syntax"
  | "duplicate"
  | "duplicate_modifier"
  | "second_all"
  | "initial_domain"
  | "weak_qualifier"
  | "all_replaced"
  | "redirect_to_include";

export interface Removal {
  term: string;
  reason: RemovalReason;
  /** Index of the record (in the order given) the term was in. */
  record: number;
  /** The term that took its place, if any. */
  replacedBy?: string;
  /** The syntax errors, for `syntax`. */
  errors?: SpfSyntaxError[];
}

export interface Item {
  text: string;
  term: SpfTerm;
  key: string;
  /** Where an existing term came from; null for terms the fix adds. */
  origin: { record: number; index: number } | null;
  /** True when an existing term came after `all` (never evaluated until now). */
  wasUnreachable: boolean;
}

export interface EnsureTerm {
  text: string;
  term: SpfTerm;
  key: string;
  /** A server host term of the profile (e.g. a:www1234.sakura.ne.jp). */
  host: boolean;
}

export type AllChoice = "keep" | "recommended";

export interface MergeInput {
  domain: string;
  records: readonly string[];
  ensure: readonly EnsureTerm[];
  profile: HostingProfile;
  recommendedAll: string;
  /** What to do with a +all/?all; undefined = the default (recommended for +all, keep for ?all). */
  allChoice?: AllChoice;
}

export interface MergeOutcome {
  items: Item[];
  removed: Removal[];
  added: string[];
  /** The `all` term of the result, or null when a redirect= ends it. */
  all: string | null;
  /** The existing +all/?all, when there was one. */
  permissiveAll: string | null;
  allChoice: AllChoice | null;
  allAdded: boolean;
  /** An existing `all` had mechanisms after it and was moved to the end. */
  allMoved: boolean;
  /** A redirect= kept next to `all` (ignored, RFC 7208 §6.1): only in a single record that already had both. */
  ignoredRedirect: string | null;
  /** A redirect= that ends the record (no `all`), before which the added terms go. */
  redirect: string | null;
  /** Initial-domain terms kept because no server host term was given to replace them. */
  initialDomainKept: string[];
}

const item = (text: string, term: SpfTerm, key: string, origin: Item["origin"], wasUnreachable = false): Item => ({
  text,
  term,
  key,
  origin,
  wasUnreachable,
});

/**
 * Every valid term of every record, in order. Terms with syntax errors are dropped (they make
 * the whole record a permerror, RFC 7208 §4.6), as are repeats of a term already kept (only the
 * first can ever match), every `all` after the first and a second exp= (§6: at most one).
 */
function collect(input: MergeInput, removed: Removal[]): Item[] {
  const items: Item[] = [];
  const keys = new Set<string>();
  let haveAll = false;
  let haveExp = false;
  input.records.forEach((record, r) => {
    const parsed = parseSpf(record);
    const errors = errorsByTerm(parsed);
    let afterAll = false;
    parsed.terms.forEach((term, index) => {
      const termErrors = errors[index] ?? [];
      if (termErrors.length > 0) {
        removed.push({ term: term.text, reason: "syntax", record: r, errors: termErrors });
        return;
      }
      if (isAll(term)) {
        if (haveAll) {
          removed.push({ term: term.text, reason: "second_all", record: r });
        } else {
          haveAll = true;
          items.push(item(term.text, term, termKey(term, input.domain), { record: r, index }));
        }
        afterAll = true;
        return;
      }
      if (term.kind === "modifier" && term.name === "exp") {
        if (haveExp) {
          removed.push({ term: term.text, reason: "duplicate_modifier", record: r });
          return;
        }
        haveExp = true;
      }
      const key = termKey(term, input.domain);
      if (keys.has(key)) {
        removed.push({ term: term.text, reason: "duplicate", record: r });
        return;
      }
      keys.add(key);
      // Only within one record does "after all" mean "never evaluated" (RFC 7208 §4.6.2).
      const unreachable = afterAll && term.kind === "mechanism" && input.records.length === 1;
      items.push(item(term.text, term, key, { record: r, index }, unreachable));
    });
  });
  return items;
}

/**
 * One record can end in only one redirect=, and none next to `all` (RFC 7208 §6.1: it would be
 * ignored). When merging, a redirect that cannot stay becomes an include of the same domain:
 * the domain's authorized senders stay authorized, which is the safe reading. A single record
 * that already had both keeps them as they are (nothing changes for it; a warning says so).
 */
function settleRedirects(input: MergeInput, items: Item[], removed: Removal[], added: string[]): void {
  const hasAll = items.some((i) => isAll(i.term));
  const keys = new Set(items.map((i) => i.key));
  let keptOne = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (!isRedirect(it.term)) continue;
    if (input.records.length === 1 || (!hasAll && !keptOne)) {
      keptOne = true;
      continue;
    }
    const include = parseOneTerm(`include:${it.term.value ?? ""}`);
    const record = it.origin?.record ?? 0;
    if (!include || keys.has(termKey(include, input.domain))) {
      removed.push({ term: it.text, reason: "redirect_to_include", record });
      items.splice(i--, 1);
      continue;
    }
    const key = termKey(include, input.domain);
    keys.add(key);
    removed.push({ term: it.text, reason: "redirect_to_include", record, replacedBy: include.text });
    items[i] = item(include.text, include, key, it.origin);
    added.push(include.text);
  }
}

/**
 * The initial-domain mistake: `a:<account>.sakura.ne.jp` (or mx:/include: of it) names the
 * account's initial domain, whose address can differ from the sending server's. The first such
 * term becomes the server host term, in its place; further ones go.
 */
function replaceInitialDomain(input: MergeInput, items: Item[], removed: Removal[], added: string[]): string[] {
  const host = input.ensure.find((e) => e.host);
  const kept: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (it.term.kind !== "mechanism" || !["a", "mx", "include"].includes(it.term.name) || it.term.value === null) continue;
    const target = termTarget(it.term, input.domain);
    if (!target || target.includes("%") || !isInitialDomain(input.profile, target)) continue;
    if (!host) {
      kept.push(it.text);
      continue;
    }
    const record = it.origin?.record ?? 0;
    if (items.some((other) => other.key === host.key)) {
      removed.push({ term: it.text, reason: "initial_domain", record });
      items.splice(i--, 1);
    } else {
      removed.push({ term: it.text, reason: "initial_domain", record, replacedBy: host.text });
      items[i] = item(host.text, host.term, host.key, null);
      added.push(host.text);
    }
  }
  return kept;
}

/** Makes each term to ensure present once with a "pass" qualifier; returns those still missing. */
function ensurePresent(input: MergeInput, items: Item[], removed: Removal[], added: string[]): EnsureTerm[] {
  const missing: EnsureTerm[] = [];
  for (const e of input.ensure) {
    const index = items.findIndex((i) => i.key === e.key);
    const existing = items[index];
    if (!existing) {
      missing.push(e);
      continue;
    }
    // "~a:host" or "-a:host" names the server but does not authorize it: make it a pass.
    if (existing.term.qualifier !== "+") {
      removed.push({ term: existing.text, reason: "weak_qualifier", record: existing.origin?.record ?? 0, replacedBy: e.text });
      items[index] = item(e.text, e.term, e.key, existing.origin, existing.wasUnreachable);
      added.push(e.text);
    }
  }
  return missing;
}

function makeAll(text: string, domain: string): Item {
  const term = parseOneTerm(text) as SpfTerm;
  return item(term.text, term, termKey(term, domain), null);
}

/** Merges and repairs the records' terms; see the module comment. */
export function mergeSpfTerms(input: MergeInput): MergeOutcome {
  const removed: Removal[] = [];
  const added: string[] = [];
  const items = collect(input, removed);
  settleRedirects(input, items, removed, added);
  const initialDomainKept = replaceInitialDomain(input, items, removed, added);
  const missing = ensurePresent(input, items, removed, added);

  let allIndex = items.findIndex((i) => isAll(i.term));
  let permissiveAll: string | null = null;
  let allChoice: AllChoice | null = null;
  const existingAll = items[allIndex];
  if (existingAll && (existingAll.term.qualifier === "+" || existingAll.term.qualifier === "?")) {
    permissiveAll = existingAll.text;
    allChoice = input.allChoice ?? (existingAll.term.qualifier === "+" ? "recommended" : "keep");
    if (allChoice === "recommended") {
      removed.push({ term: existingAll.text, reason: "all_replaced", record: existingAll.origin?.record ?? 0, replacedBy: input.recommendedAll });
      items[allIndex] = makeAll(input.recommendedAll, input.domain);
      added.push(input.recommendedAll);
    }
  }

  // Mechanisms after `all` are never evaluated (RFC 7208 §4.6.2): the all goes after the last one.
  const lastMechanism = items.findLastIndex((i) => i.term.kind === "mechanism" && !isAll(i.term));
  let allMoved = false;
  if (allIndex >= 0 && lastMechanism > allIndex) {
    const [all] = items.splice(allIndex, 1);
    items.splice(lastMechanism, 0, all as Item);
    allIndex = lastMechanism;
    allMoved = true;
  }

  const redirectIndex = items.findIndex((i) => isRedirect(i.term));
  const adding = missing.map((e) => item(e.text, e.term, e.key, null));
  added.push(...missing.map((e) => e.text));
  let allAdded = false;
  if (allIndex >= 0) {
    items.splice(allIndex, 0, ...adding);
  } else if (redirectIndex >= 0) {
    items.splice(redirectIndex, 0, ...adding);
  } else {
    // Neither all nor redirect: the record ends in "?all" implicitly (RFC 7208 §4.7); say ~all.
    const all = makeAll(input.recommendedAll, input.domain);
    items.splice(items.findLastIndex((i) => i.term.kind === "mechanism") + 1, 0, ...adding, all);
    added.push(all.text);
    allAdded = true;
  }

  const finalAll = items.find((i) => isAll(i.term));
  const redirect = items.find((i) => isRedirect(i.term));
  return {
    items,
    removed,
    added,
    all: finalAll?.text ?? null,
    permissiveAll,
    allChoice,
    allAdded,
    allMoved,
    ignoredRedirect: finalAll && redirect ? redirect.text : null,
    redirect: !finalAll && redirect ? redirect.text : null,
    initialDomainKept,
  };
}
