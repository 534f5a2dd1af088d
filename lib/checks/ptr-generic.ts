import type { IpAddress } from "@/lib/spf/ip";

/**
 * Words ISPs put in the reverse names of dial-up, DSL, cable, FTTH and pool addresses. A
 * receiver that sees one (or the address spelled out in the name) takes the sender for a home
 * connection rather than a mail server. Matched as whole words, digits allowed next to them.
 */
const GENERIC_WORDS = [
  "dyn", "dynamic", "dhcp", "pool", "dsl", "adsl", "vdsl", "xdsl", "ppp", "pppoe", "dialup", "dial", "cable",
  "broadband", "client", "customer", "cust", "ipngn", "ftth", "catv", "unassigned", "nat",
];
const GENERIC_WORD = new RegExp(`(?:^|[^a-z])(?:${GENERIC_WORDS.join("|")})(?=$|[^a-z])`);

/** `needle` occurs in `haystack` as consecutive elements. */
function containsRun(haystack: number[], needle: number[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((value, j) => haystack[i + j] === value)) return true;
  }
  return false;
}

function spellsIpv4(name: string, bytes: number[]): boolean {
  const numbers = name.split(/[^0-9]+/).filter(Boolean).map(Number);
  if (containsRun(numbers, bytes) || containsRun(numbers, [...bytes].reverse())) return true;
  const padded = bytes.map((b) => String(b).padStart(3, "0")).join("");
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
  return name.includes(padded) || name.includes(hex);
}

function spellsIpv6(name: string, bytes: number[]): boolean {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  const tokens = name.split(/[^0-9a-f]+/).filter(Boolean).map((t) => (/^[0-9a-f]{1,4}$/.test(t) ? parseInt(t, 16) : -1));
  const tail = groups.slice(4);
  return tail.some((g) => g !== 0) && containsRun(tokens, tail);
}

/**
 * A PTR name that looks generic or dynamic: it spells out the address (203-0-113-5…,
 * 5.113.0.203…, 203000113005, cb007105) or carries an ISP word such as "dsl", "dyn" or "pool".
 * A heuristic for an info finding only; it never decides pass or fail.
 */
export function looksGenericPtr(name: string, ip: IpAddress): boolean {
  const lower = name.toLowerCase();
  if (GENERIC_WORD.test(lower)) return true;
  const bytes = Array.from(ip.bytes);
  return ip.family === 4 ? spellsIpv4(lower, bytes) : spellsIpv6(lower, bytes);
}
