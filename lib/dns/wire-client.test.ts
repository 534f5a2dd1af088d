import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { createWireClient, type WireClientOptions } from "@/lib/dns/wire-client";

const LONG_TXT = `v=spf1 ${"ip4:192.0.2.1 ".repeat(250)}`.slice(0, 3000);

let server: FixtureDnsServer;

beforeAll(async () => {
  server = await startFixtureDnsServer({
    zones: {
      "example.jp": [
        { SOA: ["ns1.example.jp", "hostmaster.example.jp", 1, 3600, 600, 86400, 120] },
        { TXT: "v=spf1 -all" },
        { MX: [10, "MX.Example.JP."] },
        { NS: "ns1.example.jp" },
      ],
      "ns1.example.jp": [{ A: "192.0.2.53" }, { AAAA: "2001:DB8::53" }],
      "split.example.jp": [{ TXT: ["v=spf1 ip4:192.0.2.1 ", "-all"] }, { TXT: "second record" }],
      "long.example.jp": [{ TXT: LONG_TXT }],
      "ptr.example.jp": [{ PTR: "mail.example.jp." }],
      "broken.example.jp": ["SERVFAIL"],
      "closed.example.jp": ["REFUSED"],
      "silent.example.jp": ["TIMEOUT"],
      "big.example.jp": ["TRUNCATE", { TXT: "v=spf1 -all" }],
      "slow.example.jp": [{ A: "192.0.2.99" }, { DELAY: 150 }],
    },
  });
});

afterAll(() => server.close());
beforeEach(() => server.resetStats());

function client(options: Partial<WireClientOptions> = {}) {
  return createWireClient({ servers: [{ host: server.host, port: server.port }], timeoutMs: 500, retries: 0, ...options });
}

describe("statuses", () => {
  it("ok: records of the asked type with their TTL and the AA bit", async () => {
    const answer = await client().query("EXAMPLE.jp.", "MX");
    expect(answer).toMatchObject({
      question: { name: "example.jp", type: "MX" },
      status: "ok",
      records: [{ name: "example.jp", type: "MX", ttl: 300, data: { preference: 10, exchange: "mx.example.jp" } }],
      cnameChain: [],
      ttl: 300,
      authoritative: true,
      server: `127.0.0.1:${server.port}`,
      fromCache: false,
    });
  });

  it("ok for every supported type", async () => {
    const c = client();
    expect((await c.query("ns1.example.jp", "A")).records[0]?.data).toBe("192.0.2.53");
    expect((await c.query("ns1.example.jp", "AAAA")).records[0]?.data).toBe("2001:db8::53");
    expect((await c.query("example.jp", "NS")).records[0]?.data).toBe("ns1.example.jp");
    expect((await c.query("ptr.example.jp", "PTR")).records[0]?.data).toBe("mail.example.jp");
    expect((await c.query("example.jp", "SOA")).records[0]?.data).toMatchObject({ mname: "ns1.example.jp", minimum: 120 });
    expect((await c.query("example.jp", "TXT")).records[0]?.data).toEqual(["v=spf1 -all"]);
  });

  it("nxdomain and nodata carry the SOA-derived negative TTL", async () => {
    expect(await client().query("missing.example.jp", "TXT")).toMatchObject({ status: "nxdomain", records: [], ttl: 120 });
    expect(await client().query("ns1.example.jp", "TXT")).toMatchObject({ status: "nodata", records: [], ttl: 120 });
  });

  it("servfail and refused", async () => {
    expect(await client().query("broken.example.jp", "A")).toMatchObject({ status: "servfail", ttl: 0 });
    expect(await client().query("closed.example.jp", "A")).toMatchObject({ status: "refused", ttl: 0 });
  });

  it("timeout after every attempt, within the time the attempts allow", async () => {
    const started = performance.now();
    const answer = await client({ timeoutMs: 150, retries: 2 }).query("silent.example.jp", "A");
    const elapsed = performance.now() - started;
    expect(answer).toMatchObject({ status: "timeout", records: [] });
    expect(answer.detail).toContain("within 150 ms");
    expect(server.stats().byName["silent.example.jp"]).toBe(3);
    expect(elapsed).toBeGreaterThanOrEqual(440);
    expect(elapsed).toBeLessThan(1500);
  });

  it("error for names that cannot be sent, without sending anything", async () => {
    for (const name of ["", "a..example.jp", `${"x".repeat(64)}.example.jp`, Array(5).fill("a".repeat(60)).join(".")]) {
      const answer = await client().query(name, "TXT");
      expect(answer.status).toBe("error");
      expect(answer.detail).toMatch(/^invalid name/);
    }
    expect(server.stats().queries).toBe(0);
    expect((await client().query("_dmarc.example.jp", "TXT")).status).toBe("nxdomain");
  });

  it("error when nothing listens on the port", async () => {
    const answer = await createWireClient({ servers: [{ host: "127.0.0.1", port: 9 }], timeoutMs: 500, retries: 0 }).query("example.jp", "A");
    expect(answer.status).toBe("error");
    expect(answer.detail).toContain("ECONNREFUSED");
  });
});

describe("TXT and transport", () => {
  it("returns each character-string of a TXT record as sent, one entry per record", async () => {
    const answer = await client().query("split.example.jp", "TXT");
    expect(answer.records.map((record) => record.data)).toEqual([["v=spf1 ip4:192.0.2.1 ", "-all"], ["second record"]]);
  });

  it("a 3000-byte TXT comes back truncated over UDP and whole over TCP", async () => {
    const answer = await client().query("long.example.jp", "TXT");
    expect(answer.status).toBe("ok");
    const strings = answer.records[0]?.data ?? [];
    expect(strings.map((part) => part.length)).toEqual([255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 195]);
    expect(strings.join("")).toBe(LONG_TXT);
    expect(server.stats()).toMatchObject({ udp: 1, tcp: 1 });
  });

  it("the TRUNCATE fault forces TCP even for a small answer", async () => {
    const answer = await client().query("big.example.jp", "TXT");
    expect(answer).toMatchObject({ status: "ok", records: [{ data: ["v=spf1 -all"] }] });
    expect(server.stats()).toMatchObject({ udp: 1, tcp: 1 });
  });

  it("waits for a DELAYed answer within the timeout, and gives up on it past the timeout", async () => {
    const answer = await client({ timeoutMs: 1000 }).query("slow.example.jp", "A");
    expect(answer.status).toBe("ok");
    expect(answer.elapsedMs).toBeGreaterThanOrEqual(140);
    expect((await client({ timeoutMs: 50 }).query("slow.example.jp", "A")).status).toBe("timeout");
  });

  it("a signal ends the query early with status timeout", async () => {
    const started = performance.now();
    const answer = await client({ timeoutMs: 2000, retries: 3 }).query("silent.example.jp", "A", { signal: AbortSignal.timeout(100) });
    expect(answer).toMatchObject({ status: "timeout", detail: "deadline reached before an answer" });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(server.stats().byName["silent.example.jp"]).toBe(1);
  });
});

describe("servers and retries", () => {
  it("moves on to the next server when one stays silent", async () => {
    const silent = await startFixtureDnsServer({ zones: { "example.jp": ["TIMEOUT"] } });
    try {
      const c = createWireClient({
        servers: [{ host: silent.host, port: silent.port }, { host: server.host, port: server.port }],
        timeoutMs: 100,
        retries: 0,
      });
      const answer = await c.query("example.jp", "TXT");
      expect(answer).toMatchObject({ status: "ok", server: `127.0.0.1:${server.port}` });
      expect(silent.stats().queries).toBe(1);
    } finally {
      await silent.close();
    }
  });

  it("asks another server after SERVFAIL but does not ask the failing one again", async () => {
    const failing = await startFixtureDnsServer({ zones: { "example.jp": ["SERVFAIL"] } });
    try {
      const c = createWireClient({ servers: [{ host: failing.host, port: failing.port }], timeoutMs: 100, retries: 3 });
      expect((await c.query("example.jp", "TXT")).status).toBe("servfail");
      expect(failing.stats().queries).toBe(1);
      const both = createWireClient({
        servers: [{ host: failing.host, port: failing.port }, { host: server.host, port: server.port }],
        timeoutMs: 100,
      });
      expect((await both.query("example.jp", "TXT")).status).toBe("ok");
    } finally {
      await failing.close();
    }
  });
});
