import { dnsErrorText, isDnsTrouble } from "@/lib/checks/dns-trouble";
import { ptrMessages as m } from "@/lib/checks/ptr-messages";
import { looksGenericPtr } from "@/lib/checks/ptr-generic";
import { statusFromFindings, type CheckResult } from "@/lib/checks/types";
import { normalizeName, reverseName } from "@/lib/dns/names";
import type { DnsClient, DnsStatus } from "@/lib/dns/types";
import { makeFinding, sortFindings, type Finding } from "@/lib/findings/finding";
import { clientAddress, formatIp, parseIp, sameAddress, type IpAddress } from "@/lib/spf/ip";

export interface PtrForward {
  /** A PTR name. */
  name: string;
  /** Status of its A (IPv4) or AAAA (IPv6) lookup. */
  status: DnsStatus;
  addresses: string[];
  /** One of `addresses` is the IP checked. */
  confirmed: boolean;
}

export interface PtrCheck extends CheckResult {
  /** The IP checked, canonical (IPv4-mapped IPv6 as IPv4, RFC 5952 IPv6); the input when invalid; null without one. */
  ip: string | null;
  /** The PTR owner name (in-addr.arpa / ip6.arpa), null when skipped. */
  reverseName: string | null;
  /** PTR names of the IP, in answer order. */
  names: string[];
  /** The first PTR name that resolves back to the IP (forward-confirmed reverse DNS). */
  confirmedName: string | null;
  /** The forward lookup of each PTR name checked (at most `maxNames`). */
  forwardAddresses: PtrForward[];
}

export interface CheckPtrOptions {
  signal?: AbortSignal;
  /** PTR names whose addresses are looked up, at most (default 10). */
  maxNames?: number;
}

const PTR_RECORD = { ja: "逆引き(PTR)レコード", en: "the PTR record" };
const ADDRESS_RECORD = { ja: "正引き(A/AAAA)レコード", en: "the address record" };

function sameIp(text: string, ip: IpAddress): boolean {
  const other = parseIp(text);
  return other !== null && sameAddress(clientAddress(other), ip);
}

/**
 * Forward-confirmed reverse DNS of a sending IP, as Gmail requires it (the PTR name's A/AAAA
 * must return the same IP; RFC 1912 §2.1 asks every host for matching PTR and A). IPv4 and
 * IPv6; an IPv4-mapped IPv6 address is checked as IPv4. Without an IP the status is `skipped`.
 * Never throws: DNS trouble is `ptr.dns_error`, status `unknown`.
 */
export async function checkPtr(ipInput: string | null | undefined, dns: DnsClient, options: CheckPtrOptions = {}): Promise<PtrCheck> {
  const { signal } = options;
  const given = ipInput?.trim() || null;
  const parsed = given === null ? null : parseIp(given);
  const empty = { reverseName: null, names: [], confirmedName: null, forwardAddresses: [] };
  if (!parsed) {
    return { status: "skipped", ip: given, ...empty, findings: [makeFinding("ptr.no_ip", m.noIp(given))] };
  }
  const ip = clientAddress(parsed);
  const ipText = formatIp(ip);
  const reverse = reverseName(ipText);
  const findings: Finding[] = [];
  const result: PtrCheck = { status: "ok", ip: ipText, ...empty, reverseName: reverse, findings };
  const finish = (): PtrCheck => ({ ...result, status: statusFromFindings(findings), findings: sortFindings(findings) });

  const answer = await dns.query(reverse, "PTR", { signal });
  if (isDnsTrouble(answer.status)) {
    findings.push(makeFinding("ptr.dns_error", dnsErrorText(reverse, answer.status, PTR_RECORD), { domain: reverse }));
    return finish();
  }
  const names = [...new Set(answer.records.map((record) => normalizeName(record.data)))].filter((name) => name !== "");
  result.names = names;
  if (names.length === 0) {
    findings.push(makeFinding("ptr.none", m.none(ipText, reverse), { domain: reverse }));
    return finish();
  }
  if (names.length > 1) findings.push(makeFinding("ptr.multiple", m.multiple(ipText, names), { domain: reverse }));

  const type = ip.family === 4 ? "A" : "AAAA";
  result.forwardAddresses = await Promise.all(
    names.slice(0, options.maxNames ?? 10).map(async (name): Promise<PtrForward> => {
      const forward = await dns.query(name, type, { signal });
      const addresses = forward.records.map((record) => record.data);
      return { name, status: forward.status, addresses, confirmed: addresses.some((address) => sameIp(address, ip)) };
    }),
  );
  result.confirmedName = result.forwardAddresses.find((forward) => forward.confirmed)?.name ?? null;
  if (result.confirmedName === null) {
    const troubled = result.forwardAddresses.find((forward) => isDnsTrouble(forward.status));
    if (troubled) findings.push(makeFinding("ptr.dns_error", dnsErrorText(troubled.name, troubled.status, ADDRESS_RECORD), { domain: troubled.name }));
    else findings.push(makeFinding("ptr.mismatch", m.mismatch(ipText, names, ip.family), { domain: names[0] }));
  }
  const shown = result.confirmedName ?? (names[0] as string);
  if (looksGenericPtr(shown, ip)) findings.push(makeFinding("ptr.generic", m.generic(ipText, shown), { domain: shown }));
  return finish();
}

/**
 * The server's host name as its IP's reverse DNS gives it: the forward-confirmed PTR name of
 * a PTR check, or null when there is none. The wizard pre-fills "server host name" with it.
 */
export function serverHostFromPtr(check: Pick<PtrCheck, "confirmedName">): string | null {
  return check.confirmedName;
}

/** Looks up the IP's PTR and returns the forward-confirmed name, or null (also on DNS trouble). */
export async function guessServerHost(ip: string, dns: DnsClient, options: CheckPtrOptions = {}): Promise<string | null> {
  return serverHostFromPtr(await checkPtr(ip, dns, options));
}
