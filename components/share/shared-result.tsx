import Link from "next/link";
import { ResultsView } from "@/components/results/results-view";
import { DocumentLang } from "@/components/site/document-lang";
import { RecheckNow } from "@/components/share/recheck-now";
import { formatDateTime } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import { shareMessages } from "@/lib/i18n/messages/share";
import { baselineOf } from "@/lib/share/compare";
import { recheckInput, type Snapshot } from "@/lib/share/snapshot";

/** A shared result, read-only, as the customer saw it, with the time it was taken and "check the current state". */
export function SharedResult({ snapshot, locale }: { snapshot: Snapshot; locale: Locale }) {
  const t = shareMessages[locale].page;
  return (
    <div className="space-y-8">
      <DocumentLang locale={locale} />
      <div className="space-y-1">
        <h1 className="text-2xl font-bold text-slate-900">{t.title}</h1>
        <p className="text-slate-800">{t.taken(formatDateTime(snapshot.diagnosis.checkedAt, locale))}</p>
        <p className="text-sm text-slate-700">
          {t.note} <span className="whitespace-nowrap">({t.version(snapshot.appVersion)})</span>
        </p>
      </div>
      <RecheckNow locale={locale} before={baselineOf(snapshot.diagnosis)} input={recheckInput(snapshot)} />
      <ResultsView diagnosis={snapshot.diagnosis} locale={locale} readOnly />
      <p>
        <Link prefetch={false} href={locale === "ja" ? "/" : "/en"} className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-900">
          {t.startOwn}
        </Link>
      </p>
    </div>
  );
}
