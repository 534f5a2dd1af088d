"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { Ref } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { buttonPrimary, errorText } from "@/components/ui/styles";
import { StepHeading } from "@/components/wizard/step-heading";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import { schemaMessage } from "@/lib/schemas/messages";
import { startSchema } from "@/lib/wizard/question-schemas";
import { ENTRY_CHOICES, type EntryChoice } from "@/lib/wizard/scenarios";
import { PATHS, START_QUESTION } from "@/lib/wizard/tree";

/** The first screen: which way the mail went, or "not sure, read my error mail". */
export function StepStart({
  locale,
  initial,
  headingRef,
  onChoose,
}: {
  locale: Locale;
  initial: EntryChoice | null;
  headingRef: Ref<HTMLHeadingElement>;
  onChoose: (path: EntryChoice) => void;
}) {
  const t = wizardMessages[locale];
  const form = useForm<z.input<typeof startSchema>, unknown, z.output<typeof startSchema>>({
    resolver: zodResolver(startSchema),
    defaultValues: initial ? { path: initial } : {},
  });
  const error = form.formState.errors.path?.message;
  return (
    <form onSubmit={form.handleSubmit(({ path }) => onChoose(path))} noValidate className="space-y-5">
      <StepHeading headingRef={headingRef}>{START_QUESTION.title[locale]}</StepHeading>
      <p id="path-help" className="text-slate-700">
        {START_QUESTION.help[locale]}
      </p>
      <fieldset aria-labelledby="step-title" aria-describedby={error ? "path-help path-error" : "path-help"}>
        <div className="grid gap-3">
          {ENTRY_CHOICES.map((choice) => (
            <label
              key={choice}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-4 hover:border-blue-700 has-checked:border-blue-700 has-checked:bg-blue-50 has-focus-visible:outline-3 has-focus-visible:outline-blue-700"
            >
              <input type="radio" value={choice} {...form.register("path")} className="mt-1 size-5 shrink-0 accent-blue-700" />
              <span>
                <span className="block font-semibold text-slate-900">{PATHS[choice].label[locale]}</span>
                <span className="mt-0.5 block text-sm text-slate-700">{PATHS[choice].description[locale]}</span>
              </span>
            </label>
          ))}
        </div>
        {error ? (
          <p id="path-error" role="alert" className={errorText}>
            {schemaMessage(error, locale)}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className={buttonPrimary}>
        {t.nav.next}
      </button>
    </form>
  );
}
