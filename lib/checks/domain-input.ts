import { getDomain } from "tldts";
import { normalizeName } from "@/lib/dns/names";
import { normalizeDomain } from "@/lib/spf/domain-name";

/**
 * The domain a check looks at, from what the customer typed: an e-mail address stands for its
 * domain; upper case, a trailing dot and Unicode (turned into A-labels) are fine.
 */
export function checkDomain(input: string): string {
  const trimmed = input.trim();
  return normalizeName(normalizeDomain(trimmed.slice(trimmed.lastIndexOf("@") + 1)));
}

/**
 * The Organizational Domain of RFC 7489 §3.2: the public suffix (from the Public Suffix List,
 * through tldts) plus one label, e.g. `example.co.jp` for `mail.example.co.jp`, never `co.jp`.
 * The list's private section counts too, so each customer of a shared suffix such as
 * `sakura.ne.jp` or `github.io` is its own organization, as the PSL means it. A name that is
 * itself a public suffix, or that the list cannot place, is its own organizational domain.
 */
export function organizationalDomain(domain: string): string {
  const name = normalizeName(domain);
  const org = getDomain(name, { allowPrivateDomains: true, validateHostname: false });
  return org ? normalizeName(org) : name;
}
