import { checkDkim, checkDmarc, checkMx, checkNs, checkPtr, type DkimSelectorInput } from "@/lib/checks";
import { statusFromFindings } from "@/lib/checks/types";
import type { DnsClient } from "@/lib/dns/types";
import { analyzeSpf } from "@/lib/spf";
import type { CheckName, DiagnosisChecks, ProgressEvent, SpfCheck } from "@/lib/wizard/types";

export interface CheckPlan {
  domain: string;
  ip: string | null;
  sender?: string;
  dkimSelectors: DkimSelectorInput[];
  /** Forward path: also evaluate the original sender's SPF for the forwarding server. */
  originalDomain: string | null;
}

/** The analyzer's answer as a check: its findings decide the status like every other check. */
export async function runSpfCheck(domain: string, ip: string | null, dns: DnsClient, signal?: AbortSignal, sender?: string): Promise<SpfCheck> {
  const { findings, ...analysis } = await analyzeSpf({ domain, ip: ip ?? undefined, sender }, dns, { signal });
  return { ...analysis, status: statusFromFindings(findings), findings, ip };
}

/**
 * Runs every check at once (they share the caching DNS client, so common names are asked once)
 * and reports each start and finish, so the UI can show which check is still running.
 */
export async function runChecks(
  plan: CheckPlan,
  dns: DnsClient,
  options: { signal?: AbortSignal; onProgress?: (event: ProgressEvent) => void } = {},
): Promise<{ checks: DiagnosisChecks; originalSpf: SpfCheck | null }> {
  const { signal, onProgress } = options;
  const tracked = <T extends { status: DiagnosisChecks[CheckName]["status"] }>(check: CheckName, run: () => Promise<T>): Promise<T> => {
    onProgress?.({ type: "check", check, state: "running" });
    return run().then((result) => {
      onProgress?.({ type: "check", check, state: "done", status: result.status });
      return result;
    });
  };

  const [spf, dmarc, dkim, ptr, mx, ns, originalSpf] = await Promise.all([
    tracked("spf", () => runSpfCheck(plan.domain, plan.ip, dns, signal, plan.sender)),
    tracked("dmarc", () => checkDmarc(plan.domain, dns, { signal })),
    tracked("dkim", () => checkDkim(plan.domain, plan.dkimSelectors, dns, { signal })),
    tracked("ptr", () => checkPtr(plan.ip, dns, { signal })),
    tracked("mx", () => checkMx(plan.domain, dns, { signal })),
    tracked("ns", () => checkNs(plan.domain, dns, { signal })),
    plan.originalDomain && plan.originalDomain !== plan.domain ? runSpfCheck(plan.originalDomain, plan.ip, dns, signal) : Promise.resolve(null),
  ]);
  return { checks: { spf, dmarc, dkim, ptr, mx, ns }, originalSpf };
}
