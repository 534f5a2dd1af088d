import type { BounceReading } from "@/components/wizard/bounce-store";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";

/** What the error mail says, in plain words: why Gmail refused it, which domain and IP it checked. */
export function BounceSummary({ reading, locale }: { reading: BounceReading; locale: Locale }) {
  const t = wizardMessages[locale].bounce;
  return (
    <section aria-labelledby="bounce-summary-title" className="rounded-lg border border-blue-200 bg-blue-50 p-4">
      <h3 id="bounce-summary-title" className="font-semibold text-slate-900">
        {t.summaryTitle}
      </h3>
      <p className="mt-2 font-medium text-slate-900">{t.refused(reading.title)}</p>
      <p className="mt-1 text-slate-800">{reading.explanation}</p>
      <ul className="mt-2 space-y-0.5 text-sm text-slate-800">
        {reading.domain ? <li>{t.checked(reading.domain, reading.ip)}</li> : null}
        {reading.status ? <li>{t.status(`${reading.replyCode ? `${reading.replyCode} ` : ""}${reading.status}`)}</li> : null}
        {reading.recipient ? <li>{t.recipient(reading.recipient)}</li> : null}
        {reading.scenario ? <li>{t.scenario[reading.scenario]}</li> : null}
        {!reading.gmail ? <li>{t.notGmail}</li> : null}
      </ul>
    </section>
  );
}
