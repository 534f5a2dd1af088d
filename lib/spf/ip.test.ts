import { describe, expect, it } from "vitest";
import { clientAddress, dottedAddress, formatIp, inNetwork, parseIp, reverseName } from "@/lib/spf/ip";

const ip = (text: string) => {
  const parsed = parseIp(text);
  if (!parsed) throw new Error(text);
  return parsed;
};

describe("ip", () => {
  it("parses IPv4, IPv6 and embedded IPv4, and refuses the rest", () => {
    expect(ip("192.0.2.1").family).toBe(4);
    expect(Array.from(ip("::ffff:1.2.3.4").bytes.slice(10))).toEqual([0xff, 0xff, 1, 2, 3, 4]);
    expect(formatIp(ip("CAFE:BABE::192.168.218.40"))).toBe("cafe:babe::c0a8:da28");
    for (const bad of ["1.2.3", "1.2.3.4.5", "::1::", "fe80::1%eth0", "", "example.com"]) expect(parseIp(bad)).toBeNull();
  });

  it("treats IPv4-mapped IPv6 clients as IPv4 (RFC 7208 §5)", () => {
    expect(formatIp(clientAddress(ip("::FFFF:1.2.3.4")))).toBe("1.2.3.4");
    expect(clientAddress(ip("::1.2.3.4")).family).toBe(6);
  });

  it("matches networks by prefix, never across families", () => {
    expect(inNetwork(ip("192.0.2.130"), ip("192.0.2.0"), 25)).toBe(false);
    expect(inNetwork(ip("192.0.2.130"), ip("192.0.2.128"), 25)).toBe(true);
    expect(inNetwork(ip("1.2.3.4"), ip("0.0.0.0"), 0)).toBe(true);
    expect(inNetwork(ip("cafe:babe:8000::"), ip("cafe:babe:8000::"), 33)).toBe(true);
    expect(inNetwork(ip("1.2.3.4"), ip("::"), 0)).toBe(false);
  });

  it("writes reverse names and the %{i} form", () => {
    expect(reverseName(ip("192.0.2.3"))).toBe("3.2.0.192.in-addr.arpa");
    expect(reverseName(ip("2001:db8::1"))).toBe("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    expect(dottedAddress(ip("2001:db8::cb01"))).toBe("2.0.0.1.0.D.B.8.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.C.B.0.1");
  });

  it("formats IPv6 per RFC 5952", () => {
    expect(formatIp(ip("2001:0db8:0000:0000:0000:0000:0000:0001"))).toBe("2001:db8::1");
    expect(formatIp(ip("2001:db8:0:1:1:1:1:1"))).toBe("2001:db8:0:1:1:1:1:1");
    expect(formatIp(ip("2001:0:0:1:0:0:0:1"))).toBe("2001:0:0:1::1");
    expect(formatIp(ip("::"))).toBe("::");
  });
});
