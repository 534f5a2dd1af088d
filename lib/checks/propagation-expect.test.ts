import { describe, expect, it } from "vitest";
import { describeExpectation, matchesExpectation, normalizeValue, recordValue } from "@/lib/checks/propagation-expect";

describe("recordValue", () => {
  it("writes each record type as text", () => {
    expect(recordValue({ name: "a", type: "TXT", ttl: 1, data: ["v=spf1 ", "-all"] })).toBe("v=spf1 -all");
    expect(recordValue({ name: "a", type: "MX", ttl: 1, data: { preference: 0, exchange: "" } })).toBe("0 .");
    expect(recordValue({ name: "a", type: "AAAA", ttl: 1, data: "2001:DB8:0:0:0:0:0:1" })).toBe("2001:db8::1");
    expect(recordValue({ name: "a", type: "CNAME", ttl: 1, data: "Target.Example." })).toBe("target.example");
  });
});

describe("matchesExpectation", () => {
  const spf = ["v=spf1 a:www1.example.jp ~all", "google-site-verification=abc"];
  it("compares with whitespace collapsed, case kept for TXT unless asked", () => {
    expect(matchesExpectation("TXT", spf, "  v=spf1  a:www1.example.jp ~all ")).toBe(true);
    expect(matchesExpectation("TXT", spf, "V=SPF1 A:WWW1.EXAMPLE.JP ~ALL")).toBe(false);
    expect(matchesExpectation("TXT", spf, { equals: "V=SPF1 A:WWW1.EXAMPLE.JP ~ALL", ignoreCase: true })).toBe(true);
  });

  it("checks terms, substrings, absence and predicates", () => {
    expect(matchesExpectation("TXT", spf, { term: "A:www1.example.jp" })).toBe(true);
    expect(matchesExpectation("TXT", spf, { term: "a:www1" })).toBe(false);
    expect(matchesExpectation("TXT", spf, { contains: "www1" })).toBe(true);
    expect(matchesExpectation("TXT", [], { absent: true })).toBe(true);
    expect(matchesExpectation("TXT", spf, { absent: true })).toBe(false);
    expect(matchesExpectation("TXT", spf, (values) => values.length === 2)).toBe(true);
  });

  it("requires the expected record to be the only one with exclusivePrefix", () => {
    const expected = { equals: "v=spf1 a:www1.example.jp ~all", exclusivePrefix: "v=spf1" };
    expect(matchesExpectation("TXT", spf, expected)).toBe(true);
    expect(matchesExpectation("TXT", [...spf, "v=spf1 -all"], expected)).toBe(false);
  });

  it("compares host names and addresses in canonical form", () => {
    expect(normalizeValue("MX", "10 MX.Example.JP.")).toBe("10 mx.example.jp");
    expect(matchesExpectation("AAAA", ["2001:db8::1"], "2001:0DB8::0:1")).toBe(true);
    expect(matchesExpectation("CNAME", ["dkim.provider.example"], "DKIM.Provider.Example.")).toBe(true);
  });

  it("describes expectations for the result details", () => {
    expect(describeExpectation(undefined)).toBeNull();
    expect(describeExpectation({ term: "a:x" })).toBe('has term "a:x"');
    expect(describeExpectation({ equals: "x", exclusivePrefix: "v=spf1" })).toBe('equals "x" (only record starting with "v=spf1")');
    expect(describeExpectation(() => true)).toBe("custom");
  });
});
