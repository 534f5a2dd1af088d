"use client";

import dynamic from "next/dynamic";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef } from "react";
import { clearBounce } from "@/components/wizard/bounce-store";
import { ProgressSteps } from "@/components/wizard/progress-steps";
import type { ProfileHint } from "@/components/wizard/step-question";
import { StepStart } from "@/components/wizard/step-start";
import type { Locale } from "@/lib/i18n/locales";
import { embedMessages } from "@/lib/i18n/messages/embed";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import { answersFromBounce } from "@/lib/wizard/bounce-prefill";
import { flowQuery, nextStep, previousStep, readFlowState, stepsOf, type Answers, type FlowState, type StepId } from "@/lib/wizard/flow";

// Only the first step ships with the page; the others (with zod, the schemas and the results view)
// are separate chunks, loaded once the visitor starts using the form or when a URL opens on them
// (still rendered on the server then). Without a Suspense boundary of their own, a step change
// waits for its chunk in the router's transition, so the old step stays until the new one (and
// its heading, which gets the focus) is there.
const loadStepBounce = () => import("@/components/wizard/step-bounce");
const loadStepConfirm = () => import("@/components/wizard/step-confirm");
const loadStepQuestion = () => import("@/components/wizard/step-question");
const loadStepResults = () => import("@/components/wizard/step-results");
const StepBounce = dynamic(() => loadStepBounce().then((m) => m.StepBounce));
const StepConfirm = dynamic(() => loadStepConfirm().then((m) => m.StepConfirm));
const StepQuestion = dynamic(() => loadStepQuestion().then((m) => m.StepQuestion));
const StepResults = dynamic(() => loadStepResults().then((m) => m.StepResults));

let stepsRequested = false;
/** Fetches the later steps ahead of the first step change (on the first focus or pointer press in the wizard). */
function preloadSteps(): void {
  if (stepsRequested) return;
  stepsRequested = true;
  for (const load of [loadStepQuestion, loadStepBounce, loadStepConfirm, loadStepResults]) void load().catch(() => undefined);
}

/**
 * The wizard: the step and the answers live in the URL (reload, back and forward work), each
 * step is its own form, and focus moves to the new step's heading on every change.
 *
 * `embedded`: inside a FAQ page's iframe (`/embed`). The URL that changes is the iframe's own; it
 * keeps `?lang=` (the embed's only source of its language), and a link offers the same step on
 * the full site in a new tab.
 */
export function Wizard({ locale, profile, embedded = false }: { locale: Locale; profile: ProfileHint; embedded?: boolean }) {
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

  const url = (flow: FlowState) => `${pathname}${embedded ? withLang(flowQuery(flow), locale) : flowQuery(flow)}`;
  const go = (next: FlowState) => {
    // The step being left keeps the new answers in its history entry, so Back shows them again.
    if (next.step !== state.step) window.history.replaceState(window.history.state, "", url({ ...state, answers: next.answers }));
    router.push(url(next), { scroll: false });
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
    <div onFocus={preloadSteps} onPointerDown={preloadSteps}>
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
            <a href={embedded ? `${pathname}${withLang("", locale)}` : pathname} className={linkClass}>
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
      {embedded ? <FullPageLink locale={locale} state={state} /> : null}
    </div>
  );
}

const linkClass = "font-medium text-blue-800 underline underline-offset-2 hover:text-blue-900";

/** `?path=…` plus the embed's `lang`, so a step change inside the iframe stays in its language. */
function withLang(query: string, locale: Locale): string {
  const params = new URLSearchParams(query);
  params.set("lang", locale);
  return `?${params.toString()}`;
}

/**
 * The same step on the full site (`/` or `/en`, which take the language from the path), in a new
 * tab: the FAQ page stays where it was, and the frame's small width is no longer a limit.
 */
function FullPageLink({ locale, state }: { locale: Locale; state: FlowState }) {
  const t = embedMessages[locale];
  return (
    <p className="mt-8 text-sm">
      <a href={`${locale === "ja" ? "/" : "/en"}${flowQuery(state)}`} target="_blank" rel="noopener noreferrer" className={linkClass}>
        {t.openFullPage}
        <span aria-hidden="true"> ↗</span>
        <span className="sr-only">{t.newTab}</span>
      </a>
    </p>
  );
}

/** The confirm step replaces the path's answers: an emptied field must not keep its old value. */
function blankAnswers(): Answers {
  return { domain: undefined, originalDomain: undefined, listDomain: undefined, listMember: undefined, serverHost: undefined };
}
