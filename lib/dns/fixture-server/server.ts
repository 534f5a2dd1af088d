import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { createServer, isIPv6, type Server as TcpServer, type Socket as TcpSocket } from "node:net";
import * as dnsPacket from "dns-packet";
import { normalizeName } from "@/lib/dns/names";
import { frameForTcp, TcpMessageReader } from "@/lib/dns/wire-format";
import { compileName, type FixtureEntry, type FixtureZones } from "@/lib/dns/fixture-server/entries";
import { planReply, truncatedPacket, type RespondOptions } from "@/lib/dns/fixture-server/respond";
import { compileZones, normalizeZones, type CompiledZones } from "@/lib/dns/fixture-server/zones";

export interface FixtureDnsServerOptions extends RespondOptions {
  zones?: FixtureZones;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: an ephemeral port, the same number for UDP and TCP. */
  port?: number;
}

export interface FixtureStats {
  /** Queries received, over both transports, including ones left unanswered. */
  queries: number;
  udp: number;
  tcp: number;
  /** Queries per question name (lower case). */
  byName: Record<string, number>;
  /** Queries per question type. */
  byType: Record<string, number>;
  /** Replies being prepared or delayed right now (TIMEOUT queries are not counted). */
  inFlight: number;
  /** Highest `inFlight` since the last reset. */
  maxInFlight: number;
}

export interface FixtureDnsServer {
  readonly host: string;
  readonly port: number;
  close(): Promise<void>;
  /** Replaces every zone. Throws FixtureZoneError and keeps the old data when `zones` is invalid. */
  setZones(zones: FixtureZones): void;
  /** Replaces one name's entries. */
  upsert(name: string, entries: FixtureEntry[]): void;
  remove(name: string): void;
  /** The data being served, keys normalised. */
  zones(): FixtureZones;
  stats(): FixtureStats;
  resetStats(): void;
}

const TCP_IDLE_MS = 10_000;

type QueryCounts = Omit<FixtureStats, "inFlight" | "maxInFlight">;

function emptyCounts(): QueryCounts {
  return { queries: 0, udp: 0, tcp: 0, byName: {}, byType: {} };
}

function bindUdp(socket: UdpSocket, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    socket.once("error", reject);
    socket.bind(port, host, () => {
      socket.off("error", reject);
      resolve(socket.address().port);
    });
  });
}

function listenTcp(server: TcpServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * A DNS server on loopback for tests, e2e and demos: UDP and TCP on one port, authoritative for
 * the zones it is given (AA=1) and answering RD queries too, so it can stand in for both the
 * resolver the app uses and a zone's name servers.
 */
export async function startFixtureDnsServer(options: FixtureDnsServerOptions = {}): Promise<FixtureDnsServer> {
  const host = options.host ?? "127.0.0.1";
  let raw = normalizeZones(options.zones ?? {});
  let compiled: CompiledZones = compileZones(raw);
  let counts = emptyCounts();
  let inFlight = 0;
  let maxInFlight = 0;
  let closed = false;
  const timers = new Set<NodeJS.Timeout>();
  const connections = new Set<TcpSocket>();

  function handle(message: Buffer, transport: "udp" | "tcp", send: (reply: Buffer) => void): void {
    let query: dnsPacket.DecodedPacket;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    if (query.type !== "query") return;
    const plan = planReply(compiled, query, options);
    counts.queries += 1;
    counts[transport] += 1;
    counts.byName[plan.name] = (counts.byName[plan.name] ?? 0) + 1;
    const type = query.questions?.[0]?.type ?? "?";
    counts.byType[type] = (counts.byType[type] ?? 0) + 1;
    if (plan.kind === "drop") return;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const deliver = () => {
      inFlight -= 1;
      if (closed) return;
      let wire = dnsPacket.encode(plan.packet);
      if (transport === "udp" && (plan.truncate || wire.length > plan.udpLimit)) wire = dnsPacket.encode(truncatedPacket(plan.packet));
      send(wire);
    };
    if (plan.delayMs <= 0) return deliver();
    const timer = setTimeout(() => {
      timers.delete(timer);
      deliver();
    }, plan.delayMs);
    timers.add(timer);
  }

  const tcp = createServer((socket) => {
    connections.add(socket);
    const reader = new TcpMessageReader();
    // RFC 7766 §6.2.3: a server may close idle connections; several queries may share one.
    socket.setTimeout(TCP_IDLE_MS, () => socket.destroy());
    socket.on("data", (chunk: Buffer) => {
      for (const message of reader.push(chunk)) {
        handle(message, "tcp", (reply) => {
          if (!socket.destroyed) socket.write(frameForTcp(reply));
        });
      }
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => connections.delete(socket));
  });

  const family = isIPv6(host) ? "udp6" : "udp4";
  let udp: UdpSocket | undefined;
  let port = options.port ?? 0;
  for (let attempt = 0; ; attempt += 1) {
    const candidate = createSocket(family);
    try {
      const bound = await bindUdp(candidate, port, host);
      await listenTcp(tcp, bound, host);
      udp = candidate;
      port = bound;
      break;
    } catch (error) {
      try {
        candidate.close();
      } catch {
        // A socket whose bind failed may already count as closed.
      }
      // With an ephemeral port, TCP may find the number UDP got already taken: draw again.
      if (options.port || (error as NodeJS.ErrnoException).code !== "EADDRINUSE" || attempt >= 20) throw error;
    }
  }
  const udpSocket = udp;
  udpSocket.on("message", (message, peer) => {
    handle(message, "udp", (reply) => {
      udpSocket.send(reply, peer.port, peer.address);
    });
  });
  // A reply to a client that has gone away can come back as an ICMP error; the server keeps serving.
  udpSocket.on("error", () => {});

  return {
    host,
    port,
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of connections) socket.destroy();
      await Promise.all([
        new Promise<void>((resolve) => udpSocket.close(() => resolve())),
        new Promise<void>((resolve) => tcp.close(() => resolve())),
      ]);
    },
    setZones(zones) {
      const next = normalizeZones(zones);
      compiled = compileZones(next);
      raw = next;
    },
    upsert(name, entries) {
      compileName(name, entries);
      const next = { ...raw, [normalizeName(name)]: entries };
      compiled = compileZones(next);
      raw = next;
    },
    remove(name) {
      const next = { ...raw };
      delete next[normalizeName(name)];
      compiled = compileZones(next);
      raw = next;
    },
    zones: () => structuredClone(raw),
    stats: () => ({ ...structuredClone(counts), inFlight, maxInFlight }),
    resetStats() {
      counts = emptyCounts();
      maxInFlight = inFlight;
    },
  };
}
