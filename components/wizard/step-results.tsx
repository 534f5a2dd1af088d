"use client";

import { useEffect, useMemo, type RefObject } from "react";
import { ResultsView } from "@/components/results/results-view";
import { ShareButton } from "@/components/share/share-button";
import { buttonPrimary, buttonSecondary, errorText } from "@/components/ui/styles";
import { loadBounceText } from "@/components/wizard/bounce-store";
import { CheckProgress } from "@/components/wizard/check-progress";
import { StepHeading } from "@/components/wizard/step-heading";
import { useDiagnosis } from "@/components/wizard/use-diagnosis";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import { diagnoseInputSchema } from "@/lib/schemas/diagnose-input";
import { schemaMessage } from "@/lib/schemas/messages";
import { expectedRecords } from "@/lib/wizard/expected-records";
import { scenarioOf, stepOfField, type Answers, type FlowState, type StepId } from "@/lib/wizard/flow";
import type { Diagnosis } from "@/lib/wizard/types";

/** Runs the diagnosis for the answers in the URL and shows its progress, then the results. */
export function StepResults({
  locale,
  state,
  headingRef,
  onGoTo,
  onUpdate,
}: {
  locale: Locale;
  state: FlowState;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onGoTo: (step: StepId) => void;
  onUpdate: (answers: Answers) => void;
}) {
  const t = wizardMessages[locale];
  const { run, start } = useDiagnosis(locale);
  const raw = useMemo(() => ({ ...state.answers, scenario: scenarioOf(state) ?? undefined }), [state]);
  const parsed = useMemo(() => diagnoseInputSchema.safeParse(raw), [raw]);

  // When the first result of these answers arrives, focus moves from the progress to the verdict;
  // a "check again" keeps focus on its button instead.
  const freshResult = run.phase === "done" && run.fresh ? run.diagnosis : null;
  useEffect(() => {
    if (freshResult) headingRef.current?.focus();
  }, [freshResult, headingRef]);

  // `parsed` changes only when the URL's answers do: one diagnosis per set of answers.
  useEffect(() => {
    if (!parsed.success) return;
    const bounce = loadBounceText();
    void start({ ...parsed.data, ...(bounce && state.path === "unsure" ? { bounce } : {}) });
  }, [parsed, start, state.path]);

  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "domain");
    return (
      <div className="space-y-4">
        <StepHeading headingRef={headingRef}>{t.results.title}</StepHeading>
        <p role="alert" className={errorText}>
          {t.run.fixInput} {schemaMessage(issue?.message, locale)}
        </p>
        <button type="button" className={buttonPrimary} onClick={() => onGoTo(stepOfField(state, field))}>
          {t.run.backToFix}
        </button>
      </div>
    );
  }

  const request = () => {
    const bounce = loadBounceText();
    return { ...parsed.data, ...(bounce && state.path === "unsure" ? { bounce } : {}) };
  };
  const recheck = (diagnosis: Diagnosis) => void start(request(), expectedRecords(diagnosis), diagnosis);
  const shown = run.phase === "done" ? run.diagnosis : run.phase === "running" || run.phase === "error" ? run.previous : null;

  const errorBlock =
    run.phase === "error" ? (
        <div className="space-y-3 rounded-lg border border-red-300 bg-red-50 p-4">
          <p role="alert" className="font-semibold text-red-900">
            {run.kind === "network" ? t.run.network : run.kind === "slow" ? t.run.slow : (run.message ?? t.run.failed)}
          </p>
          <div className="flex flex-wrap gap-3">
            <button type="button" className={buttonPrimary} onClick={() => (run.previous ? recheck(run.previous) : void start(request()))}>
              {t.run.retry}
            </button>
            {run.kind === "input" ? (
              <button type="button" className={buttonSecondary} onClick={() => onGoTo(stepOfField(state, Object.keys(run.fields ?? {})[0] ?? "domain"))}>
                {t.run.backToFix}
              </button>
            ) : null}
          </div>
        </div>
      ) : null;

  return (
    <div className="space-y-6">
      {shown ? null : <StepHeading headingRef={headingRef}>{t.results.title}</StepHeading>}
      {run.phase === "running" && !run.previous ? <CheckProgress checks={run.checks} stage={run.stage} locale={locale} /> : null}
      {run.phase === "error" && !run.previous ? errorBlock : null}
      {shown ? (
        <ResultsView
          diagnosis={shown}
          locale={locale}
          headingRef={headingRef}
          recheckBusy={run.phase === "running"}
          onRecheck={() => recheck(shown)}
          onProvideServerHost={(serverHost) => onUpdate({ ...state.answers, serverHost })}
          onChooseProvider={(provider) => onUpdate({ ...state.answers, provider })}
          extra={run.phase === "done" ? <ShareButton key={run.diagnosis.checkedAt} locale={locale} request={request} /> : null}
        />
      ) : null}
      {run.phase === "error" && run.previous ? errorBlock : null}
    </div>
  );
}
