import { describe, expect, it } from "vitest";
import { checkNs } from "@/lib/checks/ns";
import { fixtureDnsForFile } from "@/lib/checks/testing/fixture-dns";
import { checkZones } from "@/lib/checks/testing/zones";

const dns = fixtureDnsForFile(checkZones);
const codes = (result: { findings: { code: string }[] }) => result.findings.map((f) => f.code);

describe("checkNs", () => {
  it("returns the zone's name servers, sorted, with their addresses", async () => {
    const result = await checkNs("ns.example", dns.client());
    expect(result).toEqual({
      status: "ok",
      domain: "ns.example",
      zone: "ns.example",
      nameservers: [
        { name: "ns1.ns.example", addresses: ["192.0.2.51", "2001:db8::51"], status: "ok" },
        { name: "ns2.ns.example", addresses: ["192.0.2.52"], status: "ok" },
      ],
      findings: [],
    });
  });

  it("finds the zone above a subdomain", async () => {
    expect(await checkNs("mail.ns.example", dns.client())).toMatchObject({ status: "ok", domain: "mail.ns.example", zone: "ns.example" });
  });

  it("warns about a single name server", async () => {
    const result = await checkNs("single.example", dns.client());
    expect(result).toMatchObject({ status: "warning", nameservers: [{ name: "ns1.single.example" }] });
    expect(codes(result)).toEqual(["ns.single"]);
  });

  it("warns about a name server without an address", async () => {
    const result = await checkNs("noaddrns.example", dns.client());
    expect(result.status).toBe("warning");
    expect(result.findings).toMatchObject([{ code: "ns.no_address", term: "ns2.gone.test" }]);
    expect(result.nameservers[1]).toMatchObject({ name: "ns2.gone.test", addresses: [], status: "nxdomain" });
  });

  it("fails a domain that does not exist", async () => {
    const result = await checkNs("missing.ns.example", dns.client());
    expect(result).toMatchObject({ status: "error", zone: null, nameservers: [] });
    expect(codes(result)).toEqual(["ns.none"]);
    expect(result.findings[0]?.message.ja).toContain("存在しません");
  });

  it("fails a domain with no delegated zone above it", async () => {
    const result = await checkNs("mx.example", dns.client());
    expect(result).toMatchObject({ status: "error", zone: null });
    expect(codes(result)).toEqual(["ns.none"]);
  });

  it.each(["nsfail.example", "nstimeout.example"])("turns DNS trouble at %s into unknown", async (domain) => {
    const result = await checkNs(domain, dns.client());
    expect(result).toMatchObject({ status: "unknown", findings: [{ code: "ns.dns_error", domain }] });
  });
});
