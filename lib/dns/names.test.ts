import { describe, expect, it } from "vitest";
import { checkName, isSubdomain, normalizeName, parentName, reverseName } from "@/lib/dns/names";

describe("normalizeName", () => {
  it("lower-cases and drops one trailing dot", () => {
    expect(normalizeName("Mail.Example.JP.")).toBe("mail.example.jp");
    expect(normalizeName("example.jp")).toBe("example.jp");
    expect(normalizeName(".")).toBe("");
  });
});

describe("checkName", () => {
  it("accepts underscores and other non-LDH printable characters", () => {
    expect(checkName("_dmarc.Example.jp")).toEqual({ ok: true, name: "_dmarc.example.jp" });
    expect(checkName("s1._domainkey.example.jp.").ok).toBe(true);
  });

  it.each([
    ["", "empty name"],
    [".", "empty name"],
    ["a..example.jp", "empty label"],
    [".example.jp", "empty label"],
    [`${"a".repeat(64)}.example.jp`, "label longer than 63 octets"],
    [Array(5).fill("a".repeat(60)).join("."), "name longer than 253 characters"],
    ["bad name.example.jp", "label with a character outside printable ASCII"],
    ["\u00efgarbage.example.net", "label with a character outside printable ASCII"],
  ])("rejects %j (%s)", (name, reason) => {
    expect(checkName(name)).toMatchObject({ ok: false, reason });
  });

  it("accepts the limits themselves", () => {
    expect(checkName(`${"a".repeat(63)}.example.jp`).ok).toBe(true);
    const name = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}`;
    expect(name).toHaveLength(253);
    expect(checkName(name).ok).toBe(true);
  });
});

describe("tree helpers", () => {
  it("walks up and compares names", () => {
    expect(parentName("a.example.jp")).toBe("example.jp");
    expect(parentName("jp")).toBeNull();
    expect(isSubdomain("a.example.jp", "example.jp")).toBe(true);
    expect(isSubdomain("example.jp", "example.jp")).toBe(true);
    expect(isSubdomain("badexample.jp", "example.jp")).toBe(false);
  });
});

describe("reverseName", () => {
  it("builds in-addr.arpa names", () => {
    expect(reverseName("192.0.2.1")).toBe("1.2.0.192.in-addr.arpa");
  });

  it("builds nibble ip6.arpa names", () => {
    expect(reverseName("2001:db8::1")).toBe("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    expect(reverseName("CAFE:BABE::1")).toBe("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.e.b.a.b.e.f.a.c.ip6.arpa");
    expect(reverseName("::")).toBe(`${"0.".repeat(32)}ip6.arpa`);
    expect(reverseName("2001:db8:0:0:1:2:3:4")).toBe("4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
  });

  it("keeps an embedded IPv4 tail as its two groups", () => {
    expect(reverseName("::ffff:192.0.2.1")).toBe(`1.0.2.0.0.0.0.c.f.f.f.f.${"0.".repeat(20)}ip6.arpa`);
  });

  it("throws for something that is not an address", () => {
    expect(() => reverseName("example.jp")).toThrow(TypeError);
  });
});
