"use client";

import { useRef, useState, type FormEvent, type Ref } from "react";
import { buttonPrimary, errorText } from "@/components/ui/styles";
import { StepHeading } from "@/components/wizard/step-heading";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import { schemaMessage } from "@/lib/schemas/messages";
import { ENTRY_CHOICES, type EntryChoice } from "@/lib/wizard/scenarios";
import { PATHS, START_QUESTION } from "@/lib/wizard/tree";

/**
 * The first screen: which way the mail went, or "not sure, read my error mail".
 *
 * It is all the first load needs, so it stays light: a plain form (no form library), checked on
 * submit with the start schema, which (with zod) loads then rather than with the page. As with
 * the other steps' forms, a missing choice shows the schema's message and puts the focus on the
 * first choice, and choosing one clears the message.
 */
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
  const [error, setError] = useState<string | null>(null);
  const firstChoice = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const path = new FormData(event.currentTarget).get("path");
    const { startSchema } = await import("@/lib/wizard/question-schemas");
    const parsed = startSchema.safeParse({ path });
    if (parsed.success) {
      setError(null);
      onChoose(parsed.data.path);
      return;
    }
    setError(parsed.error.issues[0]?.message ?? "scenario.invalid");
    firstChoice.current?.focus();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <StepHeading headingRef={headingRef}>{START_QUESTION.title[locale]}</StepHeading>
      <p id="path-help" className="text-slate-700">
        {START_QUESTION.help[locale]}
      </p>
      <fieldset aria-labelledby="step-title" aria-describedby={error ? "path-help path-error" : "path-help"} onChange={() => setError(null)}>
        <div className="grid gap-3">
          {ENTRY_CHOICES.map((choice, index) => (
            <label
              key={choice}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-4 hover:border-blue-700 has-checked:border-blue-700 has-checked:bg-blue-50 has-focus-visible:outline-3 has-focus-visible:outline-blue-700"
            >
              <input
                ref={index === 0 ? firstChoice : undefined}
                type="radio"
                name="path"
                value={choice}
                defaultChecked={initial === choice}
                className="mt-1 size-5 shrink-0 accent-blue-700"
              />
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
