import { isIP } from "node:net";

/**
 * Who is asking, for the rate limit. A route handler never sees the TCP peer: `next start` copies
 * the socket's address into `X-Forwarded-For` only when the request has no such header, and
 * otherwise passes the header on untouched without appending the peer (next/dist/server/base-server.js:
 * `req.headers['x-forwarded-for'] ??= socket.remoteAddress`). So:
 *
 * - no proxy (`TRUSTED_PROXY_HOPS=0`): the header holds the peer — unless the client sent its own,
 *   which then cannot be told apart. Exposed directly, a client can pick its own key; put a proxy
 *   in front (one that overwrites or appends) for a limit that holds.
 * - N proxies: each appends the address it received from, and the last one's own peer is not
 *   added by Next, so the client as seen by the outermost trusted proxy is the N-th entry from the
 *   right. Entries further left were written by the client and are never used.
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string | null {
  const header = headers.get("x-forwarded-for");
  if (!header) return null;
  const entries = header
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return null;
  // Fewer entries than proxies: the request skipped some of them; the leftmost is the nearest guess.
  const index = Math.max(entries.length - Math.max(trustedProxyHops, 1), 0);
  return normalizeAddress(entries[index] ?? "");
}

/** An address as written in X-Forwarded-For (`203.0.113.7:5123`, `[2001:db8::1]:443`, `::ffff:127.0.0.1`) in canonical form, or null. */
export function normalizeAddress(raw: string): string | null {
  let text = raw.trim().replace(/^"|"$/g, "");
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1] ?? "";
  else if (/^[0-9.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  text = text.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (mapped) text = mapped[1] ?? "";
  const version = isIP(text);
  if (version === 4) return text;
  if (version === 6) return ipv6Groups(text).map((group) => group.toString(16)).join(":");
  return null;
}

/** The eight 16-bit groups of a valid IPv6 address (a trailing dotted quad included). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((group) => Number.parseInt(group, 16)));
  const gap = text.indexOf("::");
  if (gap === -1) return parse(text);
  const head = parse(text.slice(0, gap));
  const tail = parse(text.slice(gap + 2));
  return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
}

/**
 * The rate-limit key of a client address: IPv4 addresses as they are; IPv6 addresses by their /64,
 * because one subscriber usually holds a whole /64 and could otherwise take a new address per request.
 */
export function clientKey(address: string | null): string {
  if (address === null) return "unknown";
  if (!address.includes(":")) return address;
  const groups = address.split(":").slice(0, 4);
  return `${groups.join(":")}::/64`;
}
