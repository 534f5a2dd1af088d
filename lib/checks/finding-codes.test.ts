import { describe, expect, it } from "vitest";
import { checkDkim } from "@/lib/checks/dkim";
import { checkDmarc } from "@/lib/checks/dmarc";
import { checkMx } from "@/lib/checks/mx";
import { checkNs } from "@/lib/checks/ns";
import { checkPtr } from "@/lib/checks/ptr";
import { fixtureDnsForFile } from "@/lib/checks/testing/fixture-dns";
import { checkZones } from "@/lib/checks/testing/zones";
import { CHECK_STATUSES } from "@/lib/checks/types";
import type { DnsClient } from "@/lib/dns/types";
import { FINDING_CODES, type FindingCode } from "@/lib/findings/codes";
import type { Finding } from "@/lib/findings/finding";

const dns = fixtureDnsForFile(checkZones);

type Run = (client: DnsClient) => Promise<{ status: string; findings: Finding[] }>;
const dkim = (selector: string): Run => (client) => checkDkim("dkim.example", [selector], client);

/** One fixture that produces each code of lib/checks. */
const PRODUCERS: Record<string, Run> = {
  "dmarc.none": (c) => checkDmarc("nodmarc.example", c),
  "dmarc.multiple_records": (c) => checkDmarc("multi.example", c),
  "dmarc.syntax": (c) => checkDmarc("syntax.example", c),
  "dmarc.no_policy": (c) => checkDmarc("nopolicy.example", c),
  "dmarc.policy_none": (c) => checkDmarc("good.example", c),
  "dmarc.policy_quarantine": (c) => checkDmarc("quarantine.example", c),
  "dmarc.policy_reject": (c) => checkDmarc("reject.example", c),
  "dmarc.pct_partial": (c) => checkDmarc("quarantine.example", c),
  "dmarc.inherited": (c) => checkDmarc("mail.example.co.jp", c),
  "dmarc.unknown_tag": (c) => checkDmarc("unknowntag.example", c),
  "dmarc.no_rua": (c) => checkDmarc("norua.example", c),
  "dmarc.rua_invalid": (c) => checkDmarc("badrua.example", c),
  "dmarc.report_auth_missing": (c) => checkDmarc("external.example", c),
  "dmarc.dns_error": (c) => checkDmarc("servfail.example", c),
  "dkim.no_selector": (c) => checkDkim("dkim.example", [], c),
  "dkim.none": dkim("missing"),
  "dkim.revoked": dkim("revoked"),
  "dkim.key_too_short": dkim("s512"),
  "dkim.key_weak": dkim("s1024"),
  "dkim.key_unreadable": dkim("garbage"),
  "dkim.ed25519": dkim("ed"),
  "dkim.testing": dkim("testing"),
  "dkim.syntax": dkim("syntax"),
  "dkim.sha1_only": dkim("sha1"),
  "dkim.multiple_records": dkim("multi"),
  "dkim.dns_error": dkim("servfail"),
  "ptr.no_ip": (c) => checkPtr(undefined, c),
  "ptr.none": (c) => checkPtr("192.0.2.27", c),
  "ptr.mismatch": (c) => checkPtr("192.0.2.26", c),
  "ptr.multiple": (c) => checkPtr("192.0.2.28", c),
  "ptr.generic": (c) => checkPtr("203.0.113.5", c),
  "ptr.dns_error": (c) => checkPtr("192.0.2.29", c),
  "mx.none": (c) => checkMx("nomx.example", c),
  "mx.implicit": (c) => checkMx("implicit.example", c),
  "mx.null": (c) => checkMx("nullmx.example", c),
  "mx.null_mixed": (c) => checkMx("nullmixed.example", c),
  "mx.cname": (c) => checkMx("cnamemx.example", c),
  "mx.no_address": (c) => checkMx("noaddr.example", c),
  "mx.ip_literal": (c) => checkMx("literal.example", c),
  "mx.dns_error": (c) => checkMx("mxfail.example", c),
  "ns.none": (c) => checkNs("missing.ns.example", c),
  "ns.single": (c) => checkNs("single.example", c),
  "ns.no_address": (c) => checkNs("noaddrns.example", c),
  "ns.dns_error": (c) => checkNs("nsfail.example", c),
};

const CHECK_CODES = (Object.keys(FINDING_CODES) as FindingCode[]).filter((code) => /^(dmarc|dkim|ptr|mx|ns)\./.test(code));

describe("finding codes of lib/checks", () => {
  it("has a fixture for every code and no fixture for an unknown code", () => {
    expect(Object.keys(PRODUCERS).sort()).toEqual([...CHECK_CODES].sort());
  });

  it.each(CHECK_CODES)("%s is produced, with its default severity and both languages", async (code) => {
    const run = PRODUCERS[code];
    if (!run) throw new Error(`no fixture for ${code}`);
    const result = await run(dns.client());
    expect(CHECK_STATUSES).toContain(result.status);
    const finding = result.findings.find((f) => f.code === code);
    expect(finding, `${code} not in ${JSON.stringify(result.findings.map((f) => f.code))}`).toBeDefined();
    expect(finding?.severity).toBe(FINDING_CODES[code].severity);
    expect(finding?.message.ja).toMatch(/[ぁ-ん]/);
    expect(finding?.message.ja).toMatch(/[。)]$/);
    expect(finding?.message.en.length).toBeGreaterThan(30);
    expect(finding?.message.en).not.toMatch(/undefined|\[object|NaN/);
    expect(finding?.message.ja).not.toMatch(/undefined|\[object|NaN/);
    // Every finding points at the name it is about, except "no IP given".
    if (code !== "ptr.no_ip") expect(finding?.domain).toBeTruthy();
  });
});
