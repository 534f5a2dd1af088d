import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DMARC_POLICIES, isDmarcRecordText, parseDmarcRecord, parseDmarcUri, type ParsedDmarc } from "@/lib/checks/parse-dmarc";

const kinds = (parsed: ParsedDmarc) => parsed.issues.map((issue) => issue.kind);

describe("parseDmarcRecord", () => {
  it("reads a full record with defaults for absent tags", () => {
    const parsed = parseDmarcRecord("v=DMARC1;p=reject ; sp = none;rua=mailto:a@example.jp!10m, mailto:b@example.net;");
    expect(parsed).toMatchObject({
      isDmarc: true,
      policy: "reject",
      subdomainPolicy: "none",
      policyValid: true,
      pct: 100,
      adkim: "r",
      aspf: "r",
      fo: ["0"],
      ri: 86400,
      rf: ["afrf"],
      issues: [],
    });
    expect(parsed.rua.map((u) => [u.address, u.maxSize])).toEqual([
      ["a@example.jp", "10m"],
      ["b@example.net", null],
    ]);
    expect(parsed.tags.map((t) => t.name)).toEqual(["v", "p", "sp", "rua"]);
  });

  it("accepts policy keywords without case and flags a lower-case version", () => {
    expect(parseDmarcRecord("v=DMARC1; p=Quarantine").policy).toBe("quarantine");
    const lower = parseDmarcRecord("v=dmarc1; p=none");
    expect(lower.isDmarc).toBe(true);
    expect(kinds(lower)).toEqual(["syntax"]);
  });

  it("requires v=DMARC1 first", () => {
    const later = parseDmarcRecord("p=none; v=DMARC1");
    expect(later.isDmarc).toBe(false);
    expect(later.looksLikeDmarc).toBe(true);
    expect(kinds(later)).toEqual(["syntax", "syntax"]);
    expect(parseDmarcRecord("v=spf1 -all")).toMatchObject({ isDmarc: false, looksLikeDmarc: false });
    expect(parseDmarcRecord("v=DMARC1 p=none").issues[0]?.message.en).toContain(`";"`);
  });

  it("reports a missing or invalid p= as no_policy, and an invalid sp= too", () => {
    expect(kinds(parseDmarcRecord("v=DMARC1"))).toEqual(["no_policy"]);
    expect(parseDmarcRecord("v=DMARC1; p=block")).toMatchObject({ policy: null, policyValid: false });
    expect(parseDmarcRecord("v=DMARC1; p=none; sp=x")).toMatchObject({ policy: "none", subdomainPolicy: null, policyValid: false });
  });

  it("validates pct, adkim, aspf, fo, rf and ri", () => {
    const parsed = parseDmarcRecord("v=DMARC1; p=none; pct=101; adkim=q; aspf=S; fo=0:x; rf=a f; ri=99999999999");
    expect(parsed.issues.map((i) => i.tag)).toEqual(["pct=101", "adkim=q", "fo=0:x", "rf=a f", "ri=99999999999"]);
    expect(parsed).toMatchObject({ pct: 100, adkim: "r", aspf: "s" });
    expect(parseDmarcRecord("v=DMARC1; p=none; pct=0; fo=1:d:s; ri=3600").issues).toEqual([]);
  });

  it("keeps the first of duplicated tags and reports the duplicate", () => {
    const parsed = parseDmarcRecord("v=DMARC1; p=none; p=reject");
    expect(parsed.policy).toBe("none");
    expect(parsed.issues).toMatchObject([{ kind: "syntax", tag: "p=reject" }]);
  });

  it("reports unknown tags and segments that are no tags", () => {
    expect(parseDmarcRecord("v=DMARC1; p=none; x-foo=1").issues).toMatchObject([{ kind: "syntax", tag: "x-foo=1" }]);
    expect(kinds(parseDmarcRecord("v=DMARC1; p=none; foo=1"))).toEqual(["unknown_tag"]);
    expect(kinds(parseDmarcRecord("v=DMARC1; p=none; hello"))).toEqual(["syntax"]);
  });
});

describe("parseDmarcUri", () => {
  it.each([
    ["mailto:dmarc@example.jp", true, "dmarc@example.jp", null],
    ["mailto:dmarc@Example.JP!20k", true, "dmarc@example.jp", "20k"],
    ["MAILTO:d%2Bx@example.jp", true, "d+x@example.jp", null],
    ["mailto:dmarc@example.jp?subject=x", true, "dmarc@example.jp", null],
    ["dmarc@example.jp", false, null, null],
    ["https://example.jp/report", false, null, null],
    ["mailto:%E0%A4%A", false, null, null],
    ["mailto:nobody", false, null, null],
    ["mailto:a@b!x", false, null, null],
  ])("%s", (raw, valid, address, maxSize) => {
    expect(parseDmarcUri(raw)).toMatchObject({ valid, address, maxSize });
  });
});

const FRAGMENTS = [
  "v=DMARC1", "v=dmarc1", "V = DMARC1", ";", "; ", " ", "\t", "\r\n", "=", "p=", "none", "reject", "quarantine", "sp=", "pct=", "0", "100", "101",
  "rua=", "ruf=", "mailto:", "a@example.jp", "!10m", ",", "adkim=", "aspf=", "r", "s", "fo=", "1:d", "ri=", "rf=", "afrf", "foo", "%", "%zz",
  "\"", "€", "\u0000", "😀", "\ud800", "@", "!", "v=DMARC1; p=none",
];
const dmarcish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(""));

function invariants(text: string, parsed: ParsedDmarc): void {
  expect(parsed.text).toBe(text);
  expect(parsed.isDmarc).toBe(isDmarcRecordText(text));
  if (parsed.isDmarc) expect(parsed.looksLikeDmarc).toBe(true);
  expect(parsed.pct).toBeGreaterThanOrEqual(0);
  expect(parsed.pct).toBeLessThanOrEqual(100);
  if (parsed.policy !== null) expect(DMARC_POLICIES).toContain(parsed.policy);
  expect(["r", "s"]).toContain(parsed.adkim);
  if (parsed.policyValid) expect(parsed.policy).not.toBeNull();
  for (const uri of [...parsed.rua, ...parsed.ruf]) if (uri.valid) expect(uri.address).toMatch(/^[^@]+@[^@]+$/);
  for (const issue of parsed.issues) {
    expect(issue.message.ja.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
  expect(() => JSON.stringify(parsed)).not.toThrow();
}

describe("parseDmarcRecord properties", () => {
  it("never throws and keeps its invariants on arbitrary text (5,000 cases)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => invariants(text, parseDmarcRecord(text))),
      { numRuns: 5000, seed: 7489 },
    );
  });

  it("never throws and keeps its invariants on DMARC-like text (5,000 cases)", () => {
    fc.assert(
      fc.property(dmarcish, (text) => invariants(text, parseDmarcRecord(text))),
      { numRuns: 5000, seed: 6663 },
    );
  });
});
