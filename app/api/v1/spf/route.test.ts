import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FixtureZones } from "@/lib/dns/fixture-server/entries";
import type { FindingCode } from "@/lib/findings/codes";
import { startRouteEnv, type RouteEnv } from "@/lib/http/testing/route-env";
import { FINDINGS_ZONE, FOURTEEN_LOOKUPS } from "@/lib/spf/testing/fixtures";
import { GET } from "./route";

let env: RouteEnv;
beforeAll(async () => {
  env = await startRouteEnv(
    {
      ...(FINDINGS_ZONE as FixtureZones),
      ...(FOURTEEN_LOOKUPS as FixtureZones),
      "xn--y8j073k.xn--zckzah": [{ TXT: "v=spf1 ip4:192.0.2.0/24 -all" }],
    },
    { DNS_TIMEOUT_MS: "300" },
  );
});
afterAll(() => env.stop());

async function get(query: string, headers: HeadersInit = {}) {
  const response = await GET(new Request(`http://todoku.test/api/v1/spf?${query}`, { headers }));
  return { status: response.status, body: await response.json() };
}

describe("GET /api/v1/spf", () => {
  const required: { domain: string; code: FindingCode; ip?: string; term?: string }[] = [
    { domain: "nospf.example", code: "spf.none" },
    { domain: "multi.example", code: "spf.multiple_records" },
    { domain: "syntax.example", code: "spf.syntax", term: "ip4:192.0.2.300" },
    { domain: "fourteen.example", code: "spf.lookup_limit", term: "a:h6.example" },
    { domain: "void.example", code: "spf.void_limit", term: "a:gone3.example" },
    { domain: "incnone.example", code: "spf.include_none", term: "include:nospf.example" },
    { domain: "loop-a.example", code: "spf.loop" },
    { domain: "allpass.example", code: "spf.all_pass", term: "+all" },
    { domain: "ptr.example", code: "spf.ptr", term: "ptr" },
    { domain: "redirign.example", code: "spf.redirect_ignored", term: "redirect=good.example" },
    { domain: "noall.example", code: "spf.no_all" },
    { domain: "dnserr.example", code: "spf.dns_error", term: "include:slow.example" },
    { domain: "good.example", code: "spf.not_authorized", ip: "203.0.113.5", term: "-all" },
  ];

  it.each(required)("reports $code for $domain over real DNS", async ({ domain, code, ip, term }) => {
    const { status, body } = await get(`domain=${domain}${ip ? `&ip=${ip}` : ""}`);
    expect(status).toBe(200);
    const finding = body.findings.find((f: { code: string }) => f.code === code);
    expect(finding, JSON.stringify(body.findings)).toBeDefined();
    expect(["error", "warning", "info"]).toContain(finding.severity);
    expect(finding.message).toMatch(/[ぁ-んァ-ン]/);
    if (term) expect(finding.term).toBe(term);
  });

  it("answers the contract: records, result, lookups past the limit, tree", async () => {
    const { body } = await get("domain=fourteen.example&ip=203.0.113.5");
    expect(body).toMatchObject({
      domain: "fourteen.example",
      records: ["v=spf1 include:p1.example include:p2.example a mx a:h9.example -all"],
      result: "permerror",
      lookups: { count: 14, limit: 10, void: 0, voidLimit: 2 },
      tree: { domain: "fourteen.example", terms: expect.arrayContaining([expect.objectContaining({ text: "include:p1.example", mechanism: "include", qualifier: "+", lookups: 1 })]) },
    });
    expect(body.tree.terms[0].child.domain).toBe("p1.example");
  });

  it("gives pass and the deciding term for an authorized address", async () => {
    const { body } = await get("domain=good.example&ip=198.51.100.7&sender=taro@good.example");
    expect(body.result).toBe("pass");
    expect(body.decidingTerm).toMatchObject({ text: "include:_spf.provider.example" });
  });

  it("has a null result without an ip", async () => {
    const { body } = await get("domain=good.example");
    expect(body.result).toBeNull();
  });

  it.each([
    ["GOOD.EXAMPLE.", "good.example"],
    ["taro@Good.Example", "good.example"],
    ["https://good.example/contact", "good.example"],
    ["届く.テスト", "xn--y8j073k.xn--zckzah"],
  ])("normalises the domain %s", async (input, domain) => {
    const { status, body } = await get(`domain=${encodeURIComponent(input)}`);
    expect(status).toBe(200);
    expect(body.domain).toBe(domain);
    expect(body.records.length).toBe(1);
  });

  it("rejects bad input with 400 and a message in the reader's language", async () => {
    const ja = await get("domain=not_a_domain!&ip=1.2.3");
    expect(ja.status).toBe(400);
    expect(ja.body.error.code).toBe("invalid_input");
    expect(ja.body.error.fields.domain).toMatch(/ドメイン/);
    expect(ja.body.error.fields.ip).toMatch(/IP アドレス/);
    const en = await get("domain=&lang=en");
    expect(en.status).toBe(400);
    expect(en.body.error.message).toBe("Please enter a domain name.");
    const accept = await get("ip=999.1.1.1&domain=example.jp", { "accept-language": "en-US,en;q=0.9" });
    expect(accept.body.error.fields).toEqual({ ip: expect.stringMatching(/IP address/) });
  });

  it("turns DNS trouble into temperror and a finding, never a 5xx", async () => {
    const { status, body } = await get("domain=slow.example&ip=192.0.2.1");
    expect(status).toBe(200);
    expect(body.result).toBe("temperror");
    expect(body.findings.map((f: { code: string }) => f.code)).toContain("spf.dns_error");
  });
});
