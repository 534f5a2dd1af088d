"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Ref } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormField } from "@/components/ui/form-field";
import { buttonPrimary, buttonSecondary, errorText, inputBase } from "@/components/ui/styles";
import { StepHeading } from "@/components/wizard/step-heading";
import type { LocalizedText } from "@/lib/findings/types";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import { schemaMessage } from "@/lib/schemas/messages";
import { QUESTION_SCHEMAS } from "@/lib/wizard/question-schemas";
import { QUESTIONS, type QuestionId } from "@/lib/wizard/tree";

export interface ProfileHint {
  name: LocalizedText;
  hostExample: string;
  hostWhere: LocalizedText;
  /** Regular expression of the host's server names (to recognise one in an error mail). */
  hostPattern: string;
}

type Values = Record<string, string | undefined>;

/** One question of a path: a domain or host name field, or a choice. Validated with the diagnosis's own field schema. */
export function StepQuestion({
  id,
  locale,
  initial,
  profile,
  headingRef,
  isLast,
  onBack,
  onAnswer,
}: {
  id: Exclude<QuestionId, "bounce">;
  locale: Locale;
  initial: string | undefined;
  profile: ProfileHint;
  headingRef: Ref<HTMLHeadingElement>;
  isLast: boolean;
  onBack: () => void;
  onAnswer: (value: string | undefined) => void;
}) {
  const t = wizardMessages[locale];
  const question = QUESTIONS[id];
  const schema = QUESTION_SCHEMAS[id] as unknown as z.ZodType<Values, Values>;
  const form = useForm<Values, unknown, Values>({ resolver: zodResolver(schema), defaultValues: { [id]: initial ?? "" } });
  const error = form.formState.errors[id]?.message;
  const message = error ? schemaMessage(error, locale) : undefined;
  const help =
    id === "serverHost" ? (
      <>
        <p>{question.help[locale]}</p>
        <p className="mt-1">{t.host.where(profile.hostWhere[locale])}</p>
      </>
    ) : (
      question.help[locale]
    );

  return (
    <form onSubmit={form.handleSubmit((values) => onAnswer(values[id] || undefined))} noValidate className="space-y-5">
      <StepHeading headingRef={headingRef}>{question.title[locale]}</StepHeading>
      {question.kind === "choice" ? (
        <fieldset aria-labelledby="step-title" aria-describedby={message ? `${id}-help ${id}-error` : `${id}-help`}>
          <p id={`${id}-help`} className="mb-3 text-slate-700">
            {question.help[locale]}
          </p>
          <div className="grid gap-3">
            {question.options?.map((option) => (
              <label
                key={option.value}
                className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-4 hover:border-blue-700 has-checked:border-blue-700 has-checked:bg-blue-50 has-focus-visible:outline-3 has-focus-visible:outline-blue-700"
              >
                <input type="radio" value={option.value} {...form.register(id)} className="mt-1 size-5 shrink-0 accent-blue-700" />
                <span>
                  <span className="block font-semibold text-slate-900">{option.label[locale]}</span>
                  <span className="mt-0.5 block text-sm text-slate-700">{option.description[locale]}</span>
                </span>
              </label>
            ))}
          </div>
          {message ? (
            <p id={`${id}-error`} role="alert" className={errorText}>
              {message}
            </p>
          ) : null}
        </fieldset>
      ) : (
        <FormField id={id} label={question.label[locale]} badge={question.required ? t.nav.required : t.nav.optional} help={help} error={message}>
          {(describedBy) => (
            <input
              id={id}
              type="text"
              inputMode="url"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              placeholder={id === "serverHost" ? profile.hostExample : question.placeholder}
              aria-invalid={message ? true : undefined}
              aria-describedby={describedBy}
              aria-required={question.required}
              className={inputBase}
              {...form.register(id)}
            />
          )}
        </FormField>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onBack} className={buttonSecondary}>
          {t.nav.back}
        </button>
        <button type="submit" className={buttonPrimary}>
          {isLast ? t.nav.diagnose : t.nav.next}
        </button>
      </div>
    </form>
  );
}
