import { createSocket } from "node:dgram";
import { connect } from "node:net";
import * as dnsPacket from "dns-packet";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FixtureZoneError } from "@/lib/dns/fixture-server/entries";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { createWireClient } from "@/lib/dns/wire-client";
import { frameForTcp, TcpMessageReader } from "@/lib/dns/wire-format";

let server: FixtureDnsServer;

beforeAll(async () => {
  server = await startFixtureDnsServer({
    zones: {
      "spftimeout.example.net": [{ TXT: "v=spf1 -all" }, "TIMEOUT"],
      "alltimeout.example.net": ["TIMEOUT"],
      "gone.example.net": ["NXDOMAIN"],
      "www.sub.example.jp": [{ A: "192.0.2.1" }],
      "big.example.jp": [{ TXT: "x".repeat(600) }],
    },
  });
});
afterAll(() => server.close());
beforeEach(() => server.resetStats());

function query(name: string, type: dnsPacket.RecordType, extra: Partial<dnsPacket.Packet> = {}): Buffer {
  return dnsPacket.encode({ type: "query", id: 99, flags: dnsPacket.RECURSION_DESIRED, questions: [{ name, type }], ...extra });
}

async function overUdp(message: Buffer, port = server.port): Promise<dnsPacket.DecodedPacket & { rcode?: string }> {
  const socket = createSocket("udp4");
  try {
    return await new Promise((resolve, reject) => {
      socket.on("message", (reply) => resolve(dnsPacket.decode(reply)));
      socket.send(message, port, "127.0.0.1");
      setTimeout(() => reject(new Error("no UDP reply")), 1000);
    });
  } finally {
    socket.close();
  }
}

const client = () => createWireClient({ servers: [{ host: server.host, port: server.port }], timeoutMs: 150, retries: 0 });

describe("answers", () => {
  it("times out only the types without a record before TIMEOUT (pyspf semantics)", async () => {
    expect((await client().query("spftimeout.example.net", "TXT")).status).toBe("ok");
    expect((await client().query("spftimeout.example.net", "A")).status).toBe("timeout");
    expect((await client().query("alltimeout.example.net", "TXT")).status).toBe("timeout");
    expect((await client().query("gone.example.net", "TXT")).status).toBe("nxdomain");
  });

  it("NXDOMAIN and NODATA carry the zone's SOA; empty non-terminals and apexes exist", async () => {
    const nx = await overUdp(query("nope.example.jp", "A"));
    expect(nx.rcode).toBe("NXDOMAIN");
    expect(nx.authorities).toEqual([expect.objectContaining({ name: "example.jp", type: "SOA", ttl: 60 })]);
    const ent = await overUdp(query("sub.example.jp", "A"));
    expect(ent.rcode).toBe("NOERROR");
    expect(ent.answers).toEqual([]);
    expect(ent.authorities?.[0]?.type).toBe("SOA");
    const apex = await overUdp(query("example.jp", "SOA"));
    expect(apex.answers).toEqual([expect.objectContaining({ type: "SOA", data: expect.objectContaining({ mname: "ns1.example.jp" }) })]);
  });

  it("matches names case-insensitively, echoes the question as asked, sets AA and RA", async () => {
    const reply = await overUdp(query("WWW.Sub.Example.JP", "A"));
    expect(reply.questions).toEqual([expect.objectContaining({ name: "WWW.Sub.Example.JP", type: "A" })]);
    expect(reply.answers).toEqual([expect.objectContaining({ name: "www.sub.example.jp", data: "192.0.2.1", ttl: 300 })]);
    expect(reply).toMatchObject({ flag_aa: true, flag_ra: true, flag_rd: true });
  });

  it("truncates UDP replies over 512 bytes when the query has no EDNS", async () => {
    const reply = await overUdp(query("big.example.jp", "TXT"));
    expect(reply.flag_tc).toBe(true);
    expect(reply.answers).toEqual([]);
  });

  it("answers NOTIMP to other opcodes and BADVERS to EDNS version 1", async () => {
    const status = await overUdp(query("example.jp", "A", { flags: 2 << 11 }));
    expect(status.rcode).toBe("NOTIMP");
    const opt = { type: "OPT" as const, name: ".", udpPayloadSize: 1232, extendedRcode: 0, ednsVersion: 1, flags: 0, flag_do: false, options: [] };
    const badvers = await overUdp(query("example.jp", "A", { additionals: [opt] }));
    expect(badvers.additionals?.[0]).toMatchObject({ type: "OPT", extendedRcode: 1 });
  });
});

describe("TCP", () => {
  it("answers pipelined queries and queries split across reads on one connection", async () => {
    const socket = connect({ host: server.host, port: server.port });
    const reader = new TcpMessageReader();
    const replies: dnsPacket.DecodedPacket[] = [];
    const done = new Promise<void>((resolve) => {
      socket.on("data", (chunk: Buffer) => {
        for (const message of reader.push(chunk)) replies.push(dnsPacket.decode(message));
        if (replies.length === 3) resolve();
      });
    });
    await new Promise<void>((resolve) => socket.on("connect", resolve));
    socket.write(Buffer.concat([frameForTcp(query("www.sub.example.jp", "A")), frameForTcp(query("big.example.jp", "TXT"))]));
    const third = frameForTcp(query("nope.example.jp", "A"));
    socket.write(third.subarray(0, 5));
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.write(third.subarray(5));
    await done;
    socket.destroy();
    expect(replies.map((reply) => reply.answers?.length)).toEqual([1, 1, 0]);
    expect(replies[1]?.flag_tc).toBe(false);
    expect(server.stats()).toMatchObject({ tcp: 3, udp: 0 });
  });
});

describe("changing data while running", () => {
  it("upsert, remove and setZones take effect at once; bad data is refused and the old data kept", async () => {
    const dns = await startFixtureDnsServer({ zones: { "a.example.jp": [{ A: "192.0.2.1" }] } });
    const c = createWireClient({ servers: [{ host: dns.host, port: dns.port }], timeoutMs: 200, retries: 0 });
    try {
      dns.upsert("A.Example.JP.", [{ A: "192.0.2.2" }]);
      expect((await c.query("a.example.jp", "A")).records[0]?.data).toBe("192.0.2.2");
      expect(() => dns.upsert("a.example.jp", [{ A: "nope" }])).toThrow(FixtureZoneError);
      expect((await c.query("a.example.jp", "A")).records[0]?.data).toBe("192.0.2.2");
      dns.remove("a.example.jp");
      expect((await c.query("a.example.jp", "A")).status).toBe("nxdomain");
      dns.setZones({ "b.example.jp": [{ TXT: "b" }] });
      expect(dns.zones()).toEqual({ "b.example.jp": [{ TXT: "b" }] });
      expect((await c.query("b.example.jp", "TXT")).status).toBe("ok");
      expect(() => dns.setZones({ "c.example.jp": [{ MX: "broken" }] })).toThrow(FixtureZoneError);
      expect((await c.query("b.example.jp", "TXT")).status).toBe("ok");
    } finally {
      await dns.close();
    }
  });

  it("counts queries by name and type until reset", async () => {
    await client().query("www.sub.example.jp", "A");
    await client().query("WWW.sub.example.jp", "TXT");
    expect(server.stats()).toMatchObject({ queries: 2, udp: 2, byName: { "www.sub.example.jp": 2 }, byType: { A: 1, TXT: 1 } });
    server.resetStats();
    expect(server.stats()).toEqual({ queries: 0, udp: 0, tcp: 0, byName: {}, byType: {}, inFlight: 0, maxInFlight: 0 });
  });
});

describe("lifecycle", () => {
  it("refuses names outside explicit zones when asked to, like a real authoritative server", async () => {
    const dns = await startFixtureDnsServer({
      refuseOutOfZone: true,
      zones: { "example.org": [{ SOA: ["ns.example.org", "h.example.org"] }], "www.example.org": [{ A: "192.0.2.9" }] },
    });
    try {
      expect((await overUdp(query("www.example.org", "A"), dns.port)).rcode).toBe("NOERROR");
      expect((await overUdp(query("www.example.com", "A"), dns.port)).rcode).toBe("REFUSED");
    } finally {
      await dns.close();
    }
  });

  it("listens on one port for UDP and TCP, and stops answering once closed", async () => {
    const dns = await startFixtureDnsServer({ zones: { "example.jp": [{ A: "192.0.2.1" }], "tc.example.jp": ["TRUNCATE", { A: "192.0.2.2" }] } });
    const udp = createWireClient({ servers: [{ host: dns.host, port: dns.port }], timeoutMs: 100, retries: 0, ednsPayloadSize: null });
    expect((await udp.query("example.jp", "A")).status).toBe("ok");
    expect((await udp.query("tc.example.jp", "A")).status).toBe("ok");
    expect(dns.stats()).toMatchObject({ udp: 2, tcp: 1 });
    await dns.close();
    await dns.close();
    expect((await udp.query("example.jp", "A")).status).toBe("error");
  });

  it("fails to start on a port already taken", async () => {
    await expect(startFixtureDnsServer({ port: server.port })).rejects.toThrow(/EADDRINUSE/);
  });
});
