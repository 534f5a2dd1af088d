import type { Finding } from "@/lib/findings/finding";

/**
 * The verdict every check returns, from one table:
 * - `ok`: nothing to fix (info findings may still explain what was seen).
 * - `warning`: works, but something should be improved.
 * - `error`: something must be fixed for mail to be accepted.
 * - `unknown`: DNS trouble (timeout, SERVFAIL…) kept the check from deciding.
 * - `skipped`: the check had no input (PTR without an IP, DKIM without a selector).
 */
export const CHECK_STATUSES = ["ok", "warning", "error", "unknown", "skipped"] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export function isCheckStatus(value: unknown): value is CheckStatus {
  return typeof value === "string" && (CHECK_STATUSES as readonly string[]).includes(value);
}

/** What every check result has; each check adds its own plain-JSON details. */
export interface CheckResult {
  status: CheckStatus;
  findings: Finding[];
}

/** Findings that mean "DNS did not answer", so the check could not decide. */
export function isDnsErrorFinding(finding: Finding): boolean {
  return finding.code.endsWith(".dns_error");
}

/**
 * The status a list of findings amounts to: a definite error beats DNS trouble (something is
 * broken whatever the failed lookup would have said), DNS trouble beats warnings (the check
 * could not finish), then warnings, then ok.
 */
export function statusFromFindings(findings: readonly Finding[]): Exclude<CheckStatus, "skipped"> {
  if (findings.some((f) => f.severity === "error" && !isDnsErrorFinding(f))) return "error";
  if (findings.some(isDnsErrorFinding)) return "unknown";
  if (findings.some((f) => f.severity === "warning")) return "warning";
  return "ok";
}
