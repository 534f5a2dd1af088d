import type { Diagnosis } from "@/lib/wizard/types";

/**
 * What a diagnosis's log line says about it: the path, the checked domain, each check's status and
 * counts. Picked field by field, so nothing of the pasted mail (its addresses, its text) can slip in.
 */
export function diagnosisLogFields(diagnosis: Diagnosis) {
  const checks = Object.fromEntries(Object.entries(diagnosis.checks).map(([name, check]) => [name, check.status]));
  return {
    outcome: diagnosis.partial ? "dns_partial" : "ok",
    scenario: diagnosis.scenario,
    domain: diagnosis.domain,
    verdict: diagnosis.verdict.status,
    checks,
    counts: {
      actions: diagnosis.actions.length,
      findings: diagnosis.findings.length,
      unknownChecks: Object.values(diagnosis.checks).filter((check) => check.status === "unknown").length,
      propagation: diagnosis.propagation?.length ?? 0,
    },
    // Named apart from `bounce`, which the logger redacts wherever it appears.
    bounceCategory: diagnosis.bounce?.category ?? null,
  };
}
