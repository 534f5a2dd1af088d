import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCachingClient } from "@/lib/dns/cache";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import type { DnsClient } from "@/lib/dns/types";
import { createWireClient } from "@/lib/dns/wire-client";

let server: FixtureDnsServer;
let clock = 0;
const now = () => clock;

beforeAll(async () => {
  server = await startFixtureDnsServer({
    zones: {
      "example.jp": [{ SOA: ["ns1.example.jp", "hostmaster.example.jp", 1, 3600, 600, 86400, 90] }, { TXT: "v=spf1 -all", TTL: 120 }],
      "short.example.jp": [{ A: "192.0.2.1", TTL: 5 }],
      "broken.example.jp": ["SERVFAIL"],
      "silent.example.jp": ["TIMEOUT"],
      "slow.example.jp": [{ TXT: "slow" }, { DELAY: 100 }],
      "zero.example.jp": [{ A: "192.0.2.2", TTL: 0 }],
    },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  clock = 1_000_000;
  server.resetStats();
});

function cached(maxEntries = 100) {
  const wire = createWireClient({ servers: [{ host: server.host, port: server.port }], timeoutMs: 200, retries: 0 });
  return createCachingClient(wire, { maxEntries, now });
}

const queriesFor = (name: string) => server.stats().byName[name] ?? 0;

describe("positive answers", () => {
  it("serves from the cache until the TTL runs out, counting the TTL down", async () => {
    const client = cached();
    expect(await client.query("example.jp", "TXT")).toMatchObject({ status: "ok", ttl: 120, fromCache: false });
    clock += 45_500;
    const again = await client.query("Example.JP.", "TXT");
    expect(again).toMatchObject({ status: "ok", ttl: 75, fromCache: true, elapsedMs: 0, records: [{ ttl: 75 }] });
    expect(queriesFor("example.jp")).toBe(1);
    clock += 74_500;
    expect(await client.query("example.jp", "TXT")).toMatchObject({ fromCache: false, ttl: 120 });
    expect(queriesFor("example.jp")).toBe(2);
    expect(client.stats()).toMatchObject({ hits: 1, misses: 2 });
  });

  it("does not store a TTL of zero", async () => {
    const client = cached();
    await client.query("zero.example.jp", "A");
    await client.query("zero.example.jp", "A");
    expect(queriesFor("zero.example.jp")).toBe(2);
  });

  it("noCache skips the stored answer but refreshes it", async () => {
    const client = cached();
    await client.query("short.example.jp", "A");
    expect(await client.query("short.example.jp", "A", { noCache: true })).toMatchObject({ fromCache: false });
    expect(queriesFor("short.example.jp")).toBe(2);
    expect(await client.query("short.example.jp", "A")).toMatchObject({ fromCache: true });
  });

  it("hands out copies that callers cannot corrupt", async () => {
    const client = cached();
    const first = await client.query("example.jp", "TXT");
    first.records.length = 0;
    expect((await client.query("example.jp", "TXT")).records).toHaveLength(1);
  });
});

describe("negative answers (RFC 2308)", () => {
  it("keeps NXDOMAIN and NODATA for min(SOA TTL, MINIMUM)", async () => {
    const client = cached();
    expect(await client.query("missing.example.jp", "A")).toMatchObject({ status: "nxdomain", ttl: 90 });
    expect(await client.query("example.jp", "MX")).toMatchObject({ status: "nodata", ttl: 90 });
    clock += 89_000;
    expect(await client.query("missing.example.jp", "A")).toMatchObject({ status: "nxdomain", ttl: 1, fromCache: true });
    expect(await client.query("example.jp", "MX")).toMatchObject({ status: "nodata", fromCache: true });
    clock += 1_000;
    expect(await client.query("missing.example.jp", "A")).toMatchObject({ fromCache: false });
    expect(queriesFor("missing.example.jp")).toBe(2);
  });
});

describe("failures", () => {
  it("keeps SERVFAIL for a few seconds only", async () => {
    const client = cached();
    expect((await client.query("broken.example.jp", "A")).status).toBe("servfail");
    expect(await client.query("broken.example.jp", "A")).toMatchObject({ status: "servfail", fromCache: true });
    clock += 3_000;
    expect(await client.query("broken.example.jp", "A")).toMatchObject({ status: "servfail", fromCache: false });
    expect(queriesFor("broken.example.jp")).toBe(2);
  });

  it("can be told not to keep failures at all", async () => {
    const wire = createWireClient({ servers: [{ host: server.host, port: server.port }], retries: 0 });
    const client = createCachingClient(wire, { maxEntries: 10, now, failureTtlMs: 0 });
    await client.query("broken.example.jp", "A");
    await client.query("broken.example.jp", "A");
    expect(queriesFor("broken.example.jp")).toBe(2);
  });

  it("never stores an answer cut short by the caller's deadline", async () => {
    const client = cached();
    const answer = await client.query("slow.example.jp", "TXT", { signal: AbortSignal.timeout(20) });
    expect(answer.status).toBe("timeout");
    expect(await client.query("slow.example.jp", "TXT")).toMatchObject({ status: "ok", fromCache: false });
  });
});

describe("in-flight coalescing", () => {
  it("sends one query for ten identical parallel calls", async () => {
    const client = cached();
    const answers = await Promise.all(Array.from({ length: 10 }, () => client.query("slow.example.jp", "TXT")));
    expect(answers.every((answer) => answer.status === "ok")).toBe(true);
    expect(answers.filter((answer) => !answer.fromCache)).toHaveLength(1);
    expect(queriesFor("slow.example.jp")).toBe(1);
    expect(client.stats()).toMatchObject({ misses: 1, inflightJoins: 9, hits: 0, entries: 1 });
  });

  it("one caller giving up does not cut the others short", async () => {
    const client = cached();
    const impatient = client.query("slow.example.jp", "TXT", { signal: AbortSignal.timeout(20) });
    const patient = client.query("slow.example.jp", "TXT");
    expect((await impatient).status).toBe("timeout");
    expect((await patient).status).toBe("ok");
    expect(queriesFor("slow.example.jp")).toBe(1);
  });

  it("stops the shared query once every caller has given up", async () => {
    const seen: AbortSignal[] = [];
    const inner: DnsClient = {
      query: (name, type, options) => {
        if (options?.signal) seen.push(options.signal);
        return new Promise(() => {});
      },
    };
    const client = createCachingClient(inner, { maxEntries: 10, now });
    const a = new AbortController();
    const b = new AbortController();
    const first = client.query("example.jp", "A", { signal: a.signal });
    const second = client.query("example.jp", "A", { signal: b.signal });
    a.abort();
    expect((await first).status).toBe("timeout");
    expect(seen[0]?.aborted).toBe(false);
    b.abort();
    expect((await second).status).toBe("timeout");
    expect(seen[0]?.aborted).toBe(true);
    expect(seen).toHaveLength(1);
  });
});

describe("bounds", () => {
  it("evicts the least recently used entry beyond maxEntries", async () => {
    const answers: DnsClient = {
      query: async (name, type) => ({
        question: { name, type },
        status: "ok",
        records: [],
        cnameChain: [],
        ttl: 300,
        authoritative: true,
        fromCache: false,
        elapsedMs: 1,
      }),
    };
    const client = createCachingClient(answers, { maxEntries: 3, now });
    for (const name of ["a.jp", "b.jp", "c.jp"]) await client.query(name, "A");
    await client.query("a.jp", "A");
    await client.query("d.jp", "A");
    expect(client.stats()).toMatchObject({ entries: 3, evictions: 1 });
    expect((await client.query("a.jp", "A")).fromCache).toBe(true);
    expect((await client.query("b.jp", "A")).fromCache).toBe(false);
    client.clear();
    expect(client.stats().entries).toBe(0);
  });

  it("caps positive TTLs", async () => {
    const long: DnsClient = {
      query: async (name, type) => ({
        question: { name, type },
        status: "ok",
        records: [],
        cnameChain: [],
        ttl: 604_800,
        authoritative: true,
        fromCache: false,
        elapsedMs: 1,
      }),
    };
    const client = createCachingClient(long, { maxEntries: 3, now, maxTtlSeconds: 60 });
    await client.query("a.jp", "A");
    clock += 60_000;
    expect((await client.query("a.jp", "A")).fromCache).toBe(false);
  });
});
