import { dnsErrorText, isDnsTrouble } from "@/lib/checks/dns-trouble";
import { checkDomain } from "@/lib/checks/domain-input";
import { nsMessages as messages } from "@/lib/checks/ns-messages";
import { statusFromFindings, type CheckResult } from "@/lib/checks/types";
import { findZone } from "@/lib/dns/authoritative";
import type { DnsClient, DnsStatus } from "@/lib/dns/types";
import { makeFinding, sortFindings, type Finding } from "@/lib/findings/finding";

export interface NsServer {
  /** Host name of the name server. */
  name: string;
  /** Its A and AAAA addresses. */
  addresses: string[];
  /** `ok` with addresses, else the status of its address lookups. */
  status: DnsStatus;
}

export interface NsCheck extends CheckResult {
  domain: string;
  /** Apex of the zone that holds the domain (the domain itself or a parent), null when none. */
  zone: string | null;
  /** Sorted by name. Provider detection from these names is lib/fix's job. */
  nameservers: NsServer[];
}

export interface CheckNsOptions {
  signal?: AbortSignal;
  /** Name servers whose addresses are looked up, at most (default 13). */
  maxNameservers?: number;
}

const NS_RECORD = { ja: " NS レコード", en: "the NS records" };


/**
 * The name servers of the zone that holds the domain (found with `findZone`: the closest name
 * at or above the domain that owns NS records, RFC 1034 §4.2), sorted, with their addresses.
 * A domain answered with NXDOMAIN does not exist. RFC 1034 §4.1 and RFC 2182 §5 ask for at
 * least two name servers. Never throws: DNS trouble is `ns.dns_error`, status `unknown`.
 */
export async function checkNs(domainInput: string, dns: DnsClient, options: CheckNsOptions = {}): Promise<NsCheck> {
  const { signal } = options;
  const domain = checkDomain(domainInput);
  const findings: Finding[] = [];
  const result: NsCheck = { status: "ok", domain, zone: null, nameservers: [], findings };
  const finish = (): NsCheck => ({ ...result, status: statusFromFindings(findings), findings: sortFindings(findings) });

  const own = await dns.query(domain, "NS", { signal });
  if (isDnsTrouble(own.status)) {
    findings.push(makeFinding("ns.dns_error", dnsErrorText(domain, own.status, NS_RECORD), { domain }));
    return finish();
  }
  if (own.status === "nxdomain" && own.cnameChain.length === 0) {
    findings.push(makeFinding("ns.none", messages.none(domain, true), { domain }));
    return finish();
  }
  const zone = await findZone(dns, domain, signal);
  if (zone.status !== "ok" || zone.apex === null) {
    if (isDnsTrouble(zone.status)) findings.push(makeFinding("ns.dns_error", dnsErrorText(domain, zone.status, NS_RECORD), { domain }));
    else findings.push(makeFinding("ns.none", messages.none(domain, false), { domain }));
    return finish();
  }
  const apex = zone.apex;
  result.zone = apex;
  const names = zone.nameservers.slice(0, options.maxNameservers ?? 13);
  result.nameservers = await Promise.all(
    names.map(async (name): Promise<NsServer> => {
      const answers = await Promise.all([dns.query(name, "A", { signal }), dns.query(name, "AAAA", { signal })]);
      const addresses = answers.flatMap((answer) => answer.records.map((record) => record.data));
      const trouble = answers.find((answer) => isDnsTrouble(answer.status))?.status;
      return { name, addresses, status: addresses.length > 0 ? "ok" : (trouble ?? answers[0]?.status ?? "nodata") };
    }),
  );
  for (const server of result.nameservers) {
    // A name server whose address lookup failed is only reported when it is known to have none.
    if (server.addresses.length === 0 && !isDnsTrouble(server.status)) {
      findings.push(makeFinding("ns.no_address", messages.noAddress(apex, server.name), { domain: apex, term: server.name }));
    }
  }
  if (zone.nameservers.length === 1) findings.push(makeFinding("ns.single", messages.single(apex, zone.nameservers[0] as string), { domain: apex }));
  return finish();
}
