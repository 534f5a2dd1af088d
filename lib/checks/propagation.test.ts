import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPropagation, type PropagationOptions } from "@/lib/checks/propagation";
import { createCachingClient } from "@/lib/dns/cache";
import type { FixtureZones } from "@/lib/dns/fixture-server/entries";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import type { DnsClient } from "@/lib/dns/types";
import { createWireClient } from "@/lib/dns/wire-client";

// The resolver (127.0.0.1, its own port) stands for the configured recursive resolvers and their
// caches; the zone's two name servers (127.0.0.2 and 127.0.0.3) share one port, as real ones all
// listen on 53, and that port is the authPort. Nothing listens on 127.0.0.9.
const NEW_SPF = "v=spf1 a:www1.example.jp ~all";
const OLD_SPF = "v=spf1 -all";

const delegation: FixtureZones = {
  "prop.test": [
    { SOA: ["ns1.prop.test", "hostmaster.prop.test", 2, 3600, 600, 86400, 60] },
    { TTL: 300 },
    { NS: "ns1.prop.test" },
    { NS: "ns2.prop.test" },
  ],
  "ns1.prop.test": [{ A: "127.0.0.2" }],
  "ns2.prop.test": [{ A: "127.0.0.3" }],
};

const resolverZones: FixtureZones = {
  ...delegation,
  "dead.test": [{ SOA: ["ns1.dead.test", "hostmaster.dead.test"] }, { NS: "ns1.dead.test" }],
  "ns1.dead.test": [{ A: "127.0.0.9" }],
  "broken.test": ["SERVFAIL"],
  "live.prop.test": [{ TXT: NEW_SPF, TTL: 300 }],
  "cache.prop.test": [{ TXT: OLD_SPF, TTL: 900 }],
  "cache2.prop.test": [{ TXT: OLD_SPF, TTL: 61 }],
  "notsaved.prop.test": [{ TXT: OLD_SPF, TTL: 300 }],
  "partial.prop.test": [{ TXT: OLD_SPF, TTL: 300 }],
  "noexpect.prop.test": [{ TXT: OLD_SPF, TTL: 600 }],
  "disagree.prop.test": [{ TXT: OLD_SPF, TTL: 600 }],
  "deleted.prop.test": [{ A: "192.0.2.1" }, { TXT: OLD_SPF, TTL: 1200 }],
  "merge.prop.test": [{ TXT: OLD_SPF }, { TXT: NEW_SPF }],
  "mx.prop.test": [{ MX: [10, "old.mx.example"], TTL: 300 }],
  "cached.prop.test": [{ TXT: OLD_SPF, TTL: 3600 }],
};

const authZones = (which: 1 | 2): FixtureZones => ({
  ...delegation,
  "live.prop.test": [{ TXT: NEW_SPF, TTL: 300 }],
  "cache.prop.test": [{ TXT: NEW_SPF, TTL: 300 }],
  "cache2.prop.test": [{ TXT: NEW_SPF, TTL: 30 }],
  "added.prop.test": [{ TXT: NEW_SPF, TTL: 120 }],
  "notsaved.prop.test": [{ TXT: OLD_SPF, TTL: 300 }],
  "partial.prop.test": [{ TXT: which === 1 ? NEW_SPF : OLD_SPF, TTL: 300 }],
  "noexpect.prop.test": [{ TXT: NEW_SPF, TTL: 300 }],
  "disagree.prop.test": [{ TXT: which === 1 ? NEW_SPF : OLD_SPF, TTL: 300 }],
  "deleted.prop.test": [{ A: "192.0.2.1" }],
  "merge.prop.test": [{ TXT: OLD_SPF }, { TXT: NEW_SPF }],
  "mx.prop.test": [{ MX: [10, "New.MX.example"], TTL: 300 }],
  "cached.prop.test": [{ TXT: NEW_SPF, TTL: 3600 }],
  "sel._domainkey.prop.test": [{ CNAME: "sel.dkim.provider.example", TTL: 300 }],
});

let resolver: FixtureDnsServer;
let ns1: FixtureDnsServer;
let ns2: FixtureDnsServer;

beforeAll(async () => {
  resolver = await startFixtureDnsServer({ host: "127.0.0.1", zones: resolverZones });
  ns1 = await startFixtureDnsServer({ host: "127.0.0.2", zones: authZones(1) });
  ns2 = await startFixtureDnsServer({ host: "127.0.0.3", port: ns1.port, zones: authZones(2) });
});

afterAll(async () => {
  await Promise.all([resolver.close(), ns1.close(), ns2.close()]);
});

const recursive = (): DnsClient => createWireClient({ servers: [{ host: resolver.host, port: resolver.port }], timeoutMs: 300, retries: 0 });
const options = (client: DnsClient = recursive()): PropagationOptions => ({ recursive: client, authPort: ns1.port, timeoutMs: 300, retries: 0 });

describe("checkPropagation", () => {
  it("is live when the name servers and the resolver serve the expected record", async () => {
    const result = await checkPropagation({ name: "Live.Prop.Test.", type: "TXT", expect: NEW_SPF }, options());
    expect(result).toMatchObject({
      state: "live",
      name: "live.prop.test",
      type: "TXT",
      zone: "prop.test",
      expected: `equals ${JSON.stringify(NEW_SPF)}`,
      waitMinutes: 0,
      recursive: { status: "ok", values: [NEW_SPF], ttl: 300, matches: true },
    });
    expect(result.authoritative).toEqual([
      { nameserver: "ns1.prop.test", address: "127.0.0.2", status: "ok", values: [NEW_SPF], ttl: 300, cnameChain: [], lame: false, matches: true },
      { nameserver: "ns2.prop.test", address: "127.0.0.3", status: "ok", values: [NEW_SPF], ttl: 300, cnameChain: [], lame: false, matches: true },
    ]);
    expect(result.message.ja).toContain("反映済み");
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("says the change is saved and caches keep the old answer for up to the old TTL", async () => {
    const result = await checkPropagation({ name: "cache.prop.test", type: "TXT", expect: { term: "A:www1.example.jp" } }, options());
    expect(result).toMatchObject({ state: "saved_waiting_cache", waitMinutes: 15, recursive: { values: [OLD_SPF], ttl: 900, matches: false } });
    expect(result.message.ja).toContain("約 15 分");
    expect(result.message.en).toContain("about 15 minutes");
  });

  it("rounds the wait up to whole minutes", async () => {
    const result = await checkPropagation({ name: "cache2.prop.test", type: "TXT", expect: NEW_SPF }, options());
    expect(result).toMatchObject({ state: "saved_waiting_cache", waitMinutes: 2 });
  });

  it("counts a cached 'no record' answer as the old answer", async () => {
    const result = await checkPropagation({ name: "added.prop.test", type: "TXT", expect: { contains: "a:www1" } }, options());
    expect(result).toMatchObject({ state: "saved_waiting_cache", recursive: { status: "nxdomain", values: [], ttl: 60, matches: false }, waitMinutes: 2 });
  });

  it("says the change is not saved when no name server has it", async () => {
    const result = await checkPropagation({ name: "notsaved.prop.test", type: "TXT", expect: NEW_SPF }, options());
    expect(result).toMatchObject({ state: "not_saved", waitMinutes: null });
    expect(result.authoritative.map((a) => a.matches)).toEqual([false, false]);
    expect(result.message.ja).toContain("ns1.prop.test、ns2.prop.test");
  });

  it("says partial when only some name servers have it", async () => {
    const result = await checkPropagation({ name: "partial.prop.test", type: "TXT", expect: NEW_SPF }, options());
    expect(result).toMatchObject({ state: "partial", waitMinutes: null });
    expect(result.authoritative.map((a) => a.matches)).toEqual([true, false]);
    expect(result.message.en).toContain("1 of your domain's 2");
  });

  it("takes the name servers' common answer as the target without an expectation", async () => {
    expect(await checkPropagation({ name: "noexpect.prop.test", type: "TXT" }, options())).toMatchObject({
      state: "saved_waiting_cache",
      expected: null,
      waitMinutes: 10,
      recursive: { matches: false },
    });
    expect(await checkPropagation({ name: "live.prop.test", type: "TXT" }, options())).toMatchObject({ state: "live" });
    const disagree = await checkPropagation({ name: "disagree.prop.test", type: "TXT" }, options());
    expect(disagree).toMatchObject({ state: "partial", recursive: { matches: null } });
    expect(disagree.message.en).toContain("do not yet agree");
  });

  it("follows a deletion with { absent: true }", async () => {
    const result = await checkPropagation({ name: "deleted.prop.test", type: "TXT", expect: { absent: true } }, options());
    expect(result).toMatchObject({ state: "saved_waiting_cache", waitMinutes: 20 });
    expect(result.authoritative.map((a) => [a.status, a.matches])).toEqual([
      ["nodata", true],
      ["nodata", true],
    ]);
  });

  it("requires the old record gone with exclusivePrefix", async () => {
    const merged = { name: "merge.prop.test", type: "TXT" as const };
    expect((await checkPropagation({ ...merged, expect: NEW_SPF }, options())).state).toBe("live");
    expect((await checkPropagation({ ...merged, expect: { equals: NEW_SPF, exclusivePrefix: "v=spf1" } }, options())).state).toBe("not_saved");
  });

  it("compares MX host names without case or final dot", async () => {
    const result = await checkPropagation({ name: "mx.prop.test", type: "MX", expect: "10 new.mx.example." }, options());
    expect(result).toMatchObject({ state: "saved_waiting_cache", waitMinutes: 5 });
    expect(result.authoritative[0]?.values).toEqual(["10 new.mx.example"]);
  });

  it("checks a CNAME-delegated key by its CNAME", async () => {
    const result = await checkPropagation({ name: "sel._domainkey.prop.test", type: "CNAME", expect: "Sel.Dkim.Provider.Example." }, options());
    expect(result).toMatchObject({ state: "saved_waiting_cache", waitMinutes: 5, recursive: { status: "nxdomain" } });
    expect(result.authoritative.map((a) => a.values)).toEqual([["sel.dkim.provider.example"], ["sel.dkim.provider.example"]]);
  });

  it("counts this process's cached answer as a cache still holding the old record", async () => {
    const caching = createCachingClient(recursive(), { maxEntries: 100 });
    expect((await caching.query("cached.prop.test", "TXT")).records[0]?.data).toEqual([OLD_SPF]);
    resolver.upsert("cached.prop.test", [{ TXT: NEW_SPF, TTL: 3600 }]);
    try {
      const result = await checkPropagation({ name: "cached.prop.test", type: "TXT", expect: NEW_SPF }, options(caching));
      expect(result).toMatchObject({ state: "saved_waiting_cache", waitMinutes: 60, recursive: { values: [OLD_SPF], matches: false } });
    } finally {
      resolver.upsert("cached.prop.test", [{ TXT: OLD_SPF, TTL: 3600 }]);
    }
  });

  it("is unknown when the name servers cannot be reached", async () => {
    const result = await checkPropagation({ name: "x.dead.test", type: "TXT", expect: NEW_SPF }, options());
    expect(result).toMatchObject({ state: "unknown", zone: "dead.test", waitMinutes: null });
    expect(result.authoritative).toMatchObject([{ nameserver: "ns1.dead.test", address: "127.0.0.9", lame: true, matches: null }]);
    expect(result.message.ja).toContain("確認できませんでした");
  });

  it("is unknown when the zone cannot be found", async () => {
    const result = await checkPropagation({ name: "broken.test", type: "TXT", expect: NEW_SPF }, options());
    expect(result).toMatchObject({ state: "unknown", zone: null, authoritative: [], recursive: { status: "servfail", ttl: 0, matches: null } });
    expect(result.message.en).toContain("servfail");
  });
});
