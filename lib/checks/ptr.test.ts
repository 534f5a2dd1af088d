import { describe, expect, it } from "vitest";
import { checkPtr, guessServerHost, serverHostFromPtr } from "@/lib/checks/ptr";
import { looksGenericPtr } from "@/lib/checks/ptr-generic";
import { fixtureDnsForFile } from "@/lib/checks/testing/fixture-dns";
import { checkZones } from "@/lib/checks/testing/zones";
import { parseIp } from "@/lib/spf/ip";

const dns = fixtureDnsForFile(checkZones);
const codes = (result: { findings: { code: string }[] }) => result.findings.map((f) => f.code);

describe("checkPtr", () => {
  it("confirms IPv4 reverse DNS that resolves back (FCrDNS)", async () => {
    const result = await checkPtr("192.0.2.25", dns.client());
    expect(result).toEqual({
      status: "ok",
      ip: "192.0.2.25",
      reverseName: "25.2.0.192.in-addr.arpa",
      names: ["mail.ptr.example"],
      confirmedName: "mail.ptr.example",
      forwardAddresses: [{ name: "mail.ptr.example", status: "ok", addresses: ["192.0.2.25"], confirmed: true }],
      findings: [],
    });
  });

  it("confirms IPv6 reverse DNS, comparing canonical forms", async () => {
    const result = await checkPtr("2001:DB8:0:0::25", dns.client());
    expect(result).toMatchObject({ status: "ok", ip: "2001:db8::25", confirmedName: "mail.ptr.example" });
    expect(result.reverseName).toMatch(/^5\.2\.0\.0\.(0\.){20}8\.b\.d\.0\.1\.0\.0\.2\.ip6\.arpa$/);
    expect(result.forwardAddresses[0]).toMatchObject({ addresses: ["2001:db8::25"], confirmed: true });
  });

  it("checks an IPv4-mapped IPv6 address as IPv4", async () => {
    expect(await checkPtr("::ffff:192.0.2.25", dns.client())).toMatchObject({ status: "ok", ip: "192.0.2.25", confirmedName: "mail.ptr.example" });
  });

  it.each([
    ["192.0.2.26", "mismatch.ptr.example"],
    ["2001:db8::26", "mail6bad.ptr.example"],
  ])("fails %s whose PTR name does not resolve back", async (ip, name) => {
    const result = await checkPtr(ip, dns.client());
    expect(result).toMatchObject({ status: "error", names: [name], confirmedName: null });
    expect(codes(result)).toEqual(["ptr.mismatch"]);
    expect(result.findings[0]?.domain).toBe(name);
    expect(result.findings[0]?.message.ja).toContain("サーバー会社");
    expect(result.findings[0]?.message.en).toContain("not in your domain's DNS");
  });

  it("reports a missing PTR as the IP owner's to fix", async () => {
    const result = await checkPtr("192.0.2.27", dns.client());
    expect(result).toMatchObject({ status: "error", names: [], forwardAddresses: [] });
    expect(codes(result)).toEqual(["ptr.none"]);
    expect(result.findings[0]?.message.ja).toContain("IP アドレスを管理する会社");
  });

  it("notes several PTR names and confirms through any of them", async () => {
    const result = await checkPtr("192.0.2.28", dns.client());
    expect(result).toMatchObject({ status: "ok", confirmedName: "a.ptr.example" });
    expect(result.names.sort()).toEqual(["a.ptr.example", "b.ptr.example"]);
    expect(codes(result)).toEqual(["ptr.multiple"]);
  });

  it("notes a generic-looking PTR name", async () => {
    const result = await checkPtr("203.0.113.5", dns.client());
    expect(result.status).toBe("ok");
    expect(codes(result)).toEqual(["ptr.generic"]);
  });

  it.each([
    ["192.0.2.29", "29.2.0.192.in-addr.arpa"],
    ["192.0.2.30", "slowfwd.ptr.example"],
  ])("turns DNS trouble for %s into unknown", async (ip, at) => {
    const result = await checkPtr(ip, dns.client());
    expect(result.status).toBe("unknown");
    expect(result.findings).toMatchObject([{ code: "ptr.dns_error", domain: at }]);
  });

  it.each([undefined, null, "", "not-an-ip", "192.0.2.256"])("is skipped without a valid IP (%s)", async (ip) => {
    const result = await checkPtr(ip, dns.client());
    expect(result).toMatchObject({ status: "skipped", reverseName: null, names: [], confirmedName: null });
    expect(codes(result)).toEqual(["ptr.no_ip"]);
  });
});

describe("server host from the PTR", () => {
  it("is the forward-confirmed name", async () => {
    expect(await guessServerHost("192.0.2.25", dns.client())).toBe("mail.ptr.example");
    expect(await guessServerHost("192.0.2.26", dns.client())).toBeNull();
    expect(await guessServerHost("192.0.2.29", dns.client())).toBeNull();
    expect(serverHostFromPtr(await checkPtr("192.0.2.28", dns.client()))).toBe("a.ptr.example");
  });
});

describe("looksGenericPtr", () => {
  const v4 = parseIp("203.0.113.5")!;
  it.each([
    ["203-0-113-5.example.net", true],
    ["5.113.0.203.static.example.net", true],
    ["host203000113005.example.net", true],
    ["cb007105.example.net", true],
    ["p1234-ipngn100.tokyo.example.jp", true],
    ["ppp-1.example.net", true],
    ["dyn.example.net", true],
    ["www1234.sakura.ne.jp", false],
    ["mail.example.jp", false],
    ["sv12.national.example.jp", false],
  ])("%s → %s", (name, generic) => {
    expect(looksGenericPtr(name, v4)).toBe(generic);
  });

  it("spots IPv6 addresses spelled out in the name", () => {
    const v6 = parseIp("2001:db8::1:2:3:4")!;
    expect(looksGenericPtr("2001-db8-0-0-1-2-3-4.example.net", v6)).toBe(true);
    expect(looksGenericPtr("mail.example.net", v6)).toBe(false);
  });
});
