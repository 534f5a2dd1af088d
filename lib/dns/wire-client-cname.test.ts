import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import type { FixtureZones } from "@/lib/dns/fixture-server/entries";
import { createWireClient, MAX_CNAME_HOPS } from "@/lib/dns/wire-client";

// Each two-label suffix is its own synthesised zone, so a CNAME from one to another leaves the
// zone and the fixture server, like an authoritative server, answers with the CNAME alone.
const longChain: FixtureZones = {};
for (let i = 0; i < MAX_CNAME_HOPS + 2; i += 1) longChain[`hop.zone${i}.test`] = [{ CNAME: `hop.zone${i + 1}.test` }];

let server: FixtureDnsServer;

beforeAll(async () => {
  server = await startFixtureDnsServer({
    zones: {
      "www.example.jp": [{ CNAME: "web.example.jp", TTL: 60 }],
      "web.example.jp": [{ CNAME: "host.example.jp" }],
      "host.example.jp": [{ A: "192.0.2.80", TTL: 900 }, { TXT: "host" }],
      "alias.example.jp": [{ CNAME: "target.example.net", TTL: 30 }],
      "target.example.net": [{ CNAME: "final.example.org" }],
      "final.example.org": [{ A: "192.0.2.81" }],
      "dangling.example.jp": [{ CNAME: "missing.example.net", TTL: 45 }],
      "example.net": [{ SOA: ["ns.example.net", "hostmaster.example.net", 1, 1, 1, 1, 20] }],
      "loop.example.jp": [{ CNAME: "loop2.example.jp" }],
      "loop2.example.jp": [{ CNAME: "Loop.Example.JP." }],
      "x.example.jp": [{ CNAME: "y.example.org" }],
      "y.example.org": [{ CNAME: "x.example.jp" }],
      // From the RFC 7208 suite (ptr-cname-loop): a name whose CNAME points at itself.
      "loop4.example.com": [{ CNAME: "CNAME.example.com." }],
      "cname.example.com": [{ CNAME: "CNAME.example.com." }],
      ...longChain,
    },
  });
});

afterAll(() => server.close());
beforeEach(() => server.resetStats());

const recursive = () => createWireClient({ servers: [{ host: server.host, port: server.port }], timeoutMs: 500, retries: 0 });

describe("CNAME chains", () => {
  it("collects an in-zone chain from one answer; the TTL is the smallest along the chain", async () => {
    const answer = await recursive().query("www.example.jp", "A");
    expect(answer).toMatchObject({
      status: "ok",
      cnameChain: ["web.example.jp", "host.example.jp"],
      records: [{ name: "host.example.jp", type: "A", ttl: 900, data: "192.0.2.80" }],
      ttl: 60,
    });
    expect(server.stats().queries).toBe(1);
  });

  it("follows a chain that leaves the zone with new queries", async () => {
    const answer = await recursive().query("alias.example.jp", "A");
    expect(answer).toMatchObject({
      status: "ok",
      cnameChain: ["target.example.net", "final.example.org"],
      records: [{ name: "final.example.org", data: "192.0.2.81" }],
      ttl: 30,
    });
    expect(server.stats().byName).toEqual({ "alias.example.jp": 1, "target.example.net": 1, "final.example.org": 1 });
  });

  it("reports the end of the chain: NXDOMAIN for a dangling target, negative TTL capped by the CNAME", async () => {
    const answer = await recursive().query("dangling.example.jp", "TXT");
    expect(answer).toMatchObject({ status: "nxdomain", cnameChain: ["missing.example.net"], records: [], ttl: 20 });
  });

  it("NODATA at the end of an in-zone chain", async () => {
    expect(await recursive().query("www.example.jp", "MX")).toMatchObject({
      status: "nodata",
      cnameChain: ["web.example.jp", "host.example.jp"],
    });
  });

  it("answers a CNAME question with the CNAME itself", async () => {
    expect(await recursive().query("www.example.jp", "CNAME")).toMatchObject({
      status: "ok",
      cnameChain: [],
      records: [{ name: "www.example.jp", type: "CNAME", data: "web.example.jp" }],
    });
  });

  it("calls loops SERVFAIL, inside one answer and across queries", async () => {
    expect(await recursive().query("loop.example.jp", "A")).toMatchObject({ status: "servfail", detail: "CNAME loop at loop.example.jp" });
    expect(await recursive().query("x.example.jp", "TXT")).toMatchObject({ status: "servfail", detail: "CNAME loop at x.example.jp" });
    expect(await recursive().query("loop4.example.com", "A")).toMatchObject({ status: "servfail" });
  });

  it(`stops after ${MAX_CNAME_HOPS} follow-up queries`, async () => {
    const answer = await recursive().query("hop.zone0.test", "A");
    expect(answer.status).toBe("servfail");
    expect(answer.detail).toContain(`after ${MAX_CNAME_HOPS} follow-up queries`);
    expect(server.stats().queries).toBe(MAX_CNAME_HOPS + 1);
  });

  it("does not follow when asking an authoritative server directly (RD=0)", async () => {
    const direct = createWireClient({ servers: [{ host: server.host, port: server.port }], recursionDesired: false, retries: 0 });
    const answer = await direct.query("alias.example.jp", "A");
    expect(answer).toMatchObject({ status: "nodata", cnameChain: ["target.example.net"], records: [], authoritative: true });
    expect(server.stats().queries).toBe(1);
  });
});
