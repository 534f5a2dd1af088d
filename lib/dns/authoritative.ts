import { emptyAnswer } from "@/lib/dns/answer";
import { checkName, parentName } from "@/lib/dns/names";
import { DNS_PORT } from "@/lib/dns/servers";
import type { DnsAnswer, DnsClient, DnsStatus, RrType } from "@/lib/dns/types";
import { createWireClient } from "@/lib/dns/wire-client";

export interface ZoneLookup {
  /** `ok` when the zone was found; otherwise why the walk stopped. */
  status: DnsStatus;
  /** The zone apex, e.g. "example.jp" for "_dmarc.mail.example.jp". */
  apex: string | null;
  /** Host names of the zone's NS records, sorted. */
  nameservers: string[];
  detail?: string;
}

export interface AuthoritativeOptions {
  /** The recursive client that finds the zone, its name servers and their addresses. */
  recursive: DnsClient;
  /** Port of the direct queries (`DNS_AUTH_PORT`); tests point it at the fixture server. Default 53. */
  port?: number;
  /** Per attempt. Default 2000. */
  timeoutMs?: number;
  /** Extra attempts per server. Default 1. */
  retries?: number;
  /** Also ask the servers' IPv6 addresses. Default true. */
  ipv6?: boolean;
  signal?: AbortSignal;
}

export interface AuthoritativeServerAnswer<T extends RrType = RrType> {
  nameserver: string;
  /** null when the name server's own name has no address. */
  address: string | null;
  answer: DnsAnswer<T>;
  /**
   * The server does not answer authoritatively for the zone (RFC 1912 §2.8 "lame delegation"):
   * no reply, an error RCODE, or a reply without the AA bit.
   */
  lame: boolean;
}

export interface AuthoritativeResult<T extends RrType = RrType> {
  question: { name: string; type: T };
  zone: ZoneLookup;
  /** One entry per name server address, sorted by name server then address. */
  servers: AuthoritativeServerAnswer<T>[];
}

/**
 * Finds the zone a name lives in by walking up its labels and asking for NS records: the first
 * name that owns NS records itself (not through a CNAME) is the apex of the zone (RFC 1034 §4.2).
 */
export async function findZone(recursive: DnsClient, name: string, signal?: AbortSignal): Promise<ZoneLookup> {
  const checked = checkName(name);
  if (!checked.ok) return { status: "error", apex: null, nameservers: [], detail: `invalid name: ${checked.reason}` };
  for (let candidate: string | null = checked.name; candidate !== null; candidate = parentName(candidate)) {
    const answer = await recursive.query(candidate, "NS", { signal });
    if (answer.status === "ok" && answer.cnameChain.length === 0) {
      const nameservers = [...new Set(answer.records.map((record) => record.data))].sort();
      return { status: "ok", apex: candidate, nameservers };
    }
    if (answer.status !== "ok" && answer.status !== "nxdomain" && answer.status !== "nodata") {
      return { status: answer.status, apex: null, nameservers: [], detail: `NS lookup for ${candidate}: ${answer.detail ?? answer.status}` };
    }
  }
  return { status: "nxdomain", apex: null, nameservers: [], detail: `no zone with NS records above ${checked.name}` };
}

async function addressesOf(recursive: DnsClient, host: string, ipv6: boolean, signal?: AbortSignal) {
  const lookups = await Promise.all([
    recursive.query(host, "A", { signal }),
    ipv6 ? recursive.query(host, "AAAA", { signal }) : null,
  ]);
  const addresses = lookups.flatMap((answer) => answer?.records.map((record) => record.data) ?? []);
  const summary = lookups
    .filter((answer) => answer !== null)
    .map((answer) => `${answer.question.type}: ${answer.status}`)
    .join(", ");
  return { addresses, summary };
}

/**
 * Asks every authoritative server of `name`'s zone directly (RD=0) and returns each one's
 * answer, so a caller can tell whether a change has reached all of them and compare with what
 * the recursive resolver still serves from its cache. Never throws: unreachable or lame servers
 * are answers with their status.
 */
export async function queryAuthoritative<T extends RrType>(
  name: string,
  type: T,
  options: AuthoritativeOptions,
): Promise<AuthoritativeResult<T>> {
  const { recursive, signal } = options;
  const port = options.port ?? DNS_PORT;
  const zone = await findZone(recursive, name, signal);
  const question = { name: checkName(name).name, type };
  if (zone.status !== "ok") return { question, zone, servers: [] };

  const perServer = await Promise.all(
    zone.nameservers.map(async (nameserver): Promise<AuthoritativeServerAnswer<T>[]> => {
      const { addresses, summary } = await addressesOf(recursive, nameserver, options.ipv6 ?? true, signal);
      if (addresses.length === 0) {
        const detail = `name server ${nameserver} has no address (${summary})`;
        return [{ nameserver, address: null, answer: emptyAnswer(name, type, "error", { detail }), lame: true }];
      }
      return Promise.all(
        addresses.map(async (address) => {
          const direct = createWireClient({
            servers: [{ host: address, port }],
            timeoutMs: options.timeoutMs ?? 2000,
            retries: options.retries ?? 1,
            maxConcurrent: 1,
            recursionDesired: false,
          });
          const answer = await direct.query(name, type, { signal });
          const answered = answer.status === "ok" || answer.status === "nodata" || answer.status === "nxdomain";
          return { nameserver, address, answer, lame: !answered || !answer.authoritative };
        }),
      );
    }),
  );
  const servers = perServer
    .flat()
    .sort((a, b) => a.nameserver.localeCompare(b.nameserver) || (a.address ?? "").localeCompare(b.address ?? ""));
  return { question, zone, servers };
}
