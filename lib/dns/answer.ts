import { normalizeName } from "@/lib/dns/names";
import type { DnsAnswer, DnsStatus, RrType } from "@/lib/dns/types";

/** An answer that carries no records: a failure, or a query that never reached a server. */
export function emptyAnswer<T extends RrType>(
  name: string,
  type: T,
  status: DnsStatus,
  init: { detail?: string; elapsedMs?: number; server?: string } = {},
): DnsAnswer<T> {
  const answer: DnsAnswer<T> = {
    question: { name: normalizeName(name), type },
    status,
    records: [],
    cnameChain: [],
    ttl: 0,
    authoritative: false,
    fromCache: false,
    elapsedMs: init.elapsedMs ?? 0,
  };
  if (init.server !== undefined) answer.server = init.server;
  if (init.detail !== undefined) answer.detail = init.detail;
  return answer;
}

/** The answer a caller gets when its own signal ended the wait. */
export function abortedAnswer<T extends RrType>(name: string, type: T, elapsedMs: number): DnsAnswer<T> {
  return emptyAnswer(name, type, "timeout", { detail: "deadline reached before an answer", elapsedMs });
}
