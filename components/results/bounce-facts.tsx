import { BOUNCE_CATEGORIES } from "@/lib/bounce/categories";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";
import type { BounceFacts as BounceFactsData } from "@/lib/wizard/types";

/** What the error mail told us: the cause, the codes, and the domain and IP Gmail named (never the mail itself). */
export function BounceFacts({ bounce, locale, headingId }: { bounce: BounceFactsData; locale: Locale; headingId: string }) {
  const t = resultsMessages[locale].bounce;
  const category = BOUNCE_CATEGORIES[bounce.category];
  const code = [bounce.replyCode, bounce.status].filter(Boolean).join(" ");
  const rows = [
    { label: t.category, value: category.title[locale], mono: false },
    { label: t.status, value: code, mono: true },
    { label: t.domain, value: bounce.domain, mono: true },
    { label: t.ip, value: bounce.ip, mono: true },
  ].filter((row): row is { label: string; value: string; mono: boolean } => Boolean(row.value));
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-bold text-slate-950">
        {t.heading}
      </h2>
      <div className="space-y-3 rounded-lg border border-slate-400 bg-white p-4">
        <dl className="space-y-2">
          {rows.map(({ label, value, mono }) => (
            <div key={label} className="grid gap-0.5 sm:grid-cols-[minmax(8rem,12rem)_minmax(0,1fr)] sm:gap-4">
              <dt className="text-sm font-bold text-slate-900">{label}</dt>
              <dd className={`text-slate-800 [overflow-wrap:anywhere] ${mono ? "font-mono" : ""}`}>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-slate-800">{category.explanation[locale]}</p>
        {bounce.temporary ? <p className="text-sm font-bold text-slate-900">{t.temporary}</p> : null}
      </div>
    </section>
  );
}
