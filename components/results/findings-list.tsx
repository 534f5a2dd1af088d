import { SeverityBadge } from "@/components/results/status-badge";
import type { Finding } from "@/lib/findings/finding";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";

/** The findings of one check, each with its severity as a word. */
export function FindingsList({ findings, locale }: { findings: Finding[]; locale: Locale }) {
  const t = resultsMessages[locale].details;
  if (findings.length === 0) return <p className="text-sm text-slate-700">{t.noFindings}</p>;
  return (
    <ul className="space-y-2">
      {findings.map((finding, i) => (
        <li key={`${finding.code}-${i}`} className="flex flex-col items-start gap-1 text-sm sm:flex-row sm:gap-2">
          <SeverityBadge severity={finding.severity} locale={locale} kind="finding" />
          <span className="[overflow-wrap:anywhere] text-slate-800">{finding.message[locale]}</span>
        </li>
      ))}
    </ul>
  );
}
