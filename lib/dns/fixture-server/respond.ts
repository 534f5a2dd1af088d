import * as dnsPacket from "dns-packet";
import { normalizeName } from "@/lib/dns/names";
import { RCODE } from "@/lib/dns/wire-format";
import type { RrType } from "@/lib/dns/types";
import type { ServedRecord } from "@/lib/dns/fixture-server/entries";
import { DEFAULT_TTL, nameExists, zoneApex, zoneSoa, type CompiledZones } from "@/lib/dns/fixture-server/zones";

/** Advertised in replies to EDNS queries; also the ceiling on what a client may ask for. */
export const SERVER_PAYLOAD_SIZE = 1232;
const NOTIMP = 4;
const BADVERS_HIGH_BITS = 1;
/** In-zone CNAME steps a single reply follows before giving up (loops end sooner). */
const MAX_IN_ZONE_CNAMES = 16;

export type ReplyPlan =
  | { kind: "drop"; name: string }
  | {
      kind: "reply";
      name: string;
      packet: dnsPacket.Packet;
      delayMs: number;
      /** Forced truncation over UDP (the TRUNCATE fault). */
      truncate: boolean;
      /** Largest UDP reply the client accepts (RFC 6891 §6.2.3; 512 without EDNS, RFC 1035 §4.2.1). */
      udpLimit: number;
    };

export interface RespondOptions {
  /** Answer REFUSED for names outside every zone with an explicit SOA, as a real authoritative server would. */
  refuseOutOfZone?: boolean;
}

function toWire(owner: string, record: ServedRecord, ttl: number): dnsPacket.Answer {
  const data = record.type === "TXT" ? record.data.map((part) => Buffer.from(part)) : record.data;
  return { name: owner, type: record.type, class: "IN", ttl, data } as dnsPacket.Answer;
}

/**
 * Decides the reply to one query: the records it asks for (following CNAMEs inside the zone, as
 * an authoritative server does per RFC 1034 §4.3.2), NXDOMAIN or NODATA with the zone's SOA in the
 * authority section (RFC 2308 §3), or the fault injected for the name.
 */
export function planReply(zones: CompiledZones, query: dnsPacket.DecodedPacket, options: RespondOptions = {}): ReplyPlan {
  const question = query.questions?.[0];
  const opt = (query.additionals ?? []).find((record): record is dnsPacket.OptAnswer => record.type === "OPT");
  const udpLimit = opt ? Math.max(512, Math.min(opt.udpPayloadSize, SERVER_PAYLOAD_SIZE)) : 512;
  const recursionDesired = query.flag_rd;
  const name = question ? normalizeName(question.name) : "";

  const reply = (rcode: number, sections: Pick<dnsPacket.Packet, "answers" | "authorities"> = {}, extra = { delayMs: 0, truncate: false }) => {
    const additionals: dnsPacket.Answer[] = [];
    if (opt) {
      additionals.push({
        type: "OPT",
        name: ".",
        udpPayloadSize: SERVER_PAYLOAD_SIZE,
        extendedRcode: rcode >> 4,
        ednsVersion: 0,
        flags: 0,
        flag_do: false,
        options: [],
      });
    }
    const flags =
      dnsPacket.AUTHORITATIVE_ANSWER |
      (recursionDesired ? dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE : 0) |
      (rcode & 0xf);
    const packet: dnsPacket.Packet = {
      type: "response",
      id: query.id ?? 0,
      flags,
      questions: question ? [question] : [],
      answers: sections.answers ?? [],
      authorities: sections.authorities ?? [],
      additionals,
    };
    return { kind: "reply" as const, name, packet, udpLimit, ...extra };
  };

  if ((query as { opcode?: string }).opcode !== "QUERY") return reply(NOTIMP);
  if (!question || (query.questions ?? []).length !== 1) return reply(RCODE.FORMERR);
  if (opt && opt.ednsVersion > 0) return reply(BADVERS_HIGH_BITS << 4);
  if (question.class !== undefined && question.class !== "IN") return reply(RCODE.REFUSED);

  const zone = zoneApex(zones, name);
  if (options.refuseOutOfZone && !zone.explicit) return reply(RCODE.REFUSED);
  const soa = zoneSoa(zones, zone.apex);
  const soaAuthority = (): dnsPacket.Answer[] => [
    { name: zone.apex, type: "SOA", class: "IN", ttl: Math.min(soa.ttl, soa.data.minimum), data: soa.data },
  ];

  const qtype = question.type;
  const answers: dnsPacket.Answer[] = [];
  const visited = new Set<string>();
  const extra = { delayMs: 0, truncate: false };
  let current = name;
  for (let step = 0; step <= MAX_IN_ZONE_CNAMES; step += 1) {
    visited.add(current);
    const data = zones.names.get(current);
    if (!data) {
      if (!nameExists(zones, current, zone.apex)) return reply(RCODE.NXDOMAIN, { answers, authorities: soaAuthority() }, extra);
      if (qtype === "SOA" && current === zone.apex) {
        answers.push({ name: current, type: "SOA", class: "IN", ttl: soa.ttl, data: soa.data });
        return reply(RCODE.NOERROR, { answers }, extra);
      }
      return reply(RCODE.NOERROR, { answers, authorities: soaAuthority() }, extra);
    }
    extra.delayMs = Math.max(extra.delayMs, data.delayMs);
    extra.truncate ||= data.truncate;
    const fault = data.faults.find((candidate) => !candidate.exempt.has(qtype as RrType));
    if (fault?.fault === "TIMEOUT") return { kind: "drop", name };
    if (fault) {
      const rcode = RCODE[fault.fault];
      return reply(rcode, rcode === RCODE.NXDOMAIN ? { authorities: soaAuthority() } : {}, extra);
    }
    const ttlOf = (record: ServedRecord) => record.ttl ?? data.ttl ?? DEFAULT_TTL;
    const alias = qtype === "CNAME" ? undefined : data.records.find((record) => record.type === "CNAME");
    if (alias && alias.type === "CNAME") {
      answers.push(toWire(current, alias, ttlOf(alias)));
      const target = alias.data;
      // A chain leaving the zone, or looping, is the client's to follow or to reject.
      if (visited.has(target) || zoneApex(zones, target).apex !== zone.apex) return reply(RCODE.NOERROR, { answers }, extra);
      current = target;
      continue;
    }
    const matching = data.records.filter((record) => record.type === qtype);
    if (qtype === "SOA" && matching.length === 0 && current === zone.apex) {
      answers.push({ name: current, type: "SOA", class: "IN", ttl: soa.ttl, data: soa.data });
      return reply(RCODE.NOERROR, { answers }, extra);
    }
    if (matching.length === 0) return reply(RCODE.NOERROR, { answers, authorities: soaAuthority() }, extra);
    for (const record of matching) answers.push(toWire(current, record, ttlOf(record)));
    return reply(RCODE.NOERROR, { answers }, extra);
  }
  return reply(RCODE.NOERROR, { answers }, extra);
}

/** The same reply with no records and TC set: the client must repeat the query over TCP (RFC 7766 §5). */
export function truncatedPacket(packet: dnsPacket.Packet): dnsPacket.Packet {
  return { ...packet, flags: (packet.flags ?? 0) | dnsPacket.TRUNCATED_RESPONSE, answers: [], authorities: [] };
}
