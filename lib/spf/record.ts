import type { DnsAnswer, DnsStatus } from "@/lib/dns/types";
import type { DnsSession } from "@/lib/spf/dns-session";
import { isSpfRecordText } from "@/lib/spf/parse";

export type RecordLookupStatus = "found" | "none" | "multiple" | "dns_error";

export interface RecordLookup {
  status: RecordLookupStatus;
  dnsStatus: DnsStatus;
  /** The selected record, when exactly one was found. */
  record?: string;
  /** Every SPF record at the name, strings of each TXT record joined. */
  records: string[];
  /** Length of the name plus the text of all TXT records: RFC 7208 §3.4 wants it under 450. */
  answerSize: number;
}

/** "temporary" statuses make check_host() return temperror (RFC 7208 §4.4). */
export function isTemporaryDnsStatus(status: DnsStatus): boolean {
  return status === "servfail" || status === "refused" || status === "timeout" || status === "error";
}

export function isVoidDnsStatus(status: DnsStatus): boolean {
  return status === "nxdomain" || status === "nodata";
}

/**
 * Record selection of RFC 7208 §4.5 on a TXT answer: the strings of one TXT record are joined
 * without separator (§3.3), records not starting with "v=spf1" are discarded, more than one
 * left is a permerror. The SPF RR type (99) is never asked (§3.1, §14.1).
 */
export function selectSpfRecord(domain: string, answer: DnsAnswer<"TXT">): RecordLookup {
  const texts = answer.status === "ok" ? answer.records.map((r) => r.data.join("")) : [];
  const records = texts.filter(isSpfRecordText);
  const answerSize = domain.length + texts.reduce((n, t) => n + t.length, 0);
  const base = { dnsStatus: answer.status, records, answerSize };
  if (isTemporaryDnsStatus(answer.status)) return { ...base, status: "dns_error" };
  if (records.length > 1) return { ...base, status: "multiple" };
  if (records.length === 1) return { ...base, status: "found", record: records[0] };
  return { ...base, status: "none" };
}

export async function lookupSpfRecord(domain: string, session: DnsSession): Promise<RecordLookup> {
  return selectSpfRecord(domain, await session.query(domain, "TXT"));
}
