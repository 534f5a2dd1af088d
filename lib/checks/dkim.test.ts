import { describe, expect, it } from "vitest";
import { checkDkim } from "@/lib/checks/dkim";
import { fixtureDnsForFile } from "@/lib/checks/testing/fixture-dns";
import { testKeys } from "@/lib/checks/testing/keys";
import { checkZones } from "@/lib/checks/testing/zones";

const dns = fixtureDnsForFile(checkZones);
const codes = (result: { findings: { code: string }[] }) => result.findings.map((f) => f.code);

describe("checkDkim per selector", () => {
  const cases: [string, string, string[], { keyType?: string | null; bits?: number | null }?][] = [
    ["s2048", "ok", [], { keyType: "rsa", bits: 2048 }],
    ["pkcs1", "ok", [], { keyType: "rsa", bits: 2048 }],
    ["spaced", "ok", [], { bits: 2048 }],
    ["s1024", "warning", ["dkim.key_weak"], { bits: 1024 }],
    ["s512", "error", ["dkim.key_too_short"], { bits: 512 }],
    ["ed", "ok", ["dkim.ed25519"], { keyType: "ed25519", bits: 256 }],
    ["edspki", "error", ["dkim.key_unreadable"], { keyType: "ed25519", bits: null }],
    ["revoked", "error", ["dkim.revoked"], { bits: null }],
    ["testing", "warning", ["dkim.testing"], { bits: 2048 }],
    ["syntax", "error", ["dkim.syntax"], { bits: 2048 }],
    ["sha1", "error", ["dkim.sha1_only"]],
    ["garbage", "error", ["dkim.key_unreadable"]],
    ["notakey", "error", ["dkim.key_unreadable"]],
    ["mismatch", "error", ["dkim.key_unreadable"]],
    ["multi", "warning", ["dkim.multiple_records"], { bits: 2048 }],
    ["missing", "warning", ["dkim.none"], { keyType: null }],
    ["servfail", "unknown", ["dkim.dns_error"]],
    ["slow", "unknown", ["dkim.dns_error"]],
  ];

  it.each(cases)("%s → %s %j", async (selector, status, expected, details = {}) => {
    const result = await checkDkim("dkim.example", [selector], dns.client());
    expect(result.status).toBe(status);
    expect(codes(result)).toEqual(expected);
    const entry = result.selectors[0];
    expect(entry).toMatchObject({ selector, source: "input", name: `${selector}._domainkey.dkim.example`, status, ...details });
    for (const finding of result.findings) {
      expect(finding.domain).toBe(`${selector}._domainkey.dkim.example`);
      expect(finding.message.ja).toMatch(/[ぁ-ん]/);
    }
  });

  it("keeps the record and the testing flag", async () => {
    const [entry] = (await checkDkim("dkim.example", ["testing"], dns.client())).selectors;
    expect(entry).toMatchObject({ testing: true, record: `v=DKIM1; t=y; p=${testKeys().rsa2048}`, dnsStatus: "ok", cnameChain: [] });
  });

  it("follows a CNAME to the provider's key", async () => {
    const result = await checkDkim("dkim.example", [{ selector: "delegated", source: "profile" }], dns.client());
    expect(result.status).toBe("ok");
    expect(result.selectors[0]).toMatchObject({ status: "ok", bits: 2048, cnameChain: ["delegated.dkim.provider.test"] });
  });

  it("names the CNAME target when it holds no key", async () => {
    const result = await checkDkim("dkim.example", [{ selector: "dangling", source: "signature" }], dns.client());
    expect(codes(result)).toEqual(["dkim.none"]);
    expect(result.findings[0]?.message.ja).toContain("gone.dkim.provider.test");
    expect(result.findings[0]?.message.en).toContain("Mail signed with this selector fails DKIM");
  });

  it("rejects a malformed selector without querying", async () => {
    const result = await checkDkim("dkim.example", ["bad selector!"], dns.client());
    expect(result.selectors[0]).toMatchObject({ status: "error", dnsStatus: null });
    expect(codes(result)).toEqual(["dkim.syntax"]);
  });
});

describe("checkDkim over several selectors", () => {
  it("is skipped, with an explanation, when no selector is known", async () => {
    const result = await checkDkim("dkim.example", [], dns.client());
    expect(result).toMatchObject({ status: "skipped", domain: "dkim.example", selectors: [] });
    expect(codes(result)).toEqual(["dkim.no_selector"]);
    expect(result.findings[0]?.message.ja).toContain("s=");
  });

  it("drops missing guessed selectors once one key works", async () => {
    const result = await checkDkim(
      "DKIM.example.",
      [
        { selector: "default", source: "profile" },
        { selector: "s2048", source: "profile" },
      ],
      dns.client(),
    );
    expect(result.status).toBe("ok");
    expect(result.findings).toEqual([]);
    expect(result.selectors.map((s) => [s.selector, s.status])).toEqual([
      ["default", "warning"],
      ["s2048", "ok"],
    ]);
  });

  it("keeps problems of the selector the mail was signed with", async () => {
    const result = await checkDkim(
      "dkim.example",
      [
        { selector: "revoked", source: "signature" },
        { selector: "s2048", source: "profile" },
      ],
      dns.client(),
    );
    expect(result.status).toBe("error");
    expect(codes(result)).toEqual(["dkim.revoked"]);
  });

  it("deduplicates selectors, cleans their spelling and keeps the first source", async () => {
    const result = await checkDkim(
      "dkim.example",
      [{ selector: " S2048 ", source: "signature" }, "s2048._domainkey.dkim.example", { selector: "s2048", source: "profile" }],
      dns.client(),
    );
    expect(result.selectors.map((s) => [s.selector, s.source])).toEqual([["s2048", "signature"]]);
  });

  it("bounds the number of selectors looked up", async () => {
    const many = Array.from({ length: 20 }, (_, i) => `x${i}`);
    expect((await checkDkim("dkim.example", many, dns.client(), { maxSelectors: 3 })).selectors).toHaveLength(3);
  });

  it("produces plain JSON", async () => {
    const result = await checkDkim("dkim.example", ["s1024", "delegated"], dns.client());
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
