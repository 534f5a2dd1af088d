import { FINDING_CODES, type FindingCode } from "@/lib/findings/codes";
import type { LocalizedText, Severity } from "@/lib/findings/types";
import type { Locale } from "@/lib/i18n/locales";

/** One thing a check noticed, in both product languages, pointing at where it was seen. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: LocalizedText;
  /** The record term the finding is about, as written in the record. */
  term?: string;
  /** The domain whose record (or DNS answer) the finding is about. */
  domain?: string;
}

export function makeFinding(
  code: FindingCode,
  message: LocalizedText,
  where: { term?: string; domain?: string } = {},
): Finding {
  const finding: Finding = { code, severity: FINDING_CODES[code].severity, message };
  if (where.term !== undefined) finding.term = where.term;
  if (where.domain !== undefined) finding.domain = where.domain;
  return finding;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Most severe first; the original order is kept within one severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}

/** A finding as the API sends it: the message in the reader's language. */
export interface LocalizedFinding extends Omit<Finding, "message"> {
  message: string;
}

export function localizeFinding(finding: Finding, locale: Locale): LocalizedFinding {
  return { ...finding, message: finding.message[locale] };
}
