import { isIP } from "node:net";
import { dnsErrorText, isDnsTrouble } from "@/lib/checks/dns-trouble";
import { checkDomain } from "@/lib/checks/domain-input";
import { mxMessages as m } from "@/lib/checks/mx-messages";
import { statusFromFindings, type CheckResult, type CheckStatus } from "@/lib/checks/types";
import type { DnsAnswer, DnsClient, DnsStatus } from "@/lib/dns/types";
import { makeFinding, sortFindings, type Finding } from "@/lib/findings/finding";

export interface MxHost {
  preference: number;
  /** The exchange host name; "." for a null MX. */
  exchange: string;
  /** A and AAAA addresses of the exchange. */
  addresses: string[];
  /** CNAMEs the exchange's address lookups went through (should be empty, RFC 2181 §10.3). */
  cnameChain: string[];
  /** `skipped` for hosts past `maxHosts` and for the null MX. */
  status: CheckStatus;
}

export interface MxCheck extends CheckResult {
  domain: string;
  /** Sorted by preference, then exchange; the domain itself when `implicit`. */
  hosts: MxHost[];
  /** A null MX (RFC 7505): the domain receives no mail. */
  nullMx: boolean;
  /** No MX: mail goes to the domain's own A/AAAA (RFC 5321 §5.1). */
  implicit: boolean;
}

export interface CheckMxOptions {
  signal?: AbortSignal;
  /** MX hosts whose addresses are looked up, at most (default 10). */
  maxHosts?: number;
}

const MX_RECORD = { ja: " MX レコード", en: "the MX records" };
const ADDRESS_RECORD = { ja: "アドレス(A/AAAA)", en: "the address" };

/** A and AAAA of a host: addresses, the CNAMEs passed, and the worse DNS status when none came back. */
async function addresses(dns: DnsClient, host: string, signal?: AbortSignal) {
  const answers: DnsAnswer<"A" | "AAAA">[] = await Promise.all([dns.query(host, "A", { signal }), dns.query(host, "AAAA", { signal })]);
  const list = answers.flatMap((answer) => answer.records.map((record) => record.data));
  const cnameChain = [...new Set(answers.flatMap((answer) => answer.cnameChain))];
  const trouble = answers.find((answer) => isDnsTrouble(answer.status))?.status ?? null;
  const status: DnsStatus = list.length > 0 ? "ok" : (trouble ?? (answers.every((a) => a.status === "nxdomain") ? "nxdomain" : "nodata"));
  return { addresses: list, cnameChain, status };
}

/** An exchange written as an address ("192.0.2.1", "[192.0.2.1]") instead of a host name. */
function isAddressLiteral(exchange: string): boolean {
  return isIP(exchange) !== 0 || /^\[[^\]]*\]$/.test(exchange);
}

/**
 * The domain's mail exchangers: MX records by preference, each host's A/AAAA (bounded),
 * null MX (RFC 7505), the implicit MX of RFC 5321 §5.1, MX names that are CNAMEs (RFC 2181
 * §10.3) or IP literals, and hosts without addresses. Never throws: DNS trouble is
 * `mx.dns_error`, status `unknown`.
 */
export async function checkMx(domainInput: string, dns: DnsClient, options: CheckMxOptions = {}): Promise<MxCheck> {
  const { signal } = options;
  const domain = checkDomain(domainInput);
  const findings: Finding[] = [];
  const result: MxCheck = { status: "ok", domain, hosts: [], nullMx: false, implicit: false, findings };
  const finish = (): MxCheck => ({ ...result, status: statusFromFindings(findings), findings: sortFindings(findings) });

  const answer = await dns.query(domain, "MX", { signal });
  if (isDnsTrouble(answer.status)) {
    findings.push(makeFinding("mx.dns_error", dnsErrorText(domain, answer.status, MX_RECORD), { domain }));
    return finish();
  }
  if (answer.status === "nxdomain") {
    findings.push(makeFinding("mx.none", m.none(domain, true), { domain }));
    return finish();
  }
  if (answer.records.length === 0) {
    const own = await addresses(dns, domain, signal);
    if (own.addresses.length > 0) {
      result.implicit = true;
      result.hosts = [{ preference: 0, exchange: domain, addresses: own.addresses, cnameChain: own.cnameChain, status: "ok" }];
      findings.push(makeFinding("mx.implicit", m.implicit(domain, own.addresses), { domain }));
    } else if (isDnsTrouble(own.status)) {
      findings.push(makeFinding("mx.dns_error", dnsErrorText(domain, own.status, ADDRESS_RECORD), { domain }));
    } else {
      findings.push(makeFinding("mx.none", m.none(domain, false), { domain }));
    }
    return finish();
  }

  const records = answer.records
    .map((record) => record.data)
    .sort((a, b) => a.preference - b.preference || a.exchange.localeCompare(b.exchange));
  // RFC 7505 §3: the root name "." as exchange (the client gives "") means "no mail here".
  const nullCount = records.filter((record) => record.exchange === "").length;
  if (nullCount > 0 && records.length === nullCount) {
    result.nullMx = true;
    result.hosts = records.map((record) => ({ preference: record.preference, exchange: ".", addresses: [], cnameChain: [], status: "skipped" }));
    findings.push(makeFinding("mx.null", m.nullMx(domain), { domain, term: "0 ." }));
    return finish();
  }
  if (nullCount > 0) findings.push(makeFinding("mx.null_mixed", m.nullMixed(domain), { domain, term: "0 ." }));

  const maxHosts = options.maxHosts ?? 10;
  let looked = 0;
  const checked = await Promise.all(
    records.map(async ({ preference, exchange }): Promise<{ host: MxHost; own: Finding[] }> => {
      const host: MxHost = { preference, exchange: exchange === "" ? "." : exchange, addresses: [], cnameChain: [], status: "skipped" };
      if (exchange === "") return { host, own: [] };
      if (isAddressLiteral(exchange)) {
        return { host: { ...host, status: "error" }, own: [makeFinding("mx.ip_literal", m.ipLiteral(domain, exchange), { domain, term: exchange })] };
      }
      if (looked >= maxHosts) return { host, own: [] };
      looked += 1;
      const found = await addresses(dns, exchange, signal);
      const own: Finding[] = [];
      if (found.cnameChain.length > 0) {
        const target = found.cnameChain[found.cnameChain.length - 1] as string;
        own.push(makeFinding("mx.cname", m.cname(domain, exchange, target), { domain, term: exchange }));
      }
      if (found.addresses.length === 0) {
        if (isDnsTrouble(found.status)) own.push(makeFinding("mx.dns_error", dnsErrorText(exchange, found.status, ADDRESS_RECORD), { domain: exchange }));
        else own.push(makeFinding("mx.no_address", m.noAddress(domain, exchange), { domain, term: exchange }));
      }
      return { host: { ...host, addresses: found.addresses, cnameChain: found.cnameChain, status: statusFromFindings(own) }, own };
    }),
  );
  result.hosts = checked.map(({ host }) => host);
  findings.push(...checked.flatMap(({ own }) => own));
  return finish();
}
