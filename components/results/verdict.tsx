import type { Ref } from "react";
import { VERDICT_PANEL_CLASSES, VerdictBadge } from "@/components/results/status-badge";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";
import type { Diagnosis } from "@/lib/wizard/types";

export interface VerdictProps {
  verdict: Diagnosis["verdict"];
  partial: boolean;
  locale: Locale;
  headingId: string;
  /** The flow moves focus here when results arrive (the heading has tabIndex -1). */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The one-line verdict, first on the screen: a status word with a glyph, then the sentence. */
export function Verdict({ verdict, partial, locale, headingId, headingRef }: VerdictProps) {
  const t = resultsMessages[locale].verdict;
  return (
    <section aria-labelledby={headingId} className={`space-y-2 rounded-lg border-2 p-4 ${VERDICT_PANEL_CLASSES[verdict.status]}`}>
      <h2
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className="flex flex-wrap items-center gap-x-3 gap-y-2 text-xl leading-snug font-bold text-slate-950 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-blue-700"
      >
        <VerdictBadge status={verdict.status} locale={locale} />
        <span className="min-w-0 [overflow-wrap:anywhere]">{verdict.text[locale]}</span>
      </h2>
      {partial && verdict.status !== "incomplete" ? <p className="text-sm text-slate-900">{t.partial}</p> : null}
    </section>
  );
}
