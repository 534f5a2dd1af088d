import { CheckStatusBadge } from "@/components/results/status-badge";
import type { DkimCheck, DmarcCheck } from "@/lib/checks";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";

const LABEL = "text-sm font-bold text-slate-900";
const CODE = "block rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-sm [overflow-wrap:anywhere] whitespace-pre-wrap text-slate-950";

/** The DMARC record in force, its policy as receivers apply it, and where reports go. */
export function DmarcDetails({ dmarc, locale }: { dmarc: DmarcCheck; locale: Locale }) {
  const { dmarc: t, common } = resultsMessages[locale];
  const reports = dmarc.rua.filter((uri) => uri.valid && uri.address).map((uri) => uri.address as string);
  return (
    <div className="space-y-2 text-sm text-slate-800">
      <p className={LABEL}>{t.record}</p>
      {dmarc.records.length === 0 ? (
        <p>{t.noRecord}</p>
      ) : (
        <ul className="space-y-1">
          {dmarc.records.map((record, i) => (
            <li key={i}>
              <code className={CODE}>{record}</code>
            </li>
          ))}
        </ul>
      )}
      {dmarc.inherited && dmarc.recordDomain ? <p>{t.inherited(dmarc.recordDomain)}</p> : null}
      {dmarc.effectivePolicy ? (
        <p>
          <span className={LABEL}>
            {t.policy}
            {common.colon}
          </span>
          {t.policyLabel[dmarc.effectivePolicy]}
        </p>
      ) : null}
      {dmarc.pct !== null && dmarc.pct < 100 ? <p>{t.pct(dmarc.pct)}</p> : null}
      {reports.length > 0 ? (
        <p className="[overflow-wrap:anywhere]">
          <span className={LABEL}>
            {t.reports}
            {common.colon}
          </span>
          {reports.join(", ")}
        </p>
      ) : null}
    </div>
  );
}

/** Each selector looked up: where it came from, whether a usable key is there. */
export function DkimDetails({ dkim, locale }: { dkim: DkimCheck; locale: Locale }) {
  const t = resultsMessages[locale].dkim;
  if (dkim.selectors.length === 0) return <p className="text-sm text-slate-800">{t.noSelector}</p>;
  return (
    <ul className="space-y-3 text-sm text-slate-800">
      {dkim.selectors.map((selector) => (
        <li key={selector.name} className="space-y-1">
          <p className="flex flex-wrap items-center gap-2">
            <CheckStatusBadge status={selector.status} locale={locale} />
            <span className="font-bold text-slate-900">{t.selector(selector.selector)}</span>
            <span className="text-slate-700">{t.source[selector.source]}</span>
          </p>
          <p className="font-mono [overflow-wrap:anywhere]">{selector.name}</p>
          <p>
            {selector.keyType ? t.key(selector.keyType, selector.bits) : t.noKey}
            {selector.testing ? ` · ${t.testing}` : null}
          </p>
          {selector.record ? <code className={CODE}>{selector.record}</code> : null}
        </li>
      ))}
    </ul>
  );
}
