import { isIPv4, isIPv6 } from "node:net";

/** An IP address as bytes: 4 for IPv4, 16 for IPv6. */
export interface IpAddress {
  family: 4 | 6;
  bytes: Uint8Array;
}

function parseIpv4Bytes(text: string): Uint8Array | null {
  if (!isIPv4(text)) return null;
  const parts = text.split(".").map(Number);
  return parts.length === 4 ? Uint8Array.from(parts) : null;
}

function parseIpv6Bytes(text: string): Uint8Array | null {
  // A zone index names an interface of this host, it is no part of an address.
  if (text.includes("%") || !isIPv6(text)) return null;
  let head = text;
  const tailBytes: number[] = [];
  const lastColon = text.lastIndexOf(":");
  if (text.slice(lastColon + 1).includes(".")) {
    const v4 = parseIpv4Bytes(text.slice(lastColon + 1));
    if (!v4) return null;
    tailBytes.push(...v4);
    head = text.slice(0, lastColon + 1);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const halves = head.split("::");
  if (halves.length > 2) return null;
  const groups = (part: string | undefined) => (part ? part.split(":").filter((g) => g !== "") : []);
  const left = groups(halves[0]);
  const right = groups(halves[1]);
  const wanted = 8 - tailBytes.length / 2;
  const missing = wanted - left.length - right.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const all = [...left, ...Array<string>(missing).fill("0"), ...right];
  const bytes = new Uint8Array(16);
  all.forEach((group, i) => {
    const value = parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  });
  bytes.set(tailBytes, 16 - tailBytes.length);
  return bytes;
}

/** Parses an IPv4 or IPv6 address (RFC 4291 §2.2 text forms); null when it is not one. */
export function parseIp(text: string): IpAddress | null {
  const trimmed = text.trim();
  const v4 = parseIpv4Bytes(trimmed);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseIpv6Bytes(trimmed);
  return v6 ? { family: 6, bytes: v6 } : null;
}

/**
 * The address SPF evaluates: an IPv4-mapped IPv6 address (::ffff:0:0/96) is an IPv4 client
 * (RFC 7208 §5, "IPv4-mapped IPv6 addresses ... MUST still be considered an IPv4 address").
 */
export function clientAddress(ip: IpAddress): IpAddress {
  if (ip.family === 6 && ip.bytes.slice(0, 10).every((b) => b === 0) && ip.bytes[10] === 0xff && ip.bytes[11] === 0xff) {
    return { family: 4, bytes: ip.bytes.slice(12) };
  }
  return ip;
}

/** True when `ip` is inside `network`/`prefix`; addresses of different families never match. */
export function inNetwork(ip: IpAddress, network: IpAddress, prefix: number): boolean {
  if (ip.family !== network.family) return false;
  const bits = Math.max(0, Math.min(prefix, ip.bytes.length * 8));
  const whole = Math.floor(bits / 8);
  for (let i = 0; i < whole; i++) if (ip.bytes[i] !== network.bytes[i]) return false;
  const rest = bits % 8;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return ((ip.bytes[whole] ?? 0) & mask) === ((network.bytes[whole] ?? 0) & mask);
}

export function sameAddress(a: IpAddress, b: IpAddress): boolean {
  return inNetwork(a, b, a.bytes.length * 8);
}

function nibbles(ip: IpAddress): string[] {
  return Array.from(ip.bytes).flatMap((b) => [(b >> 4).toString(16), (b & 0xf).toString(16)]);
}

/** The name of the PTR query for `ip` (RFC 1035 §3.5, RFC 3596 §2.5). */
export function reverseName(ip: IpAddress): string {
  if (ip.family === 4) return `${Array.from(ip.bytes).reverse().join(".")}.in-addr.arpa`;
  return `${nibbles(ip).reverse().join(".")}.ip6.arpa`;
}

/** The %{i} value: dotted quad, or dot-separated nibbles for IPv6 written upper case as in RFC 7208 §7.4. */
export function dottedAddress(ip: IpAddress): string {
  if (ip.family === 4) return Array.from(ip.bytes).join(".");
  return nibbles(ip).join(".").toUpperCase();
}

/** Conventional text form: dotted quad, or RFC 5952 compressed lower-case IPv6 (the %{c} value). */
export function formatIp(ip: IpAddress): string {
  if (ip.family === 4) return Array.from(ip.bytes).join(".");
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((ip.bytes[i] ?? 0) << 8) | (ip.bytes[i + 1] ?? 0));
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  // RFC 5952 §4.2.2: a single zero group is not shortened.
  if (bestLength < 2) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
