import { syntaxMessage } from "@/lib/spf/parse-messages";
import { parseTerm } from "@/lib/spf/parse-term";
import type { ParsedSpf, SpfSyntaxError, SpfTerm } from "@/lib/spf/types";

/** version = "v=spf1", terminated by SP or the end of the record (RFC 7208 §4.5). */
const VERSION = /^v=spf1(?= |$)/i;

export function isSpfRecordText(text: string): boolean {
  return VERSION.test(text);
}

/**
 * Parses SPF record text into terms with offsets and typed errors. Pure and total: any string
 * gives a result, never an exception. Terms are separated by one or more SP only, trailing SP
 * is allowed (record = version terms *SP, RFC 7208 §4.6.1, §12). A record without the version
 * is reported as `not_spf`, and the rest after its first word is still parsed for display.
 */
export function parseSpf(text: string): ParsedSpf {
  const src = typeof text === "string" ? text : "";
  const terms: SpfTerm[] = [];
  const errors: SpfSyntaxError[] = [];
  const version = VERSION.test(src);
  let pos = src.indexOf(" ");
  if (pos < 0) pos = src.length;
  if (!version) {
    const first = src.slice(0, pos);
    errors.push({ code: "not_spf", message: syntaxMessage("not_spf", first), start: 0, end: pos, term: first });
  }

  while (pos < src.length) {
    if (src[pos] === " ") {
      pos++;
      continue;
    }
    let end = src.indexOf(" ", pos);
    if (end < 0) end = src.length;
    const parsed = parseTerm(src.slice(pos, end), pos);
    terms.push(parsed.term);
    errors.push(...parsed.errors);
    pos = end;
  }

  // "These two modifiers MUST NOT appear in a record more than once each" (RFC 7208 §6).
  const seen = new Set<string>();
  for (const term of terms) {
    if (term.kind !== "modifier" || (term.name !== "redirect" && term.name !== "exp")) continue;
    if (seen.has(term.name)) {
      errors.push({
        code: "duplicate_modifier",
        message: syntaxMessage("duplicate_modifier", `${term.name}=`),
        start: term.start,
        end: term.end,
        term: term.text,
      });
    }
    seen.add(term.name);
  }
  errors.sort((a, b) => a.start - b.start);
  return { text: src, version, terms, errors };
}
