import { dmarcMessages as m } from "@/lib/checks/dmarc-messages";
import { dnsErrorText, isDnsTrouble } from "@/lib/checks/dns-trouble";
import { checkDomain, organizationalDomain } from "@/lib/checks/domain-input";
import { isDmarcRecordText, parseDmarcRecord, type DmarcPolicy, type DmarcReportUri, type ParsedDmarc } from "@/lib/checks/parse-dmarc";
import { statusFromFindings, type CheckResult } from "@/lib/checks/types";
import type { DnsClient, DnsStatus } from "@/lib/dns/types";
import { makeFinding, sortFindings, type Finding } from "@/lib/findings/finding";

export interface DmarcReportDestination extends DmarcReportUri {
  /**
   * For a destination outside the record's organizational domain: whether it publishes the
   * `<domain>._report._dmarc.<destination>` authorization (RFC 7489 §7.1); null when not
   * needed, not checked, or the lookup failed.
   */
  authorized: boolean | null;
}

export interface DmarcCheck extends CheckResult {
  /** The domain asked about (normalised). */
  domain: string;
  /** Its Organizational Domain (RFC 7489 §3.2). */
  orgDomain: string;
  /** The domain whose `_dmarc` record applies: `domain`, `orgDomain` when inherited, or null. */
  recordDomain: string | null;
  /** The record came from the organizational domain (RFC 7489 §6.6.3 step 3). */
  inherited: boolean;
  /** The one DMARC record in force, or null (none, several, or DNS trouble). */
  record: string | null;
  /** Every `v=DMARC1` record found at `recordDomain` (several when `dmarc.multiple_records`). */
  records: string[];
  /** Tags of `record` (first value of each, names lower-cased). */
  tags: Record<string, string>;
  policy: DmarcPolicy | null;
  subdomainPolicy: DmarcPolicy | null;
  /**
   * What receivers apply to mail from `domain`: sp= (or p=) of an inherited record, p= of its
   * own; `none` for a record without a valid policy but with a valid rua= (§6.6.3 step 6).
   */
  effectivePolicy: DmarcPolicy | null;
  pct: number | null;
  rua: DmarcReportDestination[];
  ruf: DmarcReportDestination[];
}

export interface CheckDmarcOptions {
  signal?: AbortSignal;
  /** Look up `<domain>._report._dmarc.<destination>` for external report addresses. Default true. */
  checkReportAuthorization?: boolean;
}

interface Lookup {
  name: string;
  status: DnsStatus;
  /** TXT records that start with v=DMARC1. */
  records: string[];
  /** TXT records meant as DMARC records that receivers would discard. */
  ignored: { text: string; parsed: ParsedDmarc }[];
}

const DMARC_RECORD = { ja: " DMARC レコード", en: "the DMARC record" };
const MAX_REPORT_DESTINATIONS = 5;

async function lookup(dns: DnsClient, domain: string, signal?: AbortSignal): Promise<Lookup> {
  const name = `_dmarc.${domain}`;
  const answer = await dns.query(name, "TXT", { signal });
  const texts = answer.records.map((record) => record.data.join(""));
  const ignored = texts
    .filter((text) => !isDmarcRecordText(text))
    .map((text) => ({ text, parsed: parseDmarcRecord(text) }))
    .filter(({ parsed }) => parsed.looksLikeDmarc);
  return { name, status: answer.status, records: texts.filter(isDmarcRecordText), ignored };
}

function ignoredFindings(found: Lookup): Finding[] {
  return found.ignored.map(({ text, parsed }) => {
    const detail = parsed.issues.find((issue) => issue.kind === "syntax")?.message ?? { ja: "", en: "" };
    return makeFinding("dmarc.syntax", m.ignoredRecord(found.name, text, detail), { domain: found.name, term: text });
  });
}

function issueFindings(name: string, parsed: ParsedDmarc): Finding[] {
  const hasValidRua = parsed.rua.some((uri) => uri.valid);
  return parsed.issues.map((issue) => {
    const where = { domain: name, ...(issue.tag === undefined ? {} : { term: issue.tag }) };
    switch (issue.kind) {
      case "syntax":
        return makeFinding("dmarc.syntax", m.syntax(name, issue.message), where);
      case "no_policy":
        return makeFinding("dmarc.no_policy", m.noPolicy(name, issue.message, hasValidRua), where);
      case "unknown_tag":
        return makeFinding("dmarc.unknown_tag", m.unknownTag(name, issue.message), where);
      case "rua_invalid":
        return makeFinding("dmarc.rua_invalid", m.ruaInvalid(name, issue.message), where);
    }
  });
}

/** RFC 7489 §7.1: a destination outside the record's organization must authorize the domain. */
async function authorizeDestinations(
  dns: DnsClient,
  recordDomain: string,
  uris: DmarcReportUri[],
  signal?: AbortSignal,
): Promise<Map<string, boolean | null>> {
  const org = organizationalDomain(recordDomain);
  const external = [...new Set(uris.flatMap((uri) => (uri.valid && uri.domain && organizationalDomain(uri.domain) !== org ? [uri.domain] : [])))];
  const results = await Promise.all(
    external.slice(0, MAX_REPORT_DESTINATIONS).map(async (destination) => {
      const answer = await dns.query(`${recordDomain}._report._dmarc.${destination}`, "TXT", { signal });
      if (answer.status === "ok") return [destination, answer.records.some((r) => isDmarcRecordText(r.data.join("")))] as const;
      return [destination, answer.status === "nxdomain" || answer.status === "nodata" ? false : null] as const;
    }),
  );
  return new Map(results);
}

/**
 * DMARC policy discovery and validation (RFC 7489 §6.6.3): `_dmarc.<domain>` TXT, else the
 * Organizational Domain's; several DMARC records count as none; the record's tags are
 * parsed and checked; external report destinations are checked for their §7.1
 * authorization. Never throws: DNS trouble is `dmarc.dns_error` and status `unknown`.
 */
export async function checkDmarc(domainInput: string, dns: DnsClient, options: CheckDmarcOptions = {}): Promise<DmarcCheck> {
  const { signal } = options;
  const domain = checkDomain(domainInput);
  const orgDomain = organizationalDomain(domain);
  const result: DmarcCheck = {
    status: "ok",
    domain,
    orgDomain,
    recordDomain: null,
    inherited: false,
    record: null,
    records: [],
    tags: {},
    policy: null,
    subdomainPolicy: null,
    effectivePolicy: null,
    pct: null,
    rua: [],
    ruf: [],
    findings: [],
  };
  const findings: Finding[] = [];
  const finish = (): DmarcCheck => ({ ...result, findings: sortFindings(findings), status: statusFromFindings(findings) });

  const own = await lookup(dns, domain, signal);
  if (isDnsTrouble(own.status)) {
    findings.push(makeFinding("dmarc.dns_error", dnsErrorText(own.name, own.status, DMARC_RECORD), { domain: own.name }));
    return finish();
  }
  findings.push(...ignoredFindings(own));
  let used = own;
  // §6.6.3 steps 3–4: only an empty set at the domain sends the search to the organizational domain.
  if (own.records.length === 0 && orgDomain !== domain) {
    const org = await lookup(dns, orgDomain, signal);
    if (isDnsTrouble(org.status)) {
      findings.push(makeFinding("dmarc.dns_error", dnsErrorText(org.name, org.status, DMARC_RECORD), { domain: org.name }));
      return finish();
    }
    findings.push(...ignoredFindings(org));
    used = org;
  }
  const recordDomain = used === own ? domain : orgDomain;

  if (used.records.length === 0) {
    if (findings.length === 0) findings.push(makeFinding("dmarc.none", m.none(domain, orgDomain), { domain: `_dmarc.${orgDomain}` }));
    return finish();
  }
  result.recordDomain = recordDomain;
  result.inherited = used !== own;
  result.records = used.records;
  if (used.records.length > 1) {
    findings.push(makeFinding("dmarc.multiple_records", m.multipleRecords(used.name, used.records.length), { domain: used.name }));
    return finish();
  }

  const record = used.records[0] as string;
  const parsed = parseDmarcRecord(record);
  result.record = record;
  result.tags = Object.fromEntries([...parsed.tags].reverse().map(({ name, value }) => [name, value]));
  result.policy = parsed.policy;
  result.subdomainPolicy = parsed.subdomainPolicy;
  result.pct = parsed.pct;
  findings.push(...issueFindings(used.name, parsed));
  if (result.inherited) findings.push(makeFinding("dmarc.inherited", m.inherited(domain, orgDomain), { domain: used.name }));

  if (parsed.policyValid) {
    const subdomain = result.inherited && parsed.subdomainPolicy !== null;
    result.effectivePolicy = subdomain ? parsed.subdomainPolicy : parsed.policy;
  } else if (parsed.rua.some((uri) => uri.valid)) {
    result.effectivePolicy = "none";
  }
  if (parsed.policyValid && result.effectivePolicy) {
    const subdomain = result.inherited && parsed.subdomainPolicy !== null;
    const code = `dmarc.policy_${result.effectivePolicy}` as const;
    findings.push(makeFinding(code, m.policy(used.name, result.effectivePolicy, subdomain), { domain: used.name }));
    if (parsed.pct < 100 && result.effectivePolicy !== "none") findings.push(makeFinding("dmarc.pct_partial", m.pctPartial(used.name, parsed.pct), { domain: used.name, term: `pct=${parsed.pct}` }));
  }
  if (!parsed.tags.some((tag) => tag.name === "rua")) findings.push(makeFinding("dmarc.no_rua", m.noRua(used.name), { domain: used.name }));

  const authorization =
    options.checkReportAuthorization === false ? new Map<string, boolean | null>() : await authorizeDestinations(dns, recordDomain, [...parsed.rua, ...parsed.ruf], signal);
  const withAuthorization = (uri: DmarcReportUri): DmarcReportDestination => ({ ...uri, authorized: uri.domain ? (authorization.get(uri.domain) ?? null) : null });
  result.rua = parsed.rua.map(withAuthorization);
  result.ruf = parsed.ruf.map(withAuthorization);
  for (const [destination, authorized] of authorization) {
    if (authorized === false) {
      findings.push(makeFinding("dmarc.report_auth_missing", m.reportAuthMissing(recordDomain, destination), { domain: `${recordDomain}._report._dmarc.${destination}` }));
    }
  }
  return finish();
}
