import { describe, expect, it } from "vitest";
import { addressFromField, domainOf, extractAddress, normalizeDomain, sameOrganization } from "@/lib/bounce/addresses";
import { isInternalIp, isIpv4, isIpv6 } from "@/lib/bounce/ip-address";

describe("addresses", () => {
  it.each([
    ['"Yamada, Taro" <Taro@Example.JP>', "taro@example.jp"],
    ["rfc822; hanako@example.com", "hanako@example.com"],
    ["<hanako@example.com>: host x said:", "hanako@example.com"],
    ["delivered to hanako@example.com.", "hanako@example.com"],
    ["no address here", null],
    ["@@@", null],
  ])("extractAddress(%s)", (value, expected) => {
    expect(extractAddress(value)).toBe(expected);
  });

  it("keeps a non-address RFC 3464 value as written", () => {
    expect(addressFromField("rfc822; undisclosed")).toBe("undisclosed");
  });

  it("normalises host names and refuses IP literals as domains", () => {
    expect(normalizeDomain("[Mail.Example.JP.]")).toBe("mail.example.jp");
    expect(normalizeDomain("192.0.2.1")).toBeNull();
    expect(domainOf("a@Example.jp")).toBe("example.jp");
    expect(sameOrganization("mail.example.jp", "example.jp")).toBe(true);
    expect(sameOrganization("example.com", "example.jp")).toBe(false);
  });
});

describe("IP literals", () => {
  it.each(["192.0.2.1", "203.0.113.255"])("IPv4 %s", (value) => expect(isIpv4(value)).toBe(true));
  it.each(["192.0.2", "256.1.1.1", "01.2.3.4", "1.2.3.4.5"])("not IPv4 %s", (value) => expect(isIpv4(value)).toBe(false));
  it.each(["2001:db8::1", "::1", "2001:db8:0:0:0:0:0:1", "::ffff:192.0.2.1", "2404:6800:4008:c05::1a"])("IPv6 %s", (value) => expect(isIpv6(value)).toBe(true));
  it.each(["2401:2500:102:3032:192.0.2.222", "1::2::3", "12345::1", "2001:db8:0:0:0:0:0:0:1", "abc"])("not IPv6 %s", (value) => expect(isIpv6(value)).toBe(false));
  it("knows internal ranges", () => {
    expect(["10.1.2.3", "127.0.0.1", "172.16.0.1", "192.168.1.1", "100.64.0.1", "::1", "fd00::1", "fe80::1"].every(isInternalIp)).toBe(true);
    expect(["192.0.2.1", "203.0.113.25", "2001:db8::1"].some(isInternalIp)).toBe(false);
  });
});
