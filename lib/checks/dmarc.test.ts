import { describe, expect, it } from "vitest";
import { checkDmarc } from "@/lib/checks/dmarc";
import { organizationalDomain } from "@/lib/checks/domain-input";
import { fixtureDnsForFile } from "@/lib/checks/testing/fixture-dns";
import { checkZones } from "@/lib/checks/testing/zones";

const dns = fixtureDnsForFile(checkZones);
const codes = (result: { findings: { code: string }[] }) => result.findings.map((f) => f.code);

describe("organizationalDomain", () => {
  it("uses the Public Suffix List, not the last two labels", () => {
    expect(organizationalDomain("mail.example.co.jp")).toBe("example.co.jp");
    expect(organizationalDomain("a.b.example.jp")).toBe("example.jp");
    expect(organizationalDomain("co.jp")).toBe("co.jp");
    expect(organizationalDomain("foo.sakura.ne.jp")).toBe("foo.sakura.ne.jp");
    expect(organizationalDomain("EXAMPLE.JP.")).toBe("example.jp");
  });
});

describe("checkDmarc", () => {
  it("reads a p=none record as ok with the policy explained", async () => {
    const result = await checkDmarc("Taro@Good.Example.", dns.client());
    expect(result).toMatchObject({
      status: "ok",
      domain: "good.example",
      orgDomain: "good.example",
      recordDomain: "good.example",
      inherited: false,
      record: "v=DMARC1; p=none; rua=mailto:dmarc@good.example",
      tags: { v: "DMARC1", p: "none", rua: "mailto:dmarc@good.example" },
      policy: "none",
      subdomainPolicy: null,
      effectivePolicy: "none",
      pct: 100,
      rua: [{ uri: "mailto:dmarc@good.example", address: "dmarc@good.example", domain: "good.example", maxSize: null, valid: true, authorized: null }],
    });
    expect(codes(result)).toEqual(["dmarc.policy_none"]);
    expect(result.findings[0]?.message.ja).toContain("p=none");
  });

  it("reads every tag of a full record", async () => {
    const result = await checkDmarc("reject.example", dns.client());
    expect(result).toMatchObject({ status: "ok", policy: "reject", subdomainPolicy: "quarantine", effectivePolicy: "reject" });
    expect(result.rua[0]).toMatchObject({ address: "d@reject.example", maxSize: "10m" });
    expect(result.ruf[0]).toMatchObject({ address: "f@reject.example" });
    expect(result.tags).toMatchObject({ adkim: "s", aspf: "r", fo: "1", ri: "3600" });
    expect(codes(result)).toEqual(["dmarc.policy_reject"]);
  });

  it("reports quarantine with pct below 100", async () => {
    const result = await checkDmarc("quarantine.example", dns.client());
    expect(result.pct).toBe(50);
    expect(codes(result)).toEqual(["dmarc.policy_quarantine", "dmarc.pct_partial"]);
  });

  it("falls back to the organizational domain found with the PSL and applies its sp=", async () => {
    const result = await checkDmarc("mail.example.co.jp", dns.client());
    expect(result).toMatchObject({
      status: "ok",
      domain: "mail.example.co.jp",
      orgDomain: "example.co.jp",
      recordDomain: "example.co.jp",
      inherited: true,
      policy: "reject",
      subdomainPolicy: "none",
      effectivePolicy: "none",
    });
    expect(codes(result)).toEqual(["dmarc.inherited", "dmarc.policy_none"]);
    expect(result.findings.find((f) => f.code === "dmarc.policy_none")?.message.en).toContain("for subdomains");
  });

  it("never falls back to a public suffix's record", async () => {
    const result = await checkDmarc("mail.other.co.jp", dns.client());
    expect(result).toMatchObject({ status: "warning", orgDomain: "other.co.jp", recordDomain: null, record: null, policy: null });
    expect(codes(result)).toEqual(["dmarc.none"]);
    expect(result.findings[0]?.domain).toBe("_dmarc.other.co.jp");
  });

  it("reports a missing record", async () => {
    const result = await checkDmarc("nodmarc.example", dns.client());
    expect(result.status).toBe("warning");
    expect(codes(result)).toEqual(["dmarc.none"]);
    expect(result.findings[0]?.message.ja).toContain("p=none");
  });

  it("treats several records like none, without falling back", async () => {
    const result = await checkDmarc("multi.example", dns.client());
    expect(result).toMatchObject({ status: "error", record: null, policy: null, recordDomain: "multi.example" });
    expect(result.records).toHaveLength(2);
    expect(codes(result)).toEqual(["dmarc.multiple_records"]);
  });

  it("reports syntax errors: bad pct, bad adkim, duplicate p", async () => {
    const result = await checkDmarc("syntax.example", dns.client());
    expect(result.status).toBe("error");
    expect(result.findings.filter((f) => f.code === "dmarc.syntax").map((f) => f.term)).toEqual(["p=reject", "pct=150", "adkim=x"]);
    expect(result.policy).toBe("none");
  });

  it("acts as p=none for a record without p= but with a valid rua (§6.6.3)", async () => {
    const result = await checkDmarc("nopolicy.example", dns.client());
    expect(result).toMatchObject({ status: "error", policy: null, effectivePolicy: "none" });
    expect(codes(result)).toEqual(["dmarc.no_policy"]);
  });

  it("reports unknown tags as information", async () => {
    const result = await checkDmarc("unknowntag.example", dns.client());
    expect(result.status).toBe("ok");
    expect(result.findings.find((f) => f.code === "dmarc.unknown_tag")?.term).toBe("foo=bar");
  });

  it("suggests rua when there is none and flags a rua without mailto:", async () => {
    expect(codes(await checkDmarc("norua.example", dns.client()))).toEqual(["dmarc.policy_none", "dmarc.no_rua"]);
    const bad = await checkDmarc("badrua.example", dns.client());
    expect(bad.status).toBe("warning");
    expect(bad.findings[0]).toMatchObject({ code: "dmarc.rua_invalid", term: "rua=dmarc@badrua.example" });
    expect(bad.findings[0]?.message.ja).toContain("mailto:");
  });

  it("checks external report destinations for their authorization (§7.1)", async () => {
    const result = await checkDmarc("external.example", dns.client());
    expect(result.rua.map((uri) => [uri.domain, uri.authorized])).toEqual([
      ["reports.test", false],
      ["authorized.test", true],
      ["external.example", null],
    ]);
    expect(result.findings.filter((f) => f.code === "dmarc.report_auth_missing").map((f) => f.domain)).toEqual([
      "external.example._report._dmarc.reports.test",
    ]);
    const skipped = await checkDmarc("external.example", dns.client(), { checkReportAuthorization: false });
    expect(codes(skipped)).not.toContain("dmarc.report_auth_missing");
  });

  it("explains records receivers ignore instead of calling them missing", async () => {
    const semicolon = await checkDmarc("ignored.example", dns.client());
    expect(semicolon.status).toBe("error");
    expect(codes(semicolon)).toEqual(["dmarc.syntax"]);
    expect(semicolon.findings[0]?.message.ja).toContain("セミコロン");
    const quoted = await checkDmarc("quoted.example", dns.client());
    expect(codes(quoted)).toEqual(["dmarc.syntax"]);
    expect(quoted.findings[0]?.message.en).toContain("quotation mark");
  });

  it("follows a CNAME-delegated record and joins its strings", async () => {
    const result = await checkDmarc("delegated.example", dns.client());
    expect(result).toMatchObject({ status: "ok", record: "v=DMARC1; p=quarantine; rua=mailto:d@delegated.example", policy: "quarantine" });
  });

  it.each([
    ["servfail.example", "_dmarc.servfail.example"],
    ["timeout.example", "_dmarc.timeout.example"],
    ["mail.orgfail.example", "_dmarc.orgfail.example"],
  ])("turns DNS trouble at %s into unknown, never a throw", async (domain, at) => {
    const result = await checkDmarc(domain, dns.client());
    expect(result.status).toBe("unknown");
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: "dmarc.dns_error", severity: "error", domain: at });
  });

  it("produces plain JSON", async () => {
    const result = await checkDmarc("reject.example", dns.client());
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
