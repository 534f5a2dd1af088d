import type { Severity } from "@/lib/findings/types";

/**
 * Every finding code of the product with its default severity. Codes are a public API that
 * clients branch on: append new ones, never rename or remove one.
 */
export const FINDING_CODES = {
  "spf.none": { severity: "error" },
  "spf.invalid_domain": { severity: "error" },
  "spf.multiple_records": { severity: "error" },
  "spf.syntax": { severity: "error" },
  "spf.lookup_limit": { severity: "error" },
  "spf.lookup_near_limit": { severity: "warning" },
  "spf.void_limit": { severity: "error" },
  "spf.void_lookup": { severity: "warning" },
  "spf.include_none": { severity: "error" },
  "spf.redirect_none": { severity: "error" },
  "spf.loop": { severity: "error" },
  "spf.all_pass": { severity: "error" },
  "spf.include_all_pass": { severity: "error" },
  "spf.all_neutral": { severity: "warning" },
  "spf.ptr": { severity: "warning" },
  "spf.redirect_ignored": { severity: "warning" },
  "spf.terms_after_all": { severity: "warning" },
  "spf.no_all": { severity: "warning" },
  "spf.mx_too_many": { severity: "error" },
  "spf.record_too_long": { severity: "warning" },
  "spf.dns_error": { severity: "error" },
  "spf.not_authorized": { severity: "error" },
  "spf.analysis_truncated": { severity: "info" },
} as const satisfies Record<string, { severity: Severity }>;

export type FindingCode = keyof typeof FINDING_CODES;

export function isFindingCode(value: unknown): value is FindingCode {
  return typeof value === "string" && Object.hasOwn(FINDING_CODES, value);
}
