import { PropagationBadge } from "@/components/results/status-badge";
import type { PropagationResult } from "@/lib/checks/propagation";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";

/** "Is my change live?": per record, the state in words, what it means, and how long caches may wait. */
export function PropagationList({ results, locale, headingId }: { results: PropagationResult[]; locale: Locale; headingId: string }) {
  const t = resultsMessages[locale].propagation;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-bold text-slate-950">
        {t.heading}
      </h2>
      <ul className="space-y-3">
        {results.map((result, i) => (
          <li key={`${result.name}-${result.type}-${i}`} className="space-y-2 rounded-lg border border-slate-400 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2">
              <PropagationBadge state={result.state} locale={locale} />
              <span className="font-bold text-slate-900 [overflow-wrap:anywhere]">{t.record(result.name, result.type)}</span>
            </div>
            <p className="text-slate-800">{result.message[locale]}</p>
            {result.state === "saved_waiting_cache" && result.waitMinutes !== null && result.waitMinutes > 0 ? (
              <p className="font-bold text-slate-900">{t.wait(result.waitMinutes)}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
