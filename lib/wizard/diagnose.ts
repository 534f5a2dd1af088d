import { analyzeBounce, type BounceAnalysis } from "@/lib/bounce";
import { checkPropagation, type PropagationResult } from "@/lib/checks";
import type { DnsClient } from "@/lib/dns/types";
import { sortFindings } from "@/lib/findings/finding";
import { detectProvider } from "@/lib/fix/detect-provider";
import { getDnsProvider } from "@/lib/fix/dns-providers";
import { isDnsProviderId, type DnsProvider } from "@/lib/fix/dns-provider-types";
import type { HostingProfile } from "@/lib/fix/hosting-profile-schema";
import type { DiagnoseInput } from "@/lib/schemas/diagnose-input";
import { dkimAction, dmarcAction, ptrAction, switchProviderAction } from "@/lib/wizard/auth-actions";
import { bounceCategoryAction, forwardAction, listDmarcAction, listForwarderAction, waitAction } from "@/lib/wizard/path-actions";
import { resolveInputs } from "@/lib/wizard/resolve-inputs";
import { runChecks } from "@/lib/wizard/run-checks";
import { spfActions } from "@/lib/wizard/spf-actions";
import { PATHS } from "@/lib/wizard/tree";
import type { BounceFacts, Diagnosis, DiagnosisAction, DiagnosisChecks, ProgressEvent } from "@/lib/wizard/types";
import { verdictOf } from "@/lib/wizard/verdict";

/** A record the customer was asked to set, to see whether the change is live yet. */
export interface ExpectedRecord {
  name: string;
  type: "TXT" | "CNAME";
  value: string;
}

export interface DiagnoseDeps {
  /** The DNS client, already bounded by the analysis deadline. */
  dns: DnsClient;
  profile: HostingProfile;
  /** Port for direct queries to authoritative servers ("is my change live?"). */
  authPort: number;
  /** Timeout and retries of each of those queries (the configured DNS_TIMEOUT_MS / DNS_RETRIES; default 2000 ms, 1). */
  authTimeoutMs?: number;
  authRetries?: number;
  signal?: AbortSignal;
  now?: () => Date;
  onProgress?: (event: ProgressEvent) => void;
}

function bounceFacts(bounce: BounceAnalysis): BounceFacts {
  const { recipients, ...facts } = bounce;
  return { ...facts, recipientCount: recipients.length };
}

function chooseProvider(input: DiagnoseInput, checks: DiagnosisChecks): Diagnosis["provider"] & { table: DnsProvider } {
  const nameservers = checks.ns.nameservers.map((ns) => ns.name);
  if (input.provider && isDnsProviderId(input.provider)) {
    const table = getDnsProvider(input.provider);
    return { id: table.id, name: table.name, source: "chosen", nameservers, note: null, editable: table.editable, table };
  }
  const detection = detectProvider(nameservers);
  const table = detection.provider;
  const source = detection.status === "detected" ? "detected" : "unknown";
  return { id: table.id, name: table.name, source, nameservers, note: detection.note ?? null, editable: table.editable, table };
}

/** "Is my change live?" for each record the previous result asked for (RFC 7208 §4.5: the old SPF record must be gone too). */
async function propagationOf(expected: readonly ExpectedRecord[], deps: DiagnoseDeps): Promise<PropagationResult[]> {
  return Promise.all(
    expected.map((record) => {
      const prefix = /^v=spf1(\s|$)/i.test(record.value) ? "v=spf1" : /^v=DMARC1/i.test(record.value) ? "v=DMARC1" : undefined;
      return checkPropagation(
        { name: record.name, type: record.type, expect: { equals: record.value, ...(prefix ? { exclusivePrefix: prefix } : {}) } },
        { recursive: deps.dns, authPort: deps.authPort, timeoutMs: deps.authTimeoutMs, retries: deps.authRetries, signal: deps.signal },
      );
    }),
  );
}

/**
 * The whole diagnosis for one customer: reads the pasted error mail, fills in what it tells,
 * runs every check at once, and turns the results into the actions of the customer's path, each
 * with the exact records for their DNS panel. DNS trouble never throws: it shows as findings,
 * `partial`, and a verdict that says so.
 */
export async function diagnose(input: DiagnoseInput, deps: DiagnoseDeps, expected: readonly ExpectedRecord[] = []): Promise<Diagnosis> {
  const { dns, profile, signal, onProgress } = deps;
  const now = deps.now ?? (() => new Date());

  let bounce: BounceAnalysis | null = null;
  if (input.bounce) {
    onProgress?.({ type: "stage", stage: "bounce" });
    const outcome = await analyzeBounce(input.bounce);
    if (outcome.ok) bounce = outcome.bounce;
  }

  onProgress?.({ type: "stage", stage: "inputs" });
  const resolved = await resolveInputs(input, bounce, dns, profile, signal);
  const plan = {
    domain: resolved.domain,
    ip: resolved.ip.value,
    dkimSelectors: resolved.dkimSelectors,
    originalDomain: input.scenario === "forward" ? resolved.originalDomain : null,
  };
  const [{ checks, originalSpf }, propagation] = await Promise.all([
    runChecks(plan, dns, { signal, onProgress }),
    expected.length > 0 ? (onProgress?.({ type: "stage", stage: "propagation" }), propagationOf(expected, deps)) : Promise.resolve(null),
  ]);

  onProgress?.({ type: "stage", stage: "actions" });
  const { table: provider, ...providerInfo } = chooseProvider(input, checks);
  const category = bounce?.category ?? null;
  const domain = resolved.domain;
  const zone = checks.ns.zone ?? undefined;
  const candidates: (DiagnosisAction | null)[] = [
    switchProviderAction(domain, provider),
    ...spfActions({ scenario: input.scenario, domain, spf: checks.spf, serverHost: resolved.serverHost.value, profile, provider, zone }),
    dkimAction(domain, checks.dkim, profile, provider, category, zone),
    dmarcAction(domain, checks.dmarc, provider, profile, category, zone),
    ptrAction(checks.ptr, resolved.serverHost.value, profile, category),
    input.scenario === "forward" ? forwardAction(domain, resolved.originalDomain, originalSpf, resolved.ip.value, profile) : null,
    input.scenario === "list" ? listForwarderAction(input.listMember ?? null) : null,
    input.scenario === "list" ? listDmarcAction(input.listMember ?? null, category) : null,
    bounceCategoryAction(category),
  ];
  const order = PATHS[input.scenario].actions;
  const actions = candidates
    .filter((a): a is DiagnosisAction => a !== null && order.includes(a.id))
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  if (actions.some((a) => a.records.some((r) => r.role === "set") || (a.templates?.length ?? 0) > 0)) actions.push(waitAction(profile));

  const all = [checks.spf, checks.dmarc, checks.dkim, checks.ptr, checks.mx, checks.ns];
  const partial = all.some((check) => check.status === "unknown");
  return {
    version: 1,
    checkedAt: now().toISOString(),
    scenario: input.scenario,
    domain,
    input: {
      scenario: input.scenario,
      domain: input.domain,
      originalDomain: input.originalDomain ?? null,
      listDomain: input.listDomain ?? null,
      listMember: input.listMember ?? null,
      serverHost: input.serverHost ?? null,
      ip: input.ip ?? null,
      dkimSelector: input.dkimSelector ?? null,
      provider: input.provider ?? null,
    },
    bounce: bounce ? bounceFacts(bounce) : null,
    serverHost: resolved.serverHost,
    ip: resolved.ip,
    provider: providerInfo,
    checks,
    originalSpf,
    actions,
    verdict: verdictOf(actions, partial),
    partial,
    propagation,
    findings: sortFindings(all.flatMap((check) => check.findings)),
  };
}
