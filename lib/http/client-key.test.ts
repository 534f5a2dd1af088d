import { describe, expect, it } from "vitest";
import { clientAddress, clientKey, normalizeAddress } from "@/lib/http/client-key";

const xff = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("TRUSTED_PROXY_HOPS=0: the address next start put there (the socket peer)", () => {
    // What `next start` sets when the request has no X-Forwarded-For of its own.
    expect(clientAddress(xff("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress(xff("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(xff(), 0)).toBeNull();
  });

  it("TRUSTED_PROXY_HOPS=1: the entry the proxy appended, whatever the client wrote before it", () => {
    expect(clientAddress(xff("203.0.113.7"), 1)).toBe("203.0.113.7");
    // The client sent "X-Forwarded-For: 1.1.1.1, 9.9.9.9"; the proxy appended its peer.
    expect(clientAddress(xff("1.1.1.1, 9.9.9.9, 198.51.100.20"), 1)).toBe("198.51.100.20");
  });

  it("TRUSTED_PROXY_HOPS=2: the second entry from the right (the outer proxy's peer)", () => {
    // client → CDN (appends client) → load balancer (appends CDN) → next start
    expect(clientAddress(xff("198.51.100.20, 192.0.2.10"), 2)).toBe("198.51.100.20");
    expect(clientAddress(xff("6.6.6.6, 198.51.100.20, 192.0.2.10"), 2)).toBe("198.51.100.20");
    // Fewer entries than proxies: the request skipped one; the leftmost is used.
    expect(clientAddress(xff("198.51.100.20"), 2)).toBe("198.51.100.20");
  });

  it("never lets spoofed entries to the left of the trusted ones change the key", () => {
    const keys = new Set(
      ["1.2.3.4", "5.6.7.8", "garbage", "2001:db8::1"].map((spoofed) => clientAddress(xff(`${spoofed}, 198.51.100.20`), 1)),
    );
    expect([...keys]).toEqual(["198.51.100.20"]);
  });

  it("answers null for an entry that is not an address (it then shares the 'unknown' key)", () => {
    expect(clientAddress(xff("not-an-ip"), 0)).toBeNull();
    expect(clientAddress(xff(" , "), 0)).toBeNull();
    expect(clientKey(clientAddress(xff("<script>"), 0))).toBe("unknown");
  });
});

describe("normalizeAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 203.0.113.7:51234 ", "203.0.113.7"],
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["[2001:DB8::1]:443", "2001:db8:0:0:0:0:0:1"],
    ["2001:db8::1%eth0", "2001:db8:0:0:0:0:0:1"],
    ["::1", "0:0:0:0:0:0:0:1"],
    ["64:ff9b::192.0.2.33", "64:ff9b:0:0:0:0:c000:221"],
    ['"198.51.100.1"', "198.51.100.1"],
    ["999.1.1.1", null],
    ["", null],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});

describe("clientKey", () => {
  it("keys IPv4 by address and IPv6 by /64, so one subscriber cannot rotate through its prefix", () => {
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey(normalizeAddress("2001:db8:1:2:aaaa::1"))).toBe("2001:db8:1:2::/64");
    expect(clientKey(normalizeAddress("2001:db8:1:2:bbbb::9"))).toBe("2001:db8:1:2::/64");
    expect(clientKey(normalizeAddress("2001:db8:1:3::1"))).toBe("2001:db8:1:3::/64");
    expect(clientKey(null)).toBe("unknown");
  });
});
