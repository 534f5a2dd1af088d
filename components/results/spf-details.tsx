import { SpfTreeNodeView } from "@/components/results/spf-tree";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";
import type { SpfCheck } from "@/lib/wizard/types";

const LABEL = "text-sm font-bold text-slate-900";

/** Records, the result for the sending IP, lookups against the limit, and the include tree. */
export function SpfDetails({ spf, locale }: { spf: SpfCheck; locale: Locale }) {
  const { spf: t, common } = resultsMessages[locale];
  const { lookups } = spf;
  const over = lookups.count > lookups.limit;
  const voidOver = lookups.void > lookups.voidLimit;
  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <p className={LABEL}>{t.records}</p>
        {spf.records.length === 0 ? (
          <p className="text-sm text-slate-800">{t.noRecord}</p>
        ) : (
          <ul className="space-y-1">
            {spf.records.map((record, i) => (
              <li key={i}>
                <code className="block rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-sm [overflow-wrap:anywhere] whitespace-pre-wrap text-slate-950">
                  {record}
                </code>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="text-sm text-slate-800">
        {spf.ip ? (
          <>
            <span className={LABEL}>
              {t.result(spf.ip)}
              {common.colon}
            </span>
            {spf.result ? t.resultLabel[spf.result] : common.missing}
          </>
        ) : (
          t.noIp
        )}
      </p>
      <ul className="space-y-1 text-sm text-slate-800">
        <li>
          <span className={LABEL}>
            {t.lookups}
            {common.colon}
          </span>
          {t.lookupsValue(lookups.count, lookups.limit)}
          {over ? <OverLimit label={t.overLimit} /> : null}
        </li>
        <li>
          <span className={LABEL}>
            {t.voids}
            {common.colon}
          </span>
          {t.voidsValue(lookups.void, lookups.voidLimit)}
          {voidOver ? <OverLimit label={t.overLimit} /> : null}
        </li>
        {lookups.addressLookups > 0 ? <li>{t.addressLookups(lookups.addressLookups)}</li> : null}
        {lookups.limitExceededAt ? (
          <li className="font-bold text-red-900 [overflow-wrap:anywhere]">
            <span aria-hidden="true">✕ </span>
            {t.exceededAt(lookups.limitExceededAt.index, lookups.limitExceededAt.term, lookups.limitExceededAt.domain)}
          </li>
        ) : null}
      </ul>
      {spf.tree && (spf.tree.terms.length > 0 || spf.tree.status !== "none") ? (
        <div className="space-y-1">
          <p className={LABEL}>{t.tree}</p>
          <SpfTreeNodeView node={spf.tree} locale={locale} />
        </div>
      ) : null}
    </div>
  );
}

function OverLimit({ label }: { label: string }) {
  return (
    <span className="ml-2 inline-flex items-center gap-1 rounded border border-red-700 bg-red-50 px-1.5 text-xs font-bold text-red-900">
      <span aria-hidden="true">✕</span>
      {label}
    </span>
  );
}
