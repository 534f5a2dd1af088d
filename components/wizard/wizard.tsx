"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef } from "react";
import { clearBounce } from "@/components/wizard/bounce-store";
import { ProgressSteps } from "@/components/wizard/progress-steps";
import { StepBounce } from "@/components/wizard/step-bounce";
import { StepConfirm } from "@/components/wizard/step-confirm";
import { StepQuestion, type ProfileHint } from "@/components/wizard/step-question";
import { StepResults } from "@/components/wizard/step-results";
import { StepStart } from "@/components/wizard/step-start";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import { answersFromBounce } from "@/lib/wizard/bounce-prefill";
import { flowQuery, nextStep, previousStep, readFlowState, stepsOf, type Answers, type FlowState, type StepId } from "@/lib/wizard/flow";

/**
 * The wizard: the step and the answers live in the URL (reload, back and forward work), each
 * step is its own form, and focus moves to the new step's heading on every change.
 */
export function Wizard({ locale, profile }: { locale: Locale; profile: ProfileHint }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const state = useMemo(() => readFlowState(params), [params]);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const t = wizardMessages[locale];

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [state.step, state.path]);

  const go = (next: FlowState) => {
    // The step being left keeps the new answers in its history entry, so Back shows them again.
    if (next.step !== state.step) window.history.replaceState(window.history.state, "", `${pathname}${flowQuery({ ...state, answers: next.answers })}`);
    router.push(`${pathname}${flowQuery(next)}`, { scroll: false });
  };
  const goStep = (step: StepId) => go({ ...state, step });
  const answer = (field: keyof Answers, value: string | undefined) => {
    const answers = { ...state.answers };
    if (value) answers[field] = value;
    else delete answers[field];
    go({ ...state, answers, step: nextStep(state) });
  };

  const steps = stepsOf(state.path);
  const step = state.step;

  return (
    <div>
      {state.path ? <ProgressSteps steps={steps} current={step} locale={locale} /> : null}
      {step === "start" ? (
        <StepStart
          locale={locale}
          initial={state.path}
          headingRef={heading}
          onChoose={(path) => {
            if (path === "unsure") clearBounce();
            const next: FlowState = { path, step: "start", answers: path === state.path ? state.answers : {} };
            go({ ...next, step: stepsOf(path)[1] ?? "start" });
          }}
        />
      ) : step === "bounce" ? (
        <StepBounce locale={locale} headingRef={heading} onBack={() => goStep(previousStep(state))} onRead={(reading) => go({ ...state, answers: answersFromBounce(reading, profile.hostPattern), step: "confirm" })} />
      ) : step === "confirm" ? (
        <StepConfirm
          locale={locale}
          answers={state.answers}
          profile={profile}
          headingRef={heading}
          onBack={() => goStep(previousStep(state))}
          onConfirm={(values) => go({ ...state, answers: { ...state.answers, ...blankAnswers(), ...values }, step: "results" })}
        />
      ) : step === "results" ? (
        <>
          <StepResults locale={locale} state={state} headingRef={heading} onGoTo={goStep} onUpdate={(answers) => go({ ...state, answers })} />
          <p className="mt-8">
            <a href={pathname} className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-900">
              {t.nav.startOver}
            </a>
          </p>
        </>
      ) : (
        <StepQuestion
          key={step}
          id={step}
          locale={locale}
          initial={state.answers[step]}
          profile={profile}
          headingRef={heading}
          isLast={nextStep(state) === "results"}
          onBack={() => goStep(previousStep(state))}
          onAnswer={(value) => answer(step, value)}
        />
      )}
    </div>
  );
}

/** The confirm step replaces the path's answers: an emptied field must not keep its old value. */
function blankAnswers(): Answers {
  return { domain: undefined, originalDomain: undefined, listDomain: undefined, listMember: undefined, serverHost: undefined };
}
