import { describe, expect, it } from "vitest";
import { checkMx } from "@/lib/checks/mx";
import { fixtureDnsForFile } from "@/lib/checks/testing/fixture-dns";
import { checkZones } from "@/lib/checks/testing/zones";

const dns = fixtureDnsForFile(checkZones);
const codes = (result: { findings: { code: string }[] }) => result.findings.map((f) => f.code);

describe("checkMx", () => {
  it("lists the MX hosts by preference with their addresses", async () => {
    const result = await checkMx("MX.example.", dns.client());
    expect(result).toEqual({
      status: "ok",
      domain: "mx.example",
      hosts: [
        { preference: 10, exchange: "mx1.mx.example", addresses: ["192.0.2.41", "2001:db8::41"], cnameChain: [], status: "ok" },
        { preference: 20, exchange: "mx2.mx.example", addresses: ["192.0.2.42"], cnameChain: [], status: "ok" },
      ],
      nullMx: false,
      implicit: false,
      findings: [],
    });
  });

  it("reads a null MX (RFC 7505) as a domain that receives no mail", async () => {
    const result = await checkMx("nullmx.example", dns.client());
    expect(result).toMatchObject({ status: "warning", nullMx: true, hosts: [{ preference: 0, exchange: ".", addresses: [], status: "skipped" }] });
    expect(codes(result)).toEqual(["mx.null"]);
    expect(result.findings[0]?.message.ja).toContain("DMARC レポート");
  });

  it("flags a null MX mixed with other MX records", async () => {
    const result = await checkMx("nullmixed.example", dns.client());
    expect(result).toMatchObject({ status: "error", nullMx: false });
    expect(result.hosts.map((h) => [h.exchange, h.status])).toEqual([
      [".", "skipped"],
      ["mx1.mx.example", "ok"],
    ]);
    expect(codes(result)).toEqual(["mx.null_mixed"]);
  });

  it("warns about an MX that is a CNAME (RFC 2181 §10.3)", async () => {
    const result = await checkMx("cnamemx.example", dns.client());
    expect(result).toMatchObject({ status: "warning", hosts: [{ exchange: "alias.cnamemx.example", addresses: ["192.0.2.43"], cnameChain: ["real.cnamemx.example"], status: "warning" }] });
    expect(codes(result)).toEqual(["mx.cname"]);
    expect(result.findings[0]?.message.en).toContain("real.cnamemx.example");
  });

  it("fails an MX host without addresses", async () => {
    const result = await checkMx("noaddr.example", dns.client());
    expect(result.status).toBe("error");
    expect(result.hosts.map((h) => [h.exchange, h.status])).toEqual([
      ["nothing.noaddr.example", "error"],
      ["mx1.mx.example", "ok"],
    ]);
    expect(result.findings).toMatchObject([{ code: "mx.no_address", term: "nothing.noaddr.example" }]);
  });

  it("fails an MX that is an IP address", async () => {
    const result = await checkMx("literal.example", dns.client());
    expect(result).toMatchObject({ status: "error", hosts: [{ exchange: "192.0.2.44", status: "error" }] });
    expect(codes(result)).toEqual(["mx.ip_literal"]);
  });

  it("falls back to the domain's address without MX (RFC 5321 §5.1)", async () => {
    const result = await checkMx("implicit.example", dns.client());
    expect(result).toMatchObject({ status: "ok", implicit: true, hosts: [{ preference: 0, exchange: "implicit.example", addresses: ["192.0.2.45"] }] });
    expect(codes(result)).toEqual(["mx.implicit"]);
  });

  it("reports a domain that cannot receive mail", async () => {
    const nomx = await checkMx("nomx.example", dns.client());
    expect(nomx).toMatchObject({ status: "warning", hosts: [], implicit: false });
    expect(codes(nomx)).toEqual(["mx.none"]);
    const missing = await checkMx("nothing-here.mx.example", dns.client());
    expect(codes(missing)).toEqual(["mx.none"]);
    expect(missing.findings[0]?.message.en).toContain("does not exist");
  });

  it("turns DNS trouble into unknown, for the MX lookup and for a host", async () => {
    const failed = await checkMx("mxfail.example", dns.client());
    expect(failed).toMatchObject({ status: "unknown", findings: [{ code: "mx.dns_error", domain: "mxfail.example" }] });
    const slow = await checkMx("slowhost.example", dns.client());
    expect(slow).toMatchObject({ status: "unknown", hosts: [{ exchange: "slow.slowhost.example", status: "unknown" }] });
    expect(slow.findings).toMatchObject([{ code: "mx.dns_error", domain: "slow.slowhost.example" }]);
  });

  it("bounds the hosts looked up", async () => {
    const result = await checkMx("mx.example", dns.client(), { maxHosts: 1 });
    expect(result.hosts.map((h) => h.status)).toEqual(["ok", "skipped"]);
  });
});
