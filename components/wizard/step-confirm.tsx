"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Ref } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { FormField } from "@/components/ui/form-field";
import { buttonPrimary, buttonSecondary, errorText, inputBase } from "@/components/ui/styles";
import { BounceSummary } from "@/components/wizard/bounce-summary";
import { useBounceReading } from "@/components/wizard/bounce-store";
import { StepHeading } from "@/components/wizard/step-heading";
import type { ProfileHint } from "@/components/wizard/step-question";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import { schemaMessage } from "@/lib/schemas/messages";
import type { Answers } from "@/lib/wizard/flow";
import { confirmSchema } from "@/lib/wizard/question-schemas";
import { SCENARIOS, type Scenario } from "@/lib/wizard/scenarios";
import { PATHS, QUESTIONS } from "@/lib/wizard/tree";

type Input = z.input<typeof confirmSchema>;

/** After the error mail: shows what it said and the answers read from it, for the customer to confirm or correct. */
export function StepConfirm({
  locale,
  answers,
  profile,
  headingRef,
  onBack,
  onConfirm,
}: {
  locale: Locale;
  answers: Answers;
  profile: ProfileHint;
  headingRef: Ref<HTMLHeadingElement>;
  onBack: () => void;
  onConfirm: (values: z.output<typeof confirmSchema>) => void;
}) {
  const t = wizardMessages[locale];
  const reading = useBounceReading();
  const initialScenario = (SCENARIOS as readonly string[]).includes(answers.scenario ?? "") ? (answers.scenario as Scenario) : "direct";
  const form = useForm<Input, unknown, z.output<typeof confirmSchema>>({
    resolver: zodResolver(confirmSchema),
    defaultValues: {
      scenario: initialScenario,
      domain: answers.domain ?? "",
      originalDomain: answers.originalDomain ?? "",
      listDomain: answers.listDomain ?? "",
      listMember: answers.listMember ?? "unknown",
      serverHost: answers.serverHost ?? "",
    },
  });
  const scenario = useWatch({ control: form.control, name: "scenario" }) ?? initialScenario;
  const errors = form.formState.errors;
  const fields = PATHS[scenario].steps.filter((id) => id !== "bounce");

  return (
    <form onSubmit={form.handleSubmit(onConfirm)} noValidate className="space-y-6">
      <StepHeading headingRef={headingRef}>{t.confirm.title}</StepHeading>
      {reading ? <BounceSummary reading={reading} locale={locale} /> : null}
      <p className="text-slate-700">{t.confirm.lead}</p>
      <fieldset>
        <legend className="mb-2 font-semibold text-slate-900">{t.confirm.scenarioLegend}</legend>
        <div className="grid gap-2">
          {SCENARIOS.map((value) => (
            <label key={value} className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 p-3 has-checked:border-blue-700 has-checked:bg-blue-50 has-focus-visible:outline-3 has-focus-visible:outline-blue-700">
              <input type="radio" value={value} {...form.register("scenario")} className="mt-1 size-5 shrink-0 accent-blue-700" />
              <span className="text-slate-900">{PATHS[value].label[locale]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {fields.map((id) => {
        const question = QUESTIONS[id];
        const message = errors[id]?.message ? schemaMessage(errors[id]?.message, locale) : undefined;
        if (question.kind === "choice") {
          return (
            <fieldset key={id} aria-describedby={message ? `${id}-error` : undefined}>
              <legend className="mb-2 font-semibold text-slate-900">{question.title[locale]}</legend>
              <div className="grid gap-2">
                {question.options?.map((option) => (
                  <label key={option.value} className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 p-3 has-checked:border-blue-700 has-checked:bg-blue-50 has-focus-visible:outline-3 has-focus-visible:outline-blue-700">
                    <input type="radio" value={option.value} {...form.register(id)} className="mt-1 size-5 shrink-0 accent-blue-700" />
                    <span className="text-slate-900">{option.label[locale]}</span>
                  </label>
                ))}
              </div>
              {message ? (
                <p id={`${id}-error`} role="alert" className={errorText}>
                  {message}
                </p>
              ) : null}
            </fieldset>
          );
        }
        return (
          <FormField
            key={id}
            id={id}
            label={question.label[locale]}
            badge={question.required ? t.nav.required : t.nav.optional}
            help={id === "serverHost" ? t.host.where(profile.hostWhere[locale]) : question.help[locale]}
            error={message}
          >
            {(describedBy) => (
              <input
                id={id}
                type="text"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                placeholder={id === "serverHost" ? profile.hostExample : question.placeholder}
                aria-invalid={message ? true : undefined}
                aria-describedby={describedBy}
                className={inputBase}
                {...form.register(id)}
              />
            )}
          </FormField>
        );
      })}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onBack} className={buttonSecondary}>
          {t.nav.back}
        </button>
        <button type="submit" className={buttonPrimary}>
          {t.nav.diagnose}
        </button>
      </div>
    </form>
  );
}
