import { dkimMessages as m } from "@/lib/checks/dkim-messages";
import { inspectDkimPublicKey } from "@/lib/checks/dkim-key";
import { dnsErrorText, isDnsTrouble } from "@/lib/checks/dns-trouble";
import { checkDomain } from "@/lib/checks/domain-input";
import { parseDkimKeyRecord, type DkimKeyType } from "@/lib/checks/parse-dkim-key";
import { statusFromFindings, type CheckResult, type CheckStatus } from "@/lib/checks/types";
import type { DnsClient, DnsStatus } from "@/lib/dns/types";
import { makeFinding, sortFindings, type Finding } from "@/lib/findings/finding";

/**
 * Where a selector came from: typed by the customer, the `s=` of a DKIM-Signature in the
 * bounce, or the hosting profile's known selectors (a guess: its absence proves little).
 */
export const DKIM_SELECTOR_SOURCES = ["input", "signature", "profile"] as const;
export type DkimSelectorSource = (typeof DKIM_SELECTOR_SOURCES)[number];

export interface DkimSelectorInput {
  selector: string;
  source: DkimSelectorSource;
}

export interface DkimSelectorResult {
  selector: string;
  source: DkimSelectorSource;
  /** `<selector>._domainkey.<domain>`. */
  name: string;
  status: Exclude<CheckStatus, "skipped">;
  dnsStatus: DnsStatus | null;
  /** k= of the record ("rsa" when absent), null without a record. */
  keyType: string | null;
  /** RSA modulus length, 256 for Ed25519; null when the key could not be read. */
  bits: number | null;
  testing: boolean;
  /** The key record (TXT strings joined), null when there is none. */
  record: string | null;
  /** CNAMEs followed to reach the key (providers often delegate the key this way). */
  cnameChain: string[];
  findings: Finding[];
}

export interface DkimCheck extends CheckResult {
  domain: string;
  selectors: DkimSelectorResult[];
}

export interface CheckDkimOptions {
  signal?: AbortSignal;
  /** Selectors looked up at most (default 10). */
  maxSelectors?: number;
}

const SELECTOR = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;
const DKIM_KEY = { ja: " DKIM 公開鍵", en: "the DKIM key" };
const USABLE: ReadonlySet<CheckStatus> = new Set(["ok", "warning"]);

/** "S1", "s1._domainkey.example.jp" and " s1 " all mean selector "s1". */
function cleanSelector(selector: string): string {
  const lower = selector.trim().toLowerCase().replace(/\.$/, "");
  const cut = lower.indexOf("._domainkey");
  return cut === -1 ? lower : lower.slice(0, cut);
}

function keyFindings(name: string, text: string): { findings: Finding[]; keyType: string; bits: number | null; testing: boolean } {
  const parsed = parseDkimKeyRecord(text);
  const findings = parsed.issues.map((issue) =>
    makeFinding(issue.kind === "sha1_only" ? "dkim.sha1_only" : "dkim.syntax", m.syntax(name, issue.message), {
      domain: name,
      ...(issue.tag === undefined ? {} : { term: issue.tag }),
    }),
  );
  let bits: number | null = null;
  if (parsed.revoked) {
    findings.push(makeFinding("dkim.revoked", m.revoked(name), { domain: name, term: "p=" }));
  } else if (parsed.publicKey !== null && parsed.keyTypeKnown) {
    const key = inspectDkimPublicKey(parsed.keyType as DkimKeyType, parsed.publicKey);
    if (!key.ok) {
      findings.push(makeFinding("dkim.key_unreadable", m.unreadable(name, key.problem, parsed.keyType, key.actualType), { domain: name }));
    } else {
      bits = key.bits;
      // Gmail: "a DKIM key of 1024 bits or longer", 2048 recommended; RFC 8301 §3.2 also sets 1024 as the floor.
      if (key.keyType === "ed25519") findings.push(makeFinding("dkim.ed25519", m.ed25519(name), { domain: name }));
      else if (key.bits < 1024) findings.push(makeFinding("dkim.key_too_short", m.tooShort(name, key.bits), { domain: name }));
      else if (key.bits < 2048) findings.push(makeFinding("dkim.key_weak", m.weak(name, key.bits), { domain: name }));
    }
  }
  if (parsed.testing) findings.push(makeFinding("dkim.testing", m.testing(name), { domain: name, term: "t=y" }));
  return { findings, keyType: parsed.keyType, bits, testing: parsed.testing };
}

async function checkSelector(dns: DnsClient, domain: string, input: DkimSelectorInput, signal?: AbortSignal): Promise<DkimSelectorResult> {
  const selector = cleanSelector(input.selector);
  const name = `${selector}._domainkey.${domain}`;
  const base = { selector, source: input.source, name, dnsStatus: null, keyType: null, bits: null, testing: false, record: null, cnameChain: [] as string[] };
  const done = (result: Omit<DkimSelectorResult, "status" | "findings">, findings: Finding[]): DkimSelectorResult => ({
    ...result,
    status: statusFromFindings(findings),
    findings: sortFindings(findings),
  });
  if (!SELECTOR.test(selector)) return done(base, [makeFinding("dkim.syntax", m.badSelector(input.selector), { domain: name, term: input.selector })]);

  const answer = await dns.query(name, "TXT", { signal });
  const seen = { ...base, dnsStatus: answer.status, cnameChain: answer.cnameChain };
  if (isDnsTrouble(answer.status)) return done(seen, [makeFinding("dkim.dns_error", dnsErrorText(name, answer.status, DKIM_KEY), { domain: name })]);
  // RFC 6376 §3.6.2.2: the strings of one TXT record are concatenated with no separator.
  const texts = answer.records.map((record) => record.data.join(""));
  if (texts.length === 0) {
    const target = answer.cnameChain[answer.cnameChain.length - 1] ?? null;
    return done(seen, [makeFinding("dkim.none", m.none(name, target, input.source), { domain: name })]);
  }
  const findings: Finding[] = [];
  if (texts.length > 1) findings.push(makeFinding("dkim.multiple_records", m.multipleRecords(name, texts.length), { domain: name }));
  const record = texts.find((text) => /(^|;)[ \t\r\n]*p[ \t\r\n]*=/.test(text)) ?? (texts[0] as string);
  const key = keyFindings(name, record);
  findings.push(...key.findings);
  return done({ ...seen, record, keyType: key.keyType, bits: key.bits, testing: key.testing }, findings);
}

function normalizeInputs(selectors: readonly (string | DkimSelectorInput)[], max: number): DkimSelectorInput[] {
  const seen = new Set<string>();
  const out: DkimSelectorInput[] = [];
  for (const entry of selectors) {
    const input = typeof entry === "string" ? { selector: entry, source: "input" as const } : entry;
    const key = cleanSelector(input.selector);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(input);
    if (out.length >= max) break;
  }
  return out;
}

/**
 * Looks up the DKIM key of each candidate selector at `<selector>._domainkey.<domain>`
 * (RFC 6376 §3.6.2.1), following CNAMEs, and checks the record (§3.6.1), the key type and
 * the RSA key length (Gmail refuses < 1024 bits, recommends 2048; Ed25519 per RFC 8463).
 * A plain string selector counts as `input`; duplicates keep their first source.
 *
 * The overall status: `skipped` without selectors; otherwise from the findings, where a
 * missing key at a `profile` selector (a guess) is left out once another selector has a
 * usable key. Never throws: DNS trouble is `dkim.dns_error`.
 */
export async function checkDkim(
  domainInput: string,
  selectors: readonly (string | DkimSelectorInput)[],
  dns: DnsClient,
  options: CheckDkimOptions = {},
): Promise<DkimCheck> {
  const domain = checkDomain(domainInput);
  const inputs = normalizeInputs(selectors, options.maxSelectors ?? 10);
  if (inputs.length === 0) {
    return { status: "skipped", domain, selectors: [], findings: [makeFinding("dkim.no_selector", m.noSelector(domain), { domain })] };
  }
  const results = await Promise.all(inputs.map((input) => checkSelector(dns, domain, input, options.signal)));
  const anyUsable = results.some((result) => USABLE.has(result.status));
  const findings = results.flatMap((result) =>
    result.findings.filter((finding) => !(anyUsable && result.source === "profile" && finding.code === "dkim.none")),
  );
  return { status: statusFromFindings(findings), domain, selectors: results, findings: sortFindings(findings) };
}
