import { describe, expect, it } from "vitest";
import { detectProvider, providerOfNameserver } from "@/lib/fix/detect-provider";
import { DNS_PROVIDERS } from "@/lib/fix/dns-providers";

const NS_SETS: [string, string[]][] = [
  ["sakura", ["ns1.dns.ne.jp", "ns2.dns.ne.jp"]],
  ["xserver", ["ns1.xserver.jp", "ns2.xserver.jp", "ns3.xserver.jp", "ns4.xserver.jp", "ns5.xserver.jp"]],
  ["lolipop", ["uns01.lolipop.jp", "uns02.lolipop.jp"]],
  ["muumuu", ["dns01.muumuu-domain.com", "dns02.muumuu-domain.com"]],
  ["conoha", ["ns-a1.conoha.io", "ns-a2.conoha.io", "ns-a3.conoha.io"]],
  ["onamae", ["01.dnsv.jp", "02.dnsv.jp", "03.dnsv.jp", "04.dnsv.jp"]],
  ["cloudflare", ["ada.ns.cloudflare.com", "bob.ns.cloudflare.com"]],
  ["route53", ["ns-1536.awsdns-00.co.uk", "ns-0.awsdns-00.com", "ns-1024.awsdns-00.org", "ns-512.awsdns-00.net"]],
  ["google-cloud-dns", ["ns-cloud-a1.googledomains.com", "ns-cloud-a2.googledomains.com", "ns-cloud-a3.googledomains.com", "ns-cloud-a4.googledomains.com"]],
  ["godaddy", ["ns01.domaincontrol.com", "ns02.domaincontrol.com"]],
];

describe("detectProvider", () => {
  it.each(NS_SETS)("%s", (id, nameservers) => {
    const detection = detectProvider(nameservers);
    expect(detection.status).toBe("detected");
    expect(detection.provider.id).toBe(id);
    expect(detection.matched).toEqual(nameservers);
    expect(detection.note).toBeUndefined();
  });

  it("every provider's documented examples are detected as that provider", () => {
    for (const provider of Object.values(DNS_PROVIDERS)) {
      for (const ns of provider.nameservers.examples) expect(providerOfNameserver(ns)?.id).toBe(provider.id);
    }
  });

  it("ignores case, trailing dots and repeats", () => {
    const detection = detectProvider(["NS1.DNS.NE.JP.", "ns2.dns.ne.jp", "ns2.dns.ne.jp."]);
    expect(detection.provider.id).toBe("sakura");
    expect(detection.matched).toEqual(["ns1.dns.ne.jp", "ns2.dns.ne.jp"]);
  });

  it("does not take look-alikes", () => {
    expect(providerOfNameserver("ns1.dns.ne.jp.evil.example")).toBeNull();
    expect(providerOfNameserver("xns1.xserver.jp")).toBeNull();
    expect(providerOfNameserver("ns.cloudflare.com")).toBeNull();
    expect(providerOfNameserver("ns-1.awsdns-1.io")).toBeNull();
  });

  it("mixed providers: generic, with both candidates and a note", () => {
    const detection = detectProvider(["ns1.dns.ne.jp", "ada.ns.cloudflare.com"]);
    expect(detection.status).toBe("mixed");
    expect(detection.provider.id).toBe("generic");
    expect(detection.candidates.map((c) => c.id)).toEqual(["sakura", "cloudflare"]);
    expect(detection.note?.ja).toContain("さくらインターネット");
    expect(detection.note?.en).toContain("Cloudflare");
  });

  it("known plus unknown nameservers: mixed", () => {
    const detection = detectProvider(["ns1.xserver.jp", "ns.secondary.example"]);
    expect(detection.status).toBe("mixed");
    expect(detection.provider.id).toBe("generic");
    expect(detection.unmatched).toEqual(["ns.secondary.example"]);
    expect(detection.candidates).toEqual([{ id: "xserver", nameservers: ["ns1.xserver.jp"] }]);
  });

  it("unknown nameservers: generic with a note naming them", () => {
    const detection = detectProvider(["ns1.example.net", "ns2.example.net"]);
    expect(detection.status).toBe("unknown");
    expect(detection.provider.id).toBe("generic");
    expect(detection.note?.ja).toContain("ns1.example.net");
  });

  it("no nameservers: generic", () => {
    expect(detectProvider([]).status).toBe("none");
    expect(detectProvider(["", " "]).provider.id).toBe("generic");
  });

  it("flags Lolipop's default nameservers as not freely editable", () => {
    const detection = detectProvider(["uns01.lolipop.jp", "uns02.lolipop.jp"]);
    expect(detection.provider.editable).toBe("limited");
    expect(detection.provider.warnings.map((w) => w.id)).toContain("lolipop.switch_dns");
  });
});
