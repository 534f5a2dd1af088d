import type { ReactNode, Ref } from "react";
import { ActionCard } from "@/components/results/action-card";
import { BounceFacts } from "@/components/results/bounce-facts";
import { CheckDetails } from "@/components/results/check-details";
import { CopySummaryButton } from "@/components/results/copy-summary-button";
import { PropagationList } from "@/components/results/propagation-list";
import { ProviderLine } from "@/components/results/provider-line";
import { RecheckButton } from "@/components/results/recheck-button";
import { Verdict } from "@/components/results/verdict";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { buildSupportSummary } from "@/lib/wizard/summary";
import type { Diagnosis } from "@/lib/wizard/types";

export interface ResultsViewProps {
  diagnosis: Diagnosis;
  locale: Locale;
  /** A stored or shared result: no recheck, no forms, no provider picker. */
  readOnly?: boolean;
  /** "Check again"; the button is shown only with it. */
  onRecheck?: () => void;
  /** A new diagnosis is running (recheck, host name, provider): shows the busy state. */
  recheckBusy?: boolean;
  /** The host name the `needs: "serverHost"` action asks for, validated. */
  onProvideServerHost?: (host: string) => void;
  /** A DNS provider id from the picker. */
  onChooseProvider?: (providerId: string) => void;
  /** The verdict heading (tabIndex -1), for moving focus to it. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Rendered last (e.g. "start over"). */
  extra?: ReactNode;
  /** Prefix of element ids; give one per view when a page shows two. */
  idPrefix?: string;
}

/**
 * A finished diagnosis: verdict, "is my change live?", the actions in order, "check again",
 * the DNS provider, what the error mail said, the details of every check, and a summary to copy.
 * Presentational: no data fetching, no DNS; works as a server component when readOnly.
 */
export function ResultsView({
  diagnosis,
  locale,
  readOnly = false,
  onRecheck,
  recheckBusy = false,
  onProvideServerHost,
  onChooseProvider,
  headingRef,
  extra,
  idPrefix = "results",
}: ResultsViewProps) {
  const t = resultsMessages[locale];
  const id = (part: string) => `${idPrefix}-${part}`;
  return (
    <div className="space-y-8">
      <Verdict verdict={diagnosis.verdict} partial={diagnosis.partial} locale={locale} headingId={id("verdict")} headingRef={headingRef} />

      {diagnosis.propagation && diagnosis.propagation.length > 0 ? (
        <PropagationList results={diagnosis.propagation} locale={locale} headingId={id("propagation")} />
      ) : null}

      <section aria-labelledby={id("actions")} className="space-y-3">
        <h2 id={id("actions")} className="text-xl font-bold text-slate-950">
          {t.actions.heading}
        </h2>
        {diagnosis.actions.length === 0 ? (
          <p className="text-slate-800">{t.actions.none}</p>
        ) : (
          <>
            <p className="text-slate-700">{t.actions.intro}</p>
            <ol role="list" className="space-y-4">
              {diagnosis.actions.map((action, i) => (
                <li key={action.id}>
                  <ActionCard
                    action={action}
                    number={i + 1}
                    locale={locale}
                    readOnly={readOnly}
                    onProvideServerHost={onProvideServerHost}
                    busy={recheckBusy}
                    idPrefix={id(`action-${i + 1}`)}
                  />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      {onRecheck && !readOnly ? <RecheckButton locale={locale} onRecheck={onRecheck} busy={recheckBusy} /> : null}

      <ProviderLine provider={diagnosis.provider} locale={locale} onChooseProvider={readOnly ? undefined : onChooseProvider} busy={recheckBusy} />

      {diagnosis.bounce ? <BounceFacts bounce={diagnosis.bounce} locale={locale} headingId={id("bounce")} /> : null}

      <CheckDetails diagnosis={diagnosis} locale={locale} headingId={id("details")} />

      <CopySummaryButton summary={buildSupportSummary(diagnosis, locale)} locale={locale} />

      {extra}
    </div>
  );
}
