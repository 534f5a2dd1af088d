import { LazyProviderPicker } from "@/components/results/lazy-controls";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";
import type { Diagnosis } from "@/lib/wizard/types";

export interface ProviderLineProps {
  provider: Diagnosis["provider"];
  locale: Locale;
  onChooseProvider?: (providerId: string) => void;
  busy?: boolean;
}

/** "Your DNS: SAKURA internet (detected from ns1.dns.ne.jp…)", with a picker to correct it. */
export function ProviderLine({ provider, locale, onChooseProvider, busy }: ProviderLineProps) {
  const { provider: t, common } = resultsMessages[locale];
  const [first, ...rest] = provider.nameservers;
  const how =
    provider.source === "chosen" ? t.chosen : provider.source === "detected" && first ? t.detected(t.more(first, rest.length)) : t.undetected;
  const name = provider.id === "generic" && provider.source !== "chosen" ? null : provider.name[locale];
  return (
    <div className="space-y-3 rounded-lg border border-slate-400 bg-slate-50 p-4">
      <p className="text-slate-900 [overflow-wrap:anywhere]">
        <span className="font-bold">
          {t.label}
          {common.colon}
        </span>
        {name ? <span>{name}</span> : null}
        <span className="text-slate-700">{t.how(how)}</span>
      </p>
      {provider.editable === "limited" ? (
        <p className="text-sm text-slate-800">
          <span aria-hidden="true">! </span>
          {t.limited}
        </p>
      ) : null}
      {provider.note ? <p className="text-sm text-slate-800">{provider.note[locale]}</p> : null}
      {onChooseProvider ? <LazyProviderPicker locale={locale} current={provider.id} onChoose={onChooseProvider} busy={busy} /> : null}
    </div>
  );
}
