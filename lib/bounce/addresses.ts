/**
 * Mail addresses and host names as they appear in reports: `rfc822; a@b` (RFC 3464 §2.1.2
 * address-type), `<a@b>`, `"Name" <a@b>`, trailing dots on host names.
 */

const ADDRESS_EXACT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$/;
const LOCAL_CHAR = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const DOMAIN = /^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?)+$/;

/** The first mail address in a header or field value, lower-cased; `null` when there is none. */
export function extractAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.slice(0, 1_000);
  const angle = /<([^<>\s]{3,320})>/.exec(text);
  if (angle?.[1] && ADDRESS_EXACT.test(angle[1])) return trimDots(angle[1]).toLowerCase();
  // Grow outwards from each "@" instead of a search regex, which would backtrack at every offset.
  let tries = 0;
  for (let at = text.indexOf("@"); at !== -1 && tries < 20; at = text.indexOf("@", at + 1), tries++) {
    let left = at;
    while (left > 0 && at - left < 64 && LOCAL_CHAR.test(text.charAt(left - 1))) left--;
    let right = at + 1;
    while (right < text.length && right - at <= 255 && DOMAIN_CHAR.test(text.charAt(right))) right++;
    const found = trimDots(text.slice(left, right)).replace(/-+$/, "");
    if (ADDRESS_EXACT.test(found)) return found.toLowerCase();
  }
  return null;
}

export function isAddress(value: string): boolean {
  return ADDRESS_EXACT.test(value);
}

/** An RFC 3464 address field (`rfc822; a@b`): the address, or the raw value when it is not one. */
export function addressFromField(value: string | null | undefined): string | null {
  if (!value) return null;
  const semicolon = value.indexOf(";");
  const raw = (semicolon >= 0 ? value.slice(semicolon + 1) : value).trim();
  return extractAddress(raw) ?? (raw ? raw.slice(0, 320) : null);
}

export function domainOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  return at >= 0 ? normalizeDomain(address.slice(at + 1)) : null;
}

/** Lower-cases, strips surrounding brackets and a trailing dot; `null` unless it is a host name. */
export function normalizeDomain(value: string | null | undefined): string | null {
  if (!value) return null;
  const host = trimDots(value.trim().replace(/^[[<("']+|[\]>)"',;:]+$/g, "")).toLowerCase();
  // A top-level label is never all digits, so this also keeps IPv4 literals out.
  return host.length <= 253 && DOMAIN.test(host) && !/\.[0-9]+$/.test(host) ? host : null;
}

/**
 * Whether two domains belong together: equal, or one a sub-domain of the other. A coarse stand-in
 * for the organizational-domain comparison of RFC 7489 §3.2, good enough to tell "your own
 * domain" from "someone else's".
 */
export function sameOrganization(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function trimDots(value: string): string {
  return value.replace(/^\.+|\.+$/g, "");
}
