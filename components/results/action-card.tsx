import { ActionRecords } from "@/components/results/action-records";
import { LazyServerHostForm } from "@/components/results/lazy-controls";
import { SeverityBadge } from "@/components/results/status-badge";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";
import type { DiagnosisAction } from "@/lib/wizard/types";

export interface ActionCardProps {
  action: DiagnosisAction;
  /** 1-based position in the list of actions. */
  number: number;
  locale: Locale;
  readOnly?: boolean;
  onProvideServerHost?: (host: string) => void;
  busy?: boolean;
  /** Unique on the page; element ids inside the card start with it. */
  idPrefix: string;
}

/** One thing to do: why, the steps, the records in the panel's own field names, warnings and help links. */
export function ActionCard({ action, number, locale, readOnly = false, onProvideServerHost, busy, idPrefix }: ActionCardProps) {
  const t = resultsMessages[locale].actions;
  const headingId = `${idPrefix}-title`;
  const askHost = action.needs === "serverHost" && !readOnly && onProvideServerHost;
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-400 bg-white p-3 shadow-sm sm:p-4">
      <header className="space-y-2">
        <h3 id={headingId} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-lg leading-snug font-bold text-slate-950">
          <span>{number}.</span>
          <SeverityBadge severity={action.severity} locale={locale} kind="action" />
          <span className="min-w-0 [overflow-wrap:anywhere]">{action.title[locale]}</span>
        </h3>
        <p className="text-slate-800">{action.summary[locale]}</p>
      </header>

      {askHost ? <LazyServerHostForm locale={locale} onSubmit={onProvideServerHost} busy={busy} /> : null}

      {action.steps.length > 0 ? (
        <div className="space-y-1">
          <h4 className="text-base font-bold text-slate-900">{t.steps}</h4>
          <ol className="list-decimal space-y-1 pl-6 text-slate-800 marker:font-bold">
            {action.steps.map((step, i) => (
              <li key={i} className="[overflow-wrap:anywhere]">
                {step[locale]}
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      <ActionRecords action={action} locale={locale} idPrefix={idPrefix} />

      {action.warnings.length > 0 ? (
        <div className="space-y-2 rounded-md border border-amber-700 bg-amber-50 p-3">
          <h4 className="text-base font-bold text-amber-950">{t.warnings}</h4>
          <ul className="space-y-2">
            {action.warnings.map((warning) => (
              <li key={warning.id} className="flex flex-col items-start gap-1 text-sm sm:flex-row sm:gap-2">
                <SeverityBadge severity={warning.severity} locale={locale} kind="finding" />
                <span className="text-slate-900 [overflow-wrap:anywhere]">{warning.message[locale]}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {action.links.length > 0 ? (
        <div className="space-y-1">
          <h4 className="text-base font-bold text-slate-900">{t.links}</h4>
          <ul className="list-disc space-y-1 pl-6">
            {action.links.map((link) => (
              <li key={link.url}>
                <a
                  href={link.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-blue-800 underline underline-offset-2 hover:text-blue-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
                >
                  {link.title[locale]}
                  <span className="sr-only"> {t.newTab}</span>
                  <span aria-hidden="true"> ↗</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
