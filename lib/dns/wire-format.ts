import { randomInt } from "node:crypto";
import * as dnsPacket from "dns-packet";
import { normalizeName } from "@/lib/dns/names";
import type { RrType } from "@/lib/dns/types";

/**
 * RFC 6891 §6.2.5 leaves the advertised size to the requester; 1232 is the value the
 * DNS Flag Day 2020 settled on so that replies fit an IPv6 packet without fragmentation.
 */
export const EDNS_PAYLOAD_SIZE = 1232;

export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;

export interface WireQuestion {
  id: number;
  name: string;
  type: RrType;
}

export interface QueryEncoding {
  recursionDesired: boolean;
  /** Advertised UDP payload size, or null to send the query without an OPT record. */
  ednsPayloadSize: number | null;
}

/** Query ids must be unpredictable to make off-path spoofing hard (RFC 5452 §9.2). */
export function randomQueryId(): number {
  return randomInt(0, 0x10000);
}

export function encodeQuery(question: WireQuestion, encoding: QueryEncoding): Buffer {
  const additionals: dnsPacket.Answer[] = [];
  if (encoding.ednsPayloadSize !== null) {
    additionals.push({
      type: "OPT",
      name: ".",
      udpPayloadSize: encoding.ednsPayloadSize,
      extendedRcode: 0,
      ednsVersion: 0,
      flags: 0,
      flag_do: false,
      options: [],
    });
  }
  return dnsPacket.encode({
    type: "query",
    id: question.id,
    flags: encoding.recursionDesired ? dnsPacket.RECURSION_DESIRED : 0,
    questions: [{ type: question.type, name: question.name, class: "IN" }],
    additionals,
  });
}

export interface DecodedReply {
  message: dnsPacket.DecodedPacket;
  /** The 12-bit RCODE: the header's 4 bits plus the OPT record's upper 8 (RFC 6891 §6.1.3). */
  rcode: number;
  truncated: boolean;
  authoritative: boolean;
}

export type ReplyCheck =
  | { kind: "reply"; reply: DecodedReply }
  /** Not an answer to this query (other id, other question, not a response): keep waiting. */
  | { kind: "mismatch" }
  /** Carries our id but cannot be decoded. */
  | { kind: "malformed"; detail: string };

/**
 * Accepts a datagram or TCP message only as the reply to `question`: same id, QR set and the
 * same question (RFC 5452 §4.3), compared case-insensitively so that servers which echo the
 * name in another case still match (RFC 4343 §3).
 */
export function checkReply(buffer: Buffer, question: WireQuestion): ReplyCheck {
  if (buffer.length < 12 || buffer.readUInt16BE(0) !== question.id) return { kind: "mismatch" };
  if ((buffer.readUInt16BE(2) & 0x8000) === 0) return { kind: "mismatch" };
  let message: dnsPacket.DecodedPacket;
  try {
    message = dnsPacket.decode(buffer);
  } catch (error) {
    return { kind: "malformed", detail: `undecodable reply: ${(error as Error).message}` };
  }
  const opt = (message.additionals ?? []).find((record) => record.type === "OPT");
  const extended = opt && "extendedRcode" in opt ? opt.extendedRcode : 0;
  const rcode = (extended << 4) | ((message.flags ?? 0) & 0xf);
  const questions = message.questions ?? [];
  const echoed = questions[0];
  if (questions.length === 0 && rcode === RCODE.FORMERR) {
    return { kind: "reply", reply: { message, rcode, truncated: message.flag_tc, authoritative: message.flag_aa } };
  }
  if (questions.length !== 1 || !echoed) return { kind: "mismatch" };
  if (echoed.type !== question.type || normalizeName(echoed.name) !== normalizeName(question.name)) {
    return { kind: "mismatch" };
  }
  if (echoed.class !== undefined && echoed.class !== "IN") return { kind: "mismatch" };
  return { kind: "reply", reply: { message, rcode, truncated: message.flag_tc, authoritative: message.flag_aa } };
}

/** Prefixes a message with its two-byte length for DNS over TCP (RFC 1035 §4.2.2, RFC 7766 §8). */
export function frameForTcp(message: Buffer): Buffer {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(message.length);
  return Buffer.concat([length, message]);
}

/**
 * Collects length-prefixed DNS messages from a TCP stream whose reads may split or merge
 * messages arbitrarily (RFC 7766 §8).
 */
export class TcpMessageReader {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Buffer[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const messages: Buffer[] = [];
    while (this.pending.length >= 2) {
      const length = this.pending.readUInt16BE(0);
      if (this.pending.length < 2 + length) break;
      messages.push(this.pending.subarray(2, 2 + length));
      this.pending = this.pending.subarray(2 + length);
    }
    return messages;
  }
}
