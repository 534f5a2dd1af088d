import type { HostingProfile } from "@/lib/fix/hosting-profile-schema";
import type { EnsureTerm, Item } from "@/lib/fix/spf-merge";
import { isAll, parseOneTerm, termKey } from "@/lib/fix/spf-terms";

export interface NewRecordInput {
  domain: string;
  ensure: readonly EnsureTerm[];
  profile: HostingProfile;
  includeMx?: boolean;
  recommendedAll: string;
}

/**
 * A domain without SPF gets the host's recommended record (e.g. `v=spf1 a:{host} mx ~all`):
 * the terms to ensure take the place of the template's `{host}` term, `{domain}` is filled in,
 * and `mx` is left out when the caller says so.
 */
export function buildNewRecord(input: NewRecordInput): { items: Item[]; text: string } {
  const items: Item[] = [];
  const mx = parseOneTerm("mx");
  const mxKey = mx ? termKey(mx, input.domain) : "";
  const push = (text: string) => {
    const term = parseOneTerm(text);
    if (!term) return;
    const key = termKey(term, input.domain);
    if (items.some((i) => i.key === key)) return;
    if (input.includeMx === false && key === mxKey && !input.ensure.some((e) => e.key === key)) return;
    items.push({ text: term.text, term, key, origin: null, wasUnreachable: false });
  };
  let hostSlotUsed = false;
  for (const token of input.profile.spf.recommendedRecord.split(" ").slice(1)) {
    if (token === "") continue;
    if (token.includes("{host}")) {
      if (!hostSlotUsed) for (const e of input.ensure) push(e.text);
      hostSlotUsed = true;
      continue;
    }
    push(token.replaceAll("{domain}", input.domain));
  }
  if (!items.some((i) => isAll(i.term))) push(input.recommendedAll);
  // "all" last, whatever the template says (RFC 7208 §4.6.2).
  const all = items.findIndex((i) => isAll(i.term));
  if (all >= 0 && all !== items.length - 1) items.push(...items.splice(all, 1));
  return { items, text: ["v=spf1", ...items.map((i) => i.text)].join(" ") };
}
