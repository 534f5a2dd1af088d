import { describe, expect, it } from "vitest";
import { bypassCache } from "@/lib/dns/bypass-cache";
import { createCachingClient } from "@/lib/dns/cache";
import type { DnsAnswer, DnsClient, RrType } from "@/lib/dns/types";

describe("bypassCache", () => {
  it("asks upstream every time but still refreshes the cache", async () => {
    let value = "v=spf1 -all";
    let asked = 0;
    const upstream: DnsClient = {
      async query<T extends RrType>(name: string, type: T) {
        asked += 1;
        return { question: { name, type }, status: "ok", records: [{ name, type, ttl: 300, data: [value] }], cnameChain: [], ttl: 300, authoritative: true, fromCache: false, elapsedMs: 1 } as unknown as DnsAnswer<T>;
      },
    };
    const cached = createCachingClient(upstream, { maxEntries: 10 });
    await cached.query("example.jp", "TXT");
    value = "v=spf1 mx -all";
    expect((await cached.query("example.jp", "TXT")).records[0]?.data).toEqual(["v=spf1 -all"]);
    expect((await bypassCache(cached).query("example.jp", "TXT")).records[0]?.data).toEqual(["v=spf1 mx -all"]);
    expect((await cached.query("example.jp", "TXT")).records[0]?.data).toEqual(["v=spf1 mx -all"]);
    expect(asked).toBe(2);
  });
});
