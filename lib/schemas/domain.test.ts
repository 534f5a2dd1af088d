import { describe, expect, it } from "vitest";
import { domainSchema, ipSchema, mailboxSchema, readDomain } from "@/lib/schemas/domain";

describe("readDomain", () => {
  it.each([
    ["example.jp", "example.jp"],
    ["  EXAMPLE.JP.  ", "example.jp"],
    ["taro@example.jp", "example.jp"],
    ["<Taro@Mail.Example.JP>", "mail.example.jp"],
    ["mailto:info@example.co.jp", "example.co.jp"],
    ["https://www.example.jp/contact?x=1", "www.example.jp"],
    ["example.jp/path", "example.jp"],
    ["example.jp:8080", "example.jp"],
    ["ｅｘａｍｐｌｅ。ｊｐ", "example.jp"],
    ["「example.jp」", "example.jp"],
    ["日本語.jp", "xn--wgv71a119e.jp"],
    ["_dmarc-like.example.jp", null],
  ])("reads %s", (input, expected) => {
    const reading = readDomain(input);
    if (expected === null) expect(reading.ok).toBe(false);
    else expect(reading).toEqual({ ok: true, domain: expected });
  });

  it.each([
    ["", "domain.required"],
    ["   ", "domain.required"],
    ["localhost", "domain.single_label"],
    ["203.0.113.5", "domain.ip"],
    ["[2001:db8::1]", "domain.ip"],
    ["exa mple.jp", "domain.invalid"],
    ["-bad.example.jp", "domain.invalid"],
    ["example.123", "domain.invalid"],
    [`${"a".repeat(64)}.jp`, "domain.too_long"],
  ])("rejects %j with %s", (input, error) => {
    expect(readDomain(input)).toEqual({ ok: false, error });
  });
});

describe("shared field schemas", () => {
  it("yield the normalised value or a message key", () => {
    expect(domainSchema.parse("Taro@Example.JP")).toBe("example.jp");
    expect(domainSchema.safeParse("localhost").error?.issues[0]?.message).toBe("domain.single_label");
    expect(ipSchema.parse(" [203.0.113.25] ")).toBe("203.0.113.25");
    expect(ipSchema.parse("IPv6:2001:db8::25")).toBe("2001:db8::25");
    expect(ipSchema.safeParse("203.0.113.256").error?.issues[0]?.message).toBe("ip.invalid");
    expect(mailboxSchema.parse("<Taro@Example.JP>")).toBe("Taro@example.jp");
    expect(mailboxSchema.safeParse("example.jp").error?.issues[0]?.message).toBe("email.invalid");
  });
});
