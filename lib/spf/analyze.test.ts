import { describe, expect, it } from "vitest";
import type { DnsAnswer, DnsClient, DnsStatus, RrType } from "@/lib/dns/types";
import type { FindingCode } from "@/lib/findings/codes";
import { analyzeSpf } from "@/lib/spf/analyze";
import type { SpfTreeNode, SpfTreeTerm } from "@/lib/spf/analyze-types";
import { DEEP_TREE, FINDINGS_ZONE, FOURTEEN_LOOKUPS } from "@/lib/spf/testing/fixtures";
import { buildZone, ZonedataClient } from "@/lib/spf/testing/zonedata-client";

const client = () => new ZonedataClient(buildZone({ ...FINDINGS_ZONE, ...FOURTEEN_LOOKUPS }));

/** Every term of the tree in evaluation order (include children right after the include). */
function flatten(node: SpfTreeNode | null, out: { domain: string; term: SpfTreeTerm }[] = []) {
  if (!node) return out;
  for (const term of node.terms) {
    out.push({ domain: node.domain, term });
    flatten(term.child, out);
  }
  return out;
}

describe("analyzeSpf findings", () => {
  const cases: { domain: string; ip?: string; code: FindingCode; term?: string; at?: string }[] = [
    { domain: "nospf.example", code: "spf.none" },
    { domain: "multi.example", code: "spf.multiple_records" },
    { domain: "syntax.example", code: "spf.syntax", term: "ip4:192.0.2.300" },
    { domain: "fourteen.example", code: "spf.lookup_limit", term: "a:h6.example", at: "p2.example" },
    { domain: "void.example", code: "spf.void_limit", term: "a:gone3.example" },
    { domain: "incnone.example", code: "spf.include_none", term: "include:nospf.example" },
    { domain: "loop-a.example", code: "spf.loop", term: "include:loop-a.example", at: "loop-b.example" },
    { domain: "allpass.example", code: "spf.all_pass", term: "+all" },
    { domain: "ptr.example", code: "spf.ptr", term: "ptr" },
    { domain: "redirign.example", code: "spf.redirect_ignored", term: "redirect=good.example" },
    { domain: "noall.example", code: "spf.no_all" },
    { domain: "dnserr.example", code: "spf.dns_error", term: "include:slow.example" },
    { domain: "good.example", ip: "203.0.113.5", code: "spf.not_authorized", term: "-all" },
    { domain: "near.example", code: "spf.lookup_near_limit" },
    { domain: "void.example", code: "spf.void_lookup", term: "a:gone1.example" },
    { domain: "redirnone.example", code: "spf.redirect_none", term: "redirect=nospf.example" },
    { domain: "incallpass.example", code: "spf.include_all_pass", term: "+all", at: "allpass.example" },
    { domain: "neutral.example", code: "spf.all_neutral", term: "?all" },
    { domain: "afterall.example", code: "spf.terms_after_all", term: "ip4:192.0.2.1" },
    { domain: "manymx.example", code: "spf.mx_too_many", term: "mx" },
    { domain: "long.example", code: "spf.record_too_long" },
    { domain: "localhost", code: "spf.invalid_domain" },
  ];

  it.each(cases)("$domain gives $code", async ({ domain, ip, code, term, at }) => {
    const analysis = await analyzeSpf({ domain, ip }, client());
    const finding = analysis.findings.find((f) => f.code === code);
    expect(finding, JSON.stringify(analysis.findings.map((f) => f.code))).toBeDefined();
    if (term) expect(finding?.term).toBe(term);
    expect(finding?.domain).toBe(at ?? domain);
    expect(finding?.message.ja).toMatch(/[ぁ-ん]/);
    expect(finding?.message.en.length).toBeGreaterThan(20);
  });

  it("gives no finding for a clean record, and pass for an authorized ip", async () => {
    const analysis = await analyzeSpf({ domain: "GOOD.example.", ip: "198.51.100.20" }, client());
    expect(analysis).toMatchObject({ domain: "good.example", result: "pass", findings: [], lookups: { count: 1, limit: 10, void: 0, voidLimit: 2 } });
    expect(analysis.records).toEqual(["v=spf1 ip4:192.0.2.0/24 include:_spf.provider.example -all"]);
  });

  it("reports the analysis truncated when the tree is larger than allowed", async () => {
    const analysis = await analyzeSpf({ domain: "fourteen.example" }, client(), { maxRecords: 2 });
    expect(analysis.findings.map((f) => f.code)).toContain("spf.analysis_truncated");
  });
});

describe("analyzeSpf tree", () => {
  it("shows all 14 lookups past the limit and marks the 11th", async () => {
    const analysis = await analyzeSpf({ domain: "fourteen.example", ip: "203.0.113.5" }, client());
    expect(analysis.check?.problem).toMatchObject({ code: "lookup_limit", domain: "p2.example", term: { text: "a:h6.example" } });
    expect(analysis.lookups).toMatchObject({ count: 14, limit: 10, limitExceededAt: { domain: "p2.example", term: "a:h6.example", index: 11 } });
    expect(analysis.result).toBe("permerror");
    const counted = flatten(analysis.tree).filter(({ term }) => term.lookups > 0);
    expect(counted.map(({ term }) => term.lookupIndexes[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(counted.map(({ term }) => term.text)).toEqual([
      "include:p1.example",
      "a:h1.example",
      "a:h2.example",
      "a:h3.example",
      "a:h4.example",
      "include:p2.example",
      "include:p3.example",
      "a:h7.example",
      "a:h8.example",
      "a:h5.example",
      "a:h6.example",
      "a",
      "mx",
      "a:h9.example",
    ]);
    expect(counted.filter(({ term }) => term.overLimit).map(({ term }) => term.text)).toEqual(["a:h6.example", "a", "mx", "a:h9.example"]);
    expect(analysis.tree?.lookups).toBe(14);
    expect(analysis.tree?.terms[1]?.child?.lookups).toBe(5);
    const mx = counted.find(({ term }) => term.mechanism === "mx")?.term;
    expect(mx).toMatchObject({ mxHosts: ["h1.example"], addressLookups: 1 });
  });

  it("counts void lookups in order and stops at a loop", async () => {
    const voids = await analyzeSpf({ domain: "void.example" }, client());
    expect(voids.lookups).toMatchObject({ count: 3, void: 3 });
    expect(voids.tree?.terms.map((t) => [t.voidLookups, t.voidIndex, t.dnsStatus])).toEqual([
      [1, 1, "nxdomain"],
      [1, 2, "nxdomain"],
      [1, 3, "nxdomain"],
      [0, undefined, undefined],
    ]);
    const loop = await analyzeSpf({ domain: "loop-a.example" }, client());
    const inner = loop.tree?.terms[0]?.child?.terms[0]?.child;
    expect(inner).toMatchObject({ domain: "loop-a.example", status: "loop" });
    expect(loop.lookups.count).toBe(2);
  });

  it("does not count exp=, unreachable terms or an ignored redirect (RFC 7208 §4.6.4, §6.1)", async () => {
    const zone = buildZone({
      "d.example": [{ TXT: "v=spf1 a:h.example -all include:x.example exp=why.example redirect=r.example" }],
      "h.example": [{ A: "192.0.2.1" }],
    });
    const analysis = await analyzeSpf({ domain: "d.example" }, new ZonedataClient(zone));
    expect(analysis.lookups.count).toBe(1);
    expect(analysis.tree?.terms.map((t) => [t.text, t.lookups, t.reachable])).toEqual([
      ["a:h.example", 1, true],
      ["-all", 0, true],
      ["include:x.example", 1, false],
      ["exp=why.example", 0, true],
      ["redirect=r.example", 1, false],
    ]);
  });

  it("expands a depth-3 tree in about depth round trips, asking each question once", async () => {
    const delay = 100;
    const dns = new ZonedataClient(buildZone(DEEP_TREE), { delayMs: delay });
    const started = performance.now();
    const analysis = await analyzeSpf({ domain: "root.example", ip: "203.0.113.9" }, dns);
    const elapsed = performance.now() - started;
    expect(analysis.lookups.count).toBe(10);
    expect(analysis.result).toBe("fail");
    const keys = dns.queries.map((q) => `${q.type} ${q.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(elapsed).toBeLessThan(6 * delay);
  });

  it("never throws on any DNS status", async () => {
    const statuses: DnsStatus[] = ["nxdomain", "nodata", "servfail", "refused", "timeout", "error"];
    for (const status of statuses) {
      const flaky: DnsClient = {
        async query<T extends RrType>(name: string, type: T): Promise<DnsAnswer<T>> {
          if (name === "d.example" && type === "TXT") {
            return { question: { name, type }, status: "ok", records: [{ name, type, ttl: 60, data: ["v=spf1 include:x.example a mx ptr exists:%{i}.x.example -all"] as never }], cnameChain: [], ttl: 60, authoritative: false, fromCache: false, elapsedMs: 0 };
          }
          return { question: { name, type }, status, records: [], cnameChain: [], ttl: 0, authoritative: false, fromCache: false, elapsedMs: 0 };
        },
      };
      const analysis = await analyzeSpf({ domain: "d.example", ip: "192.0.2.1" }, flaky);
      expect(analysis.tree?.status).toBe("ok");
      if (status !== "nxdomain" && status !== "nodata") {
        expect(analysis.result).toBe("temperror");
        expect(analysis.findings.map((f) => f.code)).toContain("spf.dns_error");
      } else {
        expect(analysis.result).toBe("permerror");
      }
    }
  });
});
