/** IPv4 / IPv6 literal checks without any I/O (no node:net, so the module stays framework-free). */

export function isIpv4(value: string): boolean {
  const parts = value.split(".");
  if (parts.length !== 4) return false;
  return parts.every((part) => /^(?:0|[1-9][0-9]{0,2})$/.test(part) && Number(part) <= 255);
}

/** RFC 4291 §2.2 text forms, including `::` compression and a trailing dotted IPv4. */
export function isIpv6(value: string): boolean {
  if (value.length > 45 || !/^[0-9A-Fa-f:.]+$/.test(value)) return false;
  const halves = value.split("::");
  if (halves.length > 2) return false;
  const groups = (half: string | undefined): string[] | null => {
    if (!half) return [];
    const parts = half.split(":");
    return parts.every((part) => part.length > 0) ? parts : null;
  };
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail) return false;
  const all = [...head, ...tail];
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const part = all[i] ?? "";
    if (part.includes(".")) {
      if (i !== all.length - 1 || !isIpv4(part)) return false;
      count += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(part)) {
      count += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? count < 8 : count === 8;
}

export function isIpAddress(value: string): boolean {
  return isIpv4(value) || isIpv6(value);
}

/**
 * Addresses that can never be the sending IP a receiver on the Internet saw: loopback, RFC 1918
 * private ranges, link-local, CGNAT, unspecified, IPv6 unique-local and link-local.
 */
export function isInternalIp(value: string): boolean {
  if (isIpv4(value)) {
    const [a = 0, b = 0] = value.split(".").map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168)
    );
  }
  const lower = value.toLowerCase();
  return lower === "::" || lower === "::1" || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
}
