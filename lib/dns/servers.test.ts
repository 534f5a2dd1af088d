import { describe, expect, it } from "vitest";
import { DnsServersError, formatServer, parseDnsServer, parseDnsServers, systemDnsServers } from "@/lib/dns/servers";

describe("parseDnsServers", () => {
  it("reads IPv4, IPv4:port, bare IPv6 and [IPv6]:port", () => {
    expect(parseDnsServers("192.0.2.1, 192.0.2.2:5300,2001:db8::1,[2001:db8::2]:5353,[::1]")).toEqual([
      { host: "192.0.2.1", port: 53 },
      { host: "192.0.2.2", port: 5300 },
      { host: "2001:db8::1", port: 53 },
      { host: "2001:db8::2", port: 5353 },
      { host: "::1", port: 53 },
    ]);
  });

  it("skips blank entries", () => {
    expect(parseDnsServers("127.0.0.1:5300,")).toEqual([{ host: "127.0.0.1", port: 5300 }]);
  });

  it("reports every bad entry at once", () => {
    let error: unknown;
    try {
      parseDnsServers("resolver.example.jp, 192.0.2.1:99999, 192.0.2.1, 2001:db8::1:5300:x, [192.0.2.1]:53");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DnsServersError);
    const { message, entries } = error as DnsServersError;
    expect(entries).toHaveLength(4);
    expect(message).toContain("resolver.example.jp is not an IP address");
    expect(message).toContain("port must be 1-65535");
    expect(message).toContain("[address]:port");
    expect(message).toContain("192.0.2.1 is not an IPv6 address");
  });

  it("rejects an empty list and port 0", () => {
    expect(() => parseDnsServers(" , ")).toThrow("no DNS server given");
    expect(() => parseDnsServer("192.0.2.1:0")).toThrow("port must be 1-65535");
  });
});

describe("systemDnsServers", () => {
  it("always yields at least one usable server", () => {
    const servers = systemDnsServers();
    expect(servers.length).toBeGreaterThan(0);
    for (const server of servers) expect(server.port).toBeGreaterThan(0);
  });
});

describe("formatServer", () => {
  it("brackets IPv6", () => {
    expect(formatServer({ host: "192.0.2.1", port: 53 })).toBe("192.0.2.1:53");
    expect(formatServer({ host: "::1", port: 5300 })).toBe("[::1]:5300");
  });
});
