import { createSocket, type RemoteInfo, type Socket } from "node:dgram";
import * as dnsPacket from "dns-packet";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withDeadline, withSignal } from "@/lib/dns/deadline";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { createWireClient } from "@/lib/dns/wire-client";

/** A bare UDP server whose replies the test writes itself, to misbehave in exact ways. */
async function rawServer(onQuery: (query: dnsPacket.DecodedPacket, reply: (packet: dnsPacket.Packet) => void) => void) {
  const socket: Socket = createSocket("udp4");
  const seen: dnsPacket.DecodedPacket[] = [];
  socket.on("message", (message, peer: RemoteInfo) => {
    const query = dnsPacket.decode(message);
    seen.push(query);
    onQuery(query, (packet) => socket.send(dnsPacket.encode(packet), peer.port, peer.address));
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return { port: socket.address().port, seen, close: () => new Promise<void>((resolve) => socket.close(() => resolve())) };
}

function answerTo(query: dnsPacket.DecodedPacket, overrides: Partial<dnsPacket.Packet> = {}): dnsPacket.Packet {
  const question = query.questions?.[0] ?? { name: "", type: "A" as const };
  return {
    type: "response",
    id: query.id,
    flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE,
    questions: [question],
    answers: [{ name: question.name, type: "A", ttl: 60, data: "192.0.2.1" }],
    ...overrides,
  };
}

let fixture: FixtureDnsServer;
const delayed: Record<string, [{ A: string }, { DELAY: number }]> = {};
for (let i = 0; i < 10; i += 1) delayed[`d${i}.example.jp`] = [{ A: `192.0.2.${i + 1}` }, { DELAY: 80 }];

beforeAll(async () => {
  fixture = await startFixtureDnsServer({
    zones: { ...delayed, "mid.example.jp": [{ TXT: "x".repeat(1100) }], "silent.example.jp": ["TIMEOUT"] },
  });
});
afterAll(() => fixture.close());
beforeEach(() => fixture.resetStats());

const fixtureServers = () => [{ host: fixture.host, port: fixture.port }];

describe("reply matching", () => {
  it("ignores datagrams with another id or question and keeps waiting for the real reply", async () => {
    const spoofer = await rawServer((query, reply) => {
      reply(answerTo(query, { id: (query.id! + 1) & 0xffff, answers: [{ name: "example.jp", type: "A", ttl: 60, data: "203.0.113.66" }] }));
      reply(answerTo(query, { questions: [{ name: "other.example.jp", type: "A" }], answers: [] }));
      reply({ ...answerTo(query), type: "query" });
      setTimeout(() => reply(answerTo(query)), 20);
    });
    try {
      const answer = await createWireClient({ servers: [{ host: "127.0.0.1", port: spoofer.port }], timeoutMs: 500 }).query("example.jp", "A");
      expect(answer).toMatchObject({ status: "ok", records: [{ data: "192.0.2.1" }] });
      expect(spoofer.seen).toHaveLength(1);
    } finally {
      await spoofer.close();
    }
  });

  it("uses a fresh random id per query", async () => {
    const echo = await rawServer((query, reply) => reply(answerTo(query)));
    try {
      const c = createWireClient({ servers: [{ host: "127.0.0.1", port: echo.port }] });
      await Promise.all(Array.from({ length: 8 }, () => c.query("example.jp", "A")));
      expect(new Set(echo.seen.map((query) => query.id)).size).toBeGreaterThan(1);
    } finally {
      await echo.close();
    }
  });
});

describe("EDNS0", () => {
  it("advertises 1232 bytes, so an 1100-byte TXT needs no TCP", async () => {
    const answer = await createWireClient({ servers: fixtureServers() }).query("mid.example.jp", "TXT");
    expect(answer.records[0]?.data.join("")).toHaveLength(1100);
    expect(fixture.stats()).toMatchObject({ udp: 1, tcp: 0 });
  });

  it("without EDNS the 512-byte limit applies and TCP takes over", async () => {
    const answer = await createWireClient({ servers: fixtureServers(), ednsPayloadSize: null }).query("mid.example.jp", "TXT");
    expect(answer.status).toBe("ok");
    expect(fixture.stats()).toMatchObject({ udp: 1, tcp: 1 });
  });

  it("repeats the query without OPT when a server answers FORMERR to EDNS (RFC 6891 §7)", async () => {
    const old = await rawServer((query, reply) => {
      const hasOpt = (query.additionals ?? []).some((record) => record.type === "OPT");
      reply(hasOpt ? { type: "response", id: query.id, flags: 1, questions: [] } : answerTo(query));
    });
    try {
      const answer = await createWireClient({ servers: [{ host: "127.0.0.1", port: old.port }] }).query("example.jp", "A");
      expect(answer.status).toBe("ok");
      expect(old.seen.map((query) => (query.additionals ?? []).length)).toEqual([1, 0]);
    } finally {
      await old.close();
    }
  });
});

describe("concurrency bound", () => {
  it("never has more than maxConcurrent queries in flight at the server", async () => {
    const c = createWireClient({ servers: fixtureServers(), maxConcurrent: 3, timeoutMs: 2000 });
    const started = performance.now();
    const answers = await Promise.all(Object.keys(delayed).map((name) => c.query(name, "A")));
    const elapsed = performance.now() - started;
    expect(answers.every((answer) => answer.status === "ok")).toBe(true);
    expect(fixture.stats().maxInFlight).toBe(3);
    expect(elapsed).toBeGreaterThanOrEqual(4 * 80 - 10);
  });

  it("a queued query leaves the queue when its signal aborts", async () => {
    const c = createWireClient({ servers: fixtureServers(), maxConcurrent: 1, timeoutMs: 2000 });
    const first = c.query("d0.example.jp", "A");
    const queued = c.query("d1.example.jp", "A", { signal: AbortSignal.timeout(20) });
    expect(await queued).toMatchObject({ status: "timeout" });
    expect((await first).status).toBe("ok");
    expect(fixture.stats().byName["d1.example.jp"]).toBeUndefined();
  });
});

describe("deadlines", () => {
  it("withDeadline bounds every query of an analysis together", async () => {
    const analysis = withDeadline(createWireClient({ servers: fixtureServers(), timeoutMs: 2000, retries: 2 }), 250);
    const started = performance.now();
    expect((await analysis.query("mid.example.jp", "TXT")).status).toBe("ok");
    expect((await analysis.query("silent.example.jp", "A")).status).toBe("timeout");
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(240);
    expect(elapsed).toBeLessThan(1500);
    expect(analysis.signal.aborted).toBe(true);
    expect(await analysis.query("d2.example.jp", "A")).toMatchObject({ status: "timeout", elapsedMs: 0 });
    expect(fixture.stats().byName["d2.example.jp"]).toBeUndefined();
  });

  it("withSignal still honours a per-query signal", async () => {
    const controller = new AbortController();
    const c = withSignal(createWireClient({ servers: fixtureServers(), timeoutMs: 2000 }), controller.signal);
    expect((await c.query("silent.example.jp", "A", { signal: AbortSignal.timeout(30) })).status).toBe("timeout");
    controller.abort();
    expect((await c.query("d0.example.jp", "A")).status).toBe("timeout");
  });
});

describe("IPv6 transport", () => {
  it("talks to a server on ::1", async () => {
    const v6 = await startFixtureDnsServer({ host: "::1", zones: { "example.jp": [{ AAAA: "2001:db8::1" }] } });
    try {
      const answer = await createWireClient({ servers: [{ host: "::1", port: v6.port }] }).query("example.jp", "AAAA");
      expect(answer).toMatchObject({ status: "ok", server: `[::1]:${v6.port}`, records: [{ data: "2001:db8::1" }] });
    } finally {
      await v6.close();
    }
  });
});
