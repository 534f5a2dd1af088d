import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createDnsClientFromEnv, getDnsClient, getDnsConfig, resetDnsClient } from "@/lib/dns/default-client";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";

let server: FixtureDnsServer;

beforeAll(async () => {
  server = await startFixtureDnsServer({ zones: { "example.jp": [{ TXT: "v=spf1 -all" }] } });
});
afterAll(() => server.close());
afterEach(() => {
  vi.unstubAllEnvs();
  resetDnsClient();
});

describe("process-wide client", () => {
  it("is built from DNS_* variables once and kept on globalThis", async () => {
    vi.stubEnv("DNS_SERVERS", `127.0.0.1:${server.port}`);
    vi.stubEnv("DNS_TIMEOUT_MS", "300");
    vi.stubEnv("DNS_AUTH_PORT", String(server.port));
    const client = getDnsClient();
    expect(getDnsClient()).toBe(client);
    expect(getDnsConfig()).toMatchObject({ timeoutMs: 300, authPort: server.port, serversSource: "env" });
    expect(await client.query("example.jp", "TXT")).toMatchObject({ status: "ok", fromCache: false });
    expect(await client.query("example.jp", "TXT")).toMatchObject({ status: "ok", fromCache: true });
    expect(client.stats()).toMatchObject({ hits: 1, misses: 1 });
    expect(Object.getOwnPropertySymbols(globalThis).map(String)).toContain("Symbol(todoku.lib.dns.default-client)");
  });

  it("reads the environment again after a reset", () => {
    vi.stubEnv("DNS_CACHE_SIZE", "10");
    const first = getDnsClient();
    resetDnsClient();
    vi.stubEnv("DNS_CACHE_SIZE", "20");
    expect(getDnsClient()).not.toBe(first);
    expect(getDnsConfig().cacheSize).toBe(20);
  });

  it("builds fresh clients for tests and reports bad settings", () => {
    const messages: string[] = [];
    const built = createDnsClientFromEnv({ DNS_RETRIES: "many", DNS_SERVERS: `127.0.0.1:${server.port}` }, (message) => messages.push(message));
    expect(built.config.retries).toBe(1);
    expect(messages).toEqual([expect.stringMatching(/^\[todoku dns\] DNS_RETRIES="many" ignored/)]);
  });
});
