import { abortedAnswer, emptyAnswer } from "@/lib/dns/answer";
import { interpretReply, type ReplyOutcome } from "@/lib/dns/interpret";
import { checkName } from "@/lib/dns/names";
import { createSemaphore } from "@/lib/dns/semaphore";
import { formatServer, type DnsServer } from "@/lib/dns/servers";
import { tcpExchange, udpExchange, type Exchange } from "@/lib/dns/transport";
import type { DnsAnswer, DnsClient, DnsStatus, QueryOptions, RrType } from "@/lib/dns/types";
import { EDNS_PAYLOAD_SIZE, RCODE, encodeQuery, randomQueryId } from "@/lib/dns/wire-format";

export interface WireClientOptions {
  /** Tried in order; each round of attempts goes through the whole list. */
  servers: DnsServer[];
  /** Wait for one attempt (one datagram, or one TCP exchange after truncation). Default 2000. */
  timeoutMs?: number;
  /** Extra rounds over the server list after the first, like resolv.conf `attempts` − 1. Default 1. */
  retries?: number;
  /** Questions being resolved at once; more wait in a queue. Default 64. */
  maxConcurrent?: number;
  /** RD bit. False for questions put straight to authoritative servers. Default true. */
  recursionDesired?: boolean;
  /** Ask again for the end of a CNAME chain the server did not resolve. Default: `recursionDesired`. */
  followCnames?: boolean;
  /** EDNS0 UDP payload size to advertise, or null for plain 512-byte DNS. Default 1232. */
  ednsPayloadSize?: number | null;
}

/** Most follow-up queries one CNAME chain may take; RFC 1034 §3.6.2 asks only for loop safety. */
export const MAX_CNAME_HOPS = 8;

type Resolution<T extends RrType> =
  | { kind: "outcome"; outcome: ReplyOutcome<T>; server: string }
  | { kind: "failure"; status: DnsStatus; detail: string; server?: string }
  | { kind: "aborted" };

/** Rank of a failed attempt: the answer a server gave beats silence, which beats a socket error. */
const FAILURE_RANK: Partial<Record<DnsStatus, number>> = { servfail: 3, refused: 3, timeout: 2, error: 1 };

function positiveInteger(value: number, name: string, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be an integer ≥ ${min}, got ${value}`);
  return value;
}

/**
 * A DNS client speaking the wire protocol itself: UDP with EDNS0 (RFC 6891), TCP when the
 * reply is truncated (RFC 7766 §5), retries across servers, a concurrency bound, and CNAME
 * chains followed across zones. `query` never rejects.
 */
export function createWireClient(options: WireClientOptions): DnsClient {
  if (options.servers.length === 0) throw new RangeError("at least one DNS server is needed");
  const servers = [...options.servers];
  const timeoutMs = positiveInteger(options.timeoutMs ?? 2000, "timeoutMs", 1);
  const retries = positiveInteger(options.retries ?? 1, "retries", 0);
  const semaphore = createSemaphore(positiveInteger(options.maxConcurrent ?? 64, "maxConcurrent", 1));
  const recursionDesired = options.recursionDesired ?? true;
  const followCnames = options.followCnames ?? recursionDesired;
  const ednsPayloadSize = options.ednsPayloadSize === undefined ? EDNS_PAYLOAD_SIZE : options.ednsPayloadSize;

  async function exchange(server: DnsServer, name: string, type: RrType, signal?: AbortSignal): Promise<Exchange> {
    let edns = ednsPayloadSize;
    for (;;) {
      const question = { id: randomQueryId(), name, type };
      const query = encodeQuery(question, { recursionDesired, ednsPayloadSize: edns });
      let result = await udpExchange(server, question, query, timeoutMs, signal);
      if (result.kind === "reply" && result.reply.truncated) {
        result = await tcpExchange(server, question, query, timeoutMs, signal);
      }
      // RFC 6891 §7: FORMERR to a query with an OPT record may come from a server that
      // predates EDNS, so the query is repeated without one.
      if (result.kind === "reply" && result.reply.rcode === RCODE.FORMERR && edns !== null) {
        edns = null;
        continue;
      }
      return result;
    }
  }

  async function resolveOnce<T extends RrType>(
    name: string,
    type: T,
    seen: ReadonlySet<string>,
    signal?: AbortSignal,
  ): Promise<Resolution<T>> {
    const release = await semaphore.acquire(signal);
    if (!release) return { kind: "aborted" };
    try {
      const answered = new Set<DnsServer>();
      let failure: Extract<Resolution<T>, { kind: "failure" }> = { kind: "failure", status: "error", detail: "no attempt made" };
      const fail = (next: typeof failure) => {
        if ((FAILURE_RANK[next.status] ?? 0) >= (FAILURE_RANK[failure.status] ?? 0)) failure = next;
      };
      for (let round = 0; round <= retries; round += 1) {
        for (const server of servers) {
          if (answered.has(server)) continue;
          const label = formatServer(server);
          const result = await exchange(server, name, type, signal);
          if (result.kind === "aborted") return result;
          if (result.kind === "timeout") {
            fail({ kind: "failure", status: "timeout", detail: `no reply from ${label} within ${timeoutMs} ms`, server: label });
          } else if (result.kind === "error") {
            fail({ kind: "failure", status: "error", detail: `${label}: ${result.detail}`, server: label });
          } else {
            const outcome = interpretReply(result.reply, name, type, seen);
            if (outcome.status === "ok" || outcome.status === "nodata" || outcome.status === "nxdomain") {
              return { kind: "outcome", outcome, server: label };
            }
            // SERVFAIL and REFUSED are one server's trouble: the next server may answer, but
            // asking this one again in a later round would only repeat it.
            answered.add(server);
            fail({ kind: "failure", status: outcome.status, detail: outcome.detail ?? `${label} answered ${outcome.status}`, server: label });
          }
        }
      }
      return failure;
    } finally {
      release();
    }
  }

  async function query<T extends RrType>(name: string, type: T, options: QueryOptions = {}): Promise<DnsAnswer<T>> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const checked = checkName(name);
    if (!checked.ok) return emptyAnswer(name, type, "error", { detail: `invalid name: ${checked.reason}` });
    const question = { name: checked.name, type };
    const chain: string[] = [];
    const seen = new Set<string>([checked.name]);
    let chainTtl = Infinity;
    let current = checked.name;
    for (let hop = 0; ; hop += 1) {
      const resolution = await resolveOnce(current, type, seen, options.signal);
      if (resolution.kind === "aborted") return abortedAnswer(checked.name, type, elapsed());
      if (resolution.kind === "failure") {
        const { status, detail, server } = resolution;
        return { ...emptyAnswer(checked.name, type, status, { detail, server, elapsedMs: elapsed() }), cnameChain: chain };
      }
      const { outcome, server } = resolution;
      chain.push(...outcome.cnameChain);
      for (const alias of outcome.cnameChain) seen.add(alias);
      if (outcome.follow !== undefined && followCnames) {
        chainTtl = Math.min(chainTtl, outcome.ttl);
        if (hop + 1 > MAX_CNAME_HOPS) {
          const detail = `CNAME chain still unresolved after ${MAX_CNAME_HOPS} follow-up queries`;
          return { ...emptyAnswer(checked.name, type, "servfail", { detail, server, elapsedMs: elapsed() }), cnameChain: chain };
        }
        current = outcome.follow;
        continue;
      }
      const answer: DnsAnswer<T> = {
        question,
        status: outcome.status,
        records: outcome.records,
        cnameChain: chain,
        ttl: Math.min(chainTtl, outcome.ttl),
        authoritative: outcome.authoritative,
        server,
        fromCache: false,
        elapsedMs: elapsed(),
      };
      if (outcome.detail !== undefined) answer.detail = outcome.detail;
      return answer;
    }
  }

  return { query };
}
