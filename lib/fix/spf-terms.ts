import { usesMacro } from "@/lib/spf/macro-string";
import { parseSpf } from "@/lib/spf/parse";
import { LOOKUP_MECHANISMS, type ParsedSpf, type SpfTerm } from "@/lib/spf/types";

/** Mechanisms whose argument is a domain-spec defaulting to the record's own domain (RFC 7208 §5). */
const DEFAULTS_TO_DOMAIN = new Set(["a", "mx", "ptr"]);

function normalizeTarget(value: string): string {
  // Macro strings are case-sensitive in their letters (%{l} vs %{L}, RFC 7208 §7.3): keep as written.
  return value.includes("%") ? value : value.toLowerCase().replace(/\.$/, "");
}

/** The name a term points at (a/mx/include/exists/ptr target, redirect domain), null for others. */
export function termTarget(term: SpfTerm, domain: string): string | null {
  if (term.kind === "mechanism") {
    if (term.value !== null && ["a", "mx", "ptr", "include", "exists"].includes(term.name)) return normalizeTarget(term.value);
    if (term.value === null && DEFAULTS_TO_DOMAIN.has(term.name)) return domain;
    return null;
  }
  if (term.kind === "modifier" && term.name === "redirect" && term.value !== null) return normalizeTarget(term.value);
  return null;
}

/**
 * What a term matches, without its qualifier: two terms with the same key always match the same
 * mail, so only the first of them can ever decide the result and later ones are dead weight.
 * `a` and `a:<domain>` are the same term; case and a trailing dot in names do not matter.
 */
export function termKey(term: SpfTerm, domain: string): string {
  if (term.kind === "mechanism") {
    const target = termTarget(term, domain) ?? (term.value === null ? "" : term.value.toLowerCase());
    return `${term.name}:${target}/${term.cidr4 ?? ""}//${term.cidr6 ?? ""}`;
  }
  if (term.kind === "modifier") {
    const value = term.name === "redirect" ? (termTarget(term, domain) ?? "") : (term.value ?? "");
    return `${term.name}=${value}`;
  }
  return `?${term.text}`;
}

/**
 * DNS-querying steps the term itself costs towards the ten of RFC 7208 §4.6.4: one for include,
 * a, mx, ptr, exists and redirect=, plus one for the PTR query of a %{p} macro (§7.3). The
 * record an include or redirect fetches costs more, counted separately.
 */
export function ownLookups(term: SpfTerm): number {
  const queries = term.kind === "mechanism" ? LOOKUP_MECHANISMS.includes(term.name) : term.kind === "modifier" && term.name === "redirect";
  if (!queries) return 0;
  return 1 + (term.spec && usesMacro(term.spec, ["p"]) ? 1 : 0);
}

/** True for include and redirect=, whose target record adds its own lookups. */
export function fetchesRecord(term: SpfTerm): boolean {
  return (term.kind === "mechanism" && term.name === "include") || (term.kind === "modifier" && term.name === "redirect");
}

export function isAll(term: SpfTerm): boolean {
  return term.kind === "mechanism" && term.name === "all";
}

export function isRedirect(term: SpfTerm): boolean {
  return term.kind === "modifier" && term.name === "redirect";
}

/** For each term of a parsed record, the syntax errors found inside it (empty = the term is valid). */
export function errorsByTerm(parsed: ParsedSpf): ParsedSpf["errors"][] {
  return parsed.terms.map((t) =>
    parsed.errors.filter((e) => e.code !== "not_spf" && ((e.start < t.end && e.end > t.start) || (e.start === e.end && e.start >= t.start && e.start <= t.end))),
  );
}

/** One term parsed on its own ("a:host" → its SpfTerm), or null when it is not exactly one valid term. */
export function parseOneTerm(text: string): SpfTerm | null {
  const parsed = parseSpf(`v=spf1 ${text.trim()}`);
  const term = parsed.terms[0];
  if (parsed.errors.length > 0 || parsed.terms.length !== 1 || !term) return null;
  return term;
}

/** A mechanism's text with the default "+" qualifier left out, as SPF records usually write it. */
export function withoutPlus(text: string): string {
  return text.startsWith("+") ? text.slice(1) : text;
}
