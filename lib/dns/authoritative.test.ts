import { createSocket, type Socket } from "node:dgram";
import * as dnsPacket from "dns-packet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findZone, queryAuthoritative } from "@/lib/dns/authoritative";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import type { FixtureZones } from "@/lib/dns/fixture-server/entries";
import { createWireClient } from "@/lib/dns/wire-client";

// Every name server of example.jp listens on the same port, each on its own loopback address,
// the way real ones all listen on 53: the port of the direct queries is the one setting tests change.
const zone = (dmarc: string): FixtureZones => ({
  "example.jp": [
    { SOA: ["ns1.example.jp", "hostmaster.example.jp", 2, 3600, 600, 86400, 60] },
    { NS: "ns1.example.jp" },
    { NS: "ns2.example.jp" },
    { NS: "ns3.example.jp" },
    { NS: "ns4.example.jp" },
    { NS: "ns5.example.net" },
    { NS: "ns6.example.jp" },
  ],
  "_dmarc.example.jp": [{ TXT: dmarc }],
  "www.example.jp": [{ CNAME: "web.example.jp" }],
  "web.example.jp": [{ A: "192.0.2.80" }],
  "ns1.example.jp": [{ A: "127.0.0.1" }],
  "ns2.example.jp": [{ A: "127.0.0.2" }],
  "ns3.example.jp": [{ A: "127.0.0.3" }],
  "ns5.example.net": [{ A: "127.0.0.4" }],
  "ns6.example.jp": [{ A: "127.0.0.5" }],
  "broken.test": ["SERVFAIL"],
});

let primary: FixtureDnsServer;
let secondary: FixtureDnsServer;
let stranger: FixtureDnsServer;
let notAuthoritative: Socket;
const recursionDesiredSeen: boolean[] = [];

beforeAll(async () => {
  primary = await startFixtureDnsServer({ zones: zone("v=DMARC1; p=reject") });
  const port = primary.port;
  secondary = await startFixtureDnsServer({ host: "127.0.0.2", port, zones: zone("v=DMARC1; p=none") });
  stranger = await startFixtureDnsServer({
    host: "127.0.0.4",
    port,
    refuseOutOfZone: true,
    zones: { "other.example": [{ SOA: ["ns.other.example", "h.other.example"] }] },
  });
  // A server that answers but without the AA bit: lame for example.jp.
  notAuthoritative = createSocket("udp4");
  notAuthoritative.on("message", (message, peer) => {
    const query = dnsPacket.decode(message);
    recursionDesiredSeen.push(query.flag_rd);
    const reply = dnsPacket.encode({
      type: "response",
      id: query.id,
      flags: 0,
      questions: query.questions,
      answers: [{ name: "_dmarc.example.jp", type: "TXT", ttl: 60, data: ["v=DMARC1; p=none"] }],
    });
    notAuthoritative.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => notAuthoritative.bind(port, "127.0.0.5", resolve));
});

afterAll(async () => {
  await Promise.all([primary.close(), secondary.close(), stranger.close()]);
  notAuthoritative.close();
});

const recursive = () => createWireClient({ servers: [{ host: primary.host, port: primary.port }], timeoutMs: 300, retries: 0 });

describe("findZone", () => {
  it("walks up to the name that owns NS records", async () => {
    expect(await findZone(recursive(), "_dmarc.Example.JP.")).toMatchObject({
      status: "ok",
      apex: "example.jp",
      nameservers: ["ns1.example.jp", "ns2.example.jp", "ns3.example.jp", "ns4.example.jp", "ns5.example.net", "ns6.example.jp"],
    });
  });

  it("steps over an alias instead of taking its target's NS", async () => {
    expect((await findZone(recursive(), "www.example.jp")).apex).toBe("example.jp");
  });

  it("reports why it could not find a zone", async () => {
    expect(await findZone(recursive(), "x.broken.test")).toMatchObject({ status: "servfail", apex: null });
    expect(await findZone(recursive(), "nothing.invalid")).toMatchObject({ status: "nxdomain", apex: null });
    expect(await findZone(recursive(), "a..b")).toMatchObject({ status: "error", detail: "invalid name: empty label" });
  });
});

describe("queryAuthoritative", () => {
  it("asks every name server directly and shows which ones have the change", async () => {
    const result = await queryAuthoritative("_dmarc.example.jp", "TXT", {
      recursive: recursive(),
      port: primary.port,
      timeoutMs: 300,
      retries: 0,
    });
    expect(result.question).toEqual({ name: "_dmarc.example.jp", type: "TXT" });
    expect(result.zone.apex).toBe("example.jp");
    const summary = result.servers.map(({ nameserver, address, answer, lame }) => ({
      nameserver,
      address,
      status: answer.status,
      txt: answer.records[0]?.data.join(""),
      lame,
    }));
    expect(summary).toEqual([
      { nameserver: "ns1.example.jp", address: "127.0.0.1", status: "ok", txt: "v=DMARC1; p=reject", lame: false },
      { nameserver: "ns2.example.jp", address: "127.0.0.2", status: "ok", txt: "v=DMARC1; p=none", lame: false },
      { nameserver: "ns3.example.jp", address: "127.0.0.3", status: "error", txt: undefined, lame: true },
      { nameserver: "ns4.example.jp", address: null, status: "error", txt: undefined, lame: true },
      { nameserver: "ns5.example.net", address: "127.0.0.4", status: "refused", txt: undefined, lame: true },
      { nameserver: "ns6.example.jp", address: "127.0.0.5", status: "ok", txt: "v=DMARC1; p=none", lame: true },
    ]);
    expect(result.servers[3]?.answer.detail).toBe("name server ns4.example.jp has no address (A: nxdomain, AAAA: nxdomain)");
    expect(result.servers[0]?.answer).toMatchObject({ authoritative: true, server: `127.0.0.1:${primary.port}` });
  });

  it("sends the direct queries with RD=0", async () => {
    recursionDesiredSeen.length = 0;
    const result = await queryAuthoritative("www.example.jp", "A", { recursive: recursive(), port: primary.port, timeoutMs: 300, retries: 0, ipv6: false });
    const fromPrimary = result.servers.find((server) => server.address === "127.0.0.1");
    expect(fromPrimary?.answer).toMatchObject({ status: "ok", cnameChain: ["web.example.jp"], records: [{ data: "192.0.2.80" }] });
    expect(recursionDesiredSeen).toEqual([false]);
  });

  it("returns no servers, and the reason, when the zone cannot be found", async () => {
    const result = await queryAuthoritative("x.broken.test", "TXT", { recursive: recursive(), port: primary.port, timeoutMs: 300 });
    expect(result).toMatchObject({ zone: { status: "servfail" }, servers: [] });
  });
});
