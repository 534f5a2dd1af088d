import { describe, expect, it } from "vitest";
import { DNS_DEFAULTS, readDnsConfig } from "@/lib/dns/config";
import { systemDnsServers } from "@/lib/dns/servers";

describe("readDnsConfig", () => {
  it("uses the defaults and the system's resolvers when nothing is set", () => {
    const { config, warnings } = readDnsConfig({});
    expect(warnings).toEqual([]);
    expect(config).toEqual({ ...DNS_DEFAULTS, servers: systemDnsServers(), serversSource: "system" });
    expect(DNS_DEFAULTS).toEqual({ timeoutMs: 2000, retries: 1, maxConcurrent: 64, cacheSize: 5000, authPort: 53, analysisDeadlineMs: 8000 });
  });

  it("reads every variable", () => {
    const { config, warnings } = readDnsConfig({
      DNS_SERVERS: "127.0.0.1:5300,[::1]:5300",
      DNS_TIMEOUT_MS: "750",
      DNS_RETRIES: "0",
      DNS_MAX_CONCURRENT: " 8 ",
      DNS_CACHE_SIZE: "0",
      DNS_AUTH_PORT: "5300",
      ANALYSIS_DEADLINE_MS: "3000",
    });
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      servers: [
        { host: "127.0.0.1", port: 5300 },
        { host: "::1", port: 5300 },
      ],
      serversSource: "env",
      timeoutMs: 750,
      retries: 0,
      maxConcurrent: 8,
      cacheSize: 0,
      authPort: 5300,
      analysisDeadlineMs: 3000,
    });
  });

  it("falls back to the default of each bad value and says why", () => {
    const { config, warnings } = readDnsConfig({
      DNS_SERVERS: "dns.example.jp",
      DNS_TIMEOUT_MS: "soon",
      DNS_RETRIES: "-1",
      DNS_MAX_CONCURRENT: "1.5",
      DNS_CACHE_SIZE: "",
      DNS_AUTH_PORT: "70000",
    });
    expect(config).toMatchObject({ ...DNS_DEFAULTS, serversSource: "system" });
    expect(warnings).toHaveLength(5);
    expect(warnings[0]).toMatch(/^DNS_TIMEOUT_MS="soon" ignored \(.+\); using 2000$/);
    expect(warnings[1]).toMatch(/^DNS_RETRIES="-1" ignored \(.+\); using 1$/);
    expect(warnings[2]).toMatch(/^DNS_MAX_CONCURRENT="1.5" ignored/);
    expect(warnings[3]).toMatch(/^DNS_AUTH_PORT="70000" ignored/);
    expect(warnings[4]).toContain("DNS_SERVERS ignored (invalid DNS server \"dns.example.jp\": dns.example.jp is not an IP address");
  });
});
