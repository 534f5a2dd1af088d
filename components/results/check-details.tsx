import { DkimDetails, DmarcDetails } from "@/components/results/auth-details";
import { FindingsList } from "@/components/results/findings-list";
import { MxDetails, NsDetails, PtrDetails } from "@/components/results/host-details";
import { SpfDetails } from "@/components/results/spf-details";
import { CheckStatusBadge } from "@/components/results/status-badge";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { CHECK_NAMES, type CheckName, type Diagnosis } from "@/lib/wizard/types";

function CheckBody({ name, diagnosis, locale }: { name: CheckName; diagnosis: Diagnosis; locale: Locale }) {
  const { checks } = diagnosis;
  switch (name) {
    case "spf":
      return <SpfDetails spf={checks.spf} locale={locale} />;
    case "dmarc":
      return <DmarcDetails dmarc={checks.dmarc} locale={locale} />;
    case "dkim":
      return <DkimDetails dkim={checks.dkim} locale={locale} />;
    case "ptr":
      return <PtrDetails ptr={checks.ptr} locale={locale} />;
    case "mx":
      return <MxDetails mx={checks.mx} locale={locale} />;
    case "ns":
      return <NsDetails ns={checks.ns} locale={locale} />;
  }
}

/** Every check in a disclosure of its own, closed by default: name, status in words, details, findings. */
export function CheckDetails({ diagnosis, locale, headingId }: { diagnosis: Diagnosis; locale: Locale; headingId: string }) {
  const t = resultsMessages[locale];
  const original = diagnosis.originalSpf;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-bold text-slate-950">
        {t.details.heading}
      </h2>
      <p className="text-sm text-slate-700">{t.details.intro}</p>
      <div className="divide-y divide-slate-300 rounded-lg border border-slate-400 bg-white">
        {CHECK_NAMES.map((name) => {
          const check = diagnosis.checks[name];
          return (
            <details key={name} className="group">
              <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700 [&::-webkit-details-marker]:hidden">
                <span className="flex min-w-0 flex-wrap items-center gap-2">
                  <span className="font-bold text-slate-950">{t.details.check[name]}</span>
                  <CheckStatusBadge status={check.status} locale={locale} />
                </span>
                <span aria-hidden="true" className="text-slate-700 transition-transform group-open:rotate-90">
                  ▶
                </span>
              </summary>
              <div className="space-y-4 px-4 pt-1 pb-4">
                <CheckBody name={name} diagnosis={diagnosis} locale={locale} />
                <div className="space-y-2">
                  <p className="text-sm font-bold text-slate-900">{t.details.findings}</p>
                  <FindingsList findings={check.findings} locale={locale} />
                </div>
                {name === "spf" && original ? (
                  <div className="space-y-2 border-t border-slate-300 pt-3">
                    <p className="flex flex-wrap items-center gap-2 text-sm font-bold text-slate-900">
                      {t.spf.original(original.domain)}
                      <CheckStatusBadge status={original.status} locale={locale} />
                    </p>
                    <SpfDetails spf={original} locale={locale} />
                    <p className="text-sm font-bold text-slate-900">{t.details.findings}</p>
                    <FindingsList findings={original.findings} locale={locale} />
                  </div>
                ) : null}
              </div>
            </details>
          );
        })}
      </div>
    </section>
  );
}
