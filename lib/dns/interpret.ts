import type * as dnsPacket from "dns-packet";
import { normalizeName } from "@/lib/dns/names";
import { RCODE, type DecodedReply } from "@/lib/dns/wire-format";
import { RR_TYPES, type DnsRecord, type DnsStatus, type RecordDataMap, type RrType } from "@/lib/dns/types";

/** What one server's reply says about a question, before any CNAME following. */
export interface ReplyOutcome<T extends RrType> {
  status: DnsStatus;
  records: DnsRecord<T>[];
  cnameChain: string[];
  /** Seconds the outcome may be reused (see `DnsAnswer.ttl`). */
  ttl: number;
  authoritative: boolean;
  detail?: string;
  /**
   * The last name of a CNAME chain the reply holds no data for, without an SOA saying there is
   * none: an authoritative server stops at its zone's edge (RFC 1034 §4.3.2 step 3a) and the
   * client must ask again for this name.
   */
  follow?: string;
}

const MAX_TTL = 0x7fffffff;
const TXT_DECODER = new TextDecoder("utf-8");

/** RFC 2181 §8: a TTL with the most significant bit set is treated as zero. */
function sanitizeTtl(ttl: number | undefined): number {
  return ttl === undefined || ttl > MAX_TTL ? 0 : ttl;
}

function isRrType(type: string): type is RrType {
  return (RR_TYPES as readonly string[]).includes(type);
}

function convertData(record: dnsPacket.Answer, type: RrType): RecordDataMap[RrType] {
  const data = (record as { data?: unknown }).data;
  switch (type) {
    case "A":
    case "AAAA":
      if (typeof data !== "string") throw new Error(`${type} without an address`);
      return data.toLowerCase();
    case "CNAME":
    case "NS":
    case "PTR":
      if (typeof data !== "string") throw new Error(`${type} without a name`);
      return normalizeName(data);
    case "MX": {
      const mx = data as dnsPacket.MxData;
      return { preference: mx.preference ?? 0, exchange: normalizeName(mx.exchange) };
    }
    case "SOA": {
      const soa = data as dnsPacket.SoaData;
      return {
        mname: normalizeName(soa.mname),
        rname: normalizeName(soa.rname),
        serial: soa.serial ?? 0,
        refresh: soa.refresh ?? 0,
        retry: soa.retry ?? 0,
        expire: soa.expire ?? 0,
        minimum: soa.minimum ?? 0,
      };
    }
    case "TXT": {
      const strings = Array.isArray(data) ? data : [data];
      return strings.map((part) => (Buffer.isBuffer(part) ? TXT_DECODER.decode(part) : String(part)));
    }
  }
}

/** Records of the types todoku understands, in the IN class; others (RRSIG, OPT...) are skipped. */
export function convertRecords(section: dnsPacket.Answer[] | undefined): DnsRecord[] {
  const records: DnsRecord[] = [];
  for (const record of section ?? []) {
    if (!isRrType(record.type)) continue;
    const klass = (record as { class?: string }).class;
    if (klass !== undefined && klass !== "IN") continue;
    records.push({
      name: normalizeName(record.name),
      type: record.type,
      ttl: sanitizeTtl((record as { ttl?: number }).ttl),
      data: convertData(record, record.type),
    } as DnsRecord);
  }
  return records;
}

/** RFC 2308 §5: a negative answer lives as long as the smaller of the SOA's TTL and MINIMUM. */
export function negativeTtl(authority: DnsRecord[]): number | null {
  const soa = authority.find((record): record is DnsRecord<"SOA"> => record.type === "SOA");
  return soa ? Math.min(soa.ttl, soa.data.minimum) : null;
}

function rcodeStatus(rcode: number): { status: DnsStatus; detail?: string } {
  switch (rcode) {
    case RCODE.NOERROR:
      return { status: "ok" };
    case RCODE.NXDOMAIN:
      return { status: "nxdomain" };
    case RCODE.SERVFAIL:
      return { status: "servfail" };
    case RCODE.REFUSED:
      return { status: "refused" };
    default:
      return { status: "error", detail: `server answered RCODE ${rcode}` };
  }
}

/**
 * Reads a reply to (`name`, `type`): follows the CNAME chain inside the answer section
 * (RFC 1034 §3.6.2), keeps the records of the asked type owned by its end, and derives the TTL.
 * `seen` holds names already visited by earlier hops so loops across queries are caught.
 */
export function interpretReply<T extends RrType>(
  reply: DecodedReply,
  name: string,
  type: T,
  seen: ReadonlySet<string> = new Set(),
): ReplyOutcome<T> {
  const base = { records: [], cnameChain: [], ttl: 0, authoritative: reply.authoritative };
  const { status, detail } = rcodeStatus(reply.rcode);
  if (status !== "ok" && status !== "nxdomain") return { ...base, status, detail };

  let answers: DnsRecord[];
  let authority: DnsRecord[];
  try {
    answers = convertRecords(reply.message.answers);
    authority = convertRecords(reply.message.authorities);
  } catch (error) {
    return { ...base, status: "error", detail: `malformed record: ${(error as Error).message}` };
  }

  const chain: string[] = [];
  const visited = new Set([...seen, name]);
  let current = name;
  let chainTtl = Infinity;
  if (type !== "CNAME") {
    for (;;) {
      const alias = answers.find((record): record is DnsRecord<"CNAME"> => record.type === "CNAME" && record.name === current);
      if (!alias) break;
      chainTtl = Math.min(chainTtl, alias.ttl);
      if (visited.has(alias.data)) {
        return { ...base, status: "servfail", detail: `CNAME loop at ${alias.data}` };
      }
      chain.push(alias.data);
      visited.add(alias.data);
      current = alias.data;
    }
  }

  const records = answers.filter((record): record is DnsRecord<T> => record.type === type && record.name === current);
  const negative = negativeTtl(authority);
  const outcome = { ...base, cnameChain: chain };
  if (status === "nxdomain") {
    return { ...outcome, status, ttl: Math.min(chainTtl, negative ?? 0) };
  }
  if (records.length > 0) {
    const ttl = Math.min(chainTtl, ...records.map((record) => record.ttl));
    return { ...outcome, status: "ok", records, ttl };
  }
  if (chain.length > 0 && negative === null) {
    return { ...outcome, status: "nodata", ttl: chainTtl, follow: current };
  }
  return { ...outcome, status: "nodata", ttl: Math.min(chainTtl, negative ?? 0) };
}
