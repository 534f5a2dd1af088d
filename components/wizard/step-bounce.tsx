"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, type Ref } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormField } from "@/components/ui/form-field";
import { buttonPrimary, buttonSecondary, errorText, inputBase } from "@/components/ui/styles";
import { loadBounceText, saveBounce, type BounceReading } from "@/components/wizard/bounce-store";
import { StepHeading } from "@/components/wizard/step-heading";
import { limitRefusalOf } from "@/lib/http/limit-response";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import { BOUNCE_INPUT_MESSAGES, bounceInputSchema, isBounceInputMessageKey } from "@/lib/schemas/bounce-input";
import { QUESTIONS } from "@/lib/wizard/tree";

/** "Paste the error mail": the server reads it (`POST /api/v1/bounce`) and the answers are pre-filled from it. */
export function StepBounce({
  locale,
  headingRef,
  onBack,
  onRead,
}: {
  locale: Locale;
  headingRef: Ref<HTMLHeadingElement>;
  onBack: () => void;
  onRead: (reading: BounceReading) => void;
}) {
  const t = wizardMessages[locale];
  const question = QUESTIONS.bounce;
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<z.input<typeof bounceInputSchema>, unknown, z.output<typeof bounceInputSchema>>({
    resolver: zodResolver(bounceInputSchema),
    defaultValues: { text: loadBounceText() ?? "" },
  });
  const key = form.formState.errors.text?.message;
  const message = key ? (isBounceInputMessageKey(key) ? BOUNCE_INPUT_MESSAGES[key][locale] : key) : undefined;

  async function read({ text }: z.output<typeof bounceInputSchema>) {
    setServerError(null);
    try {
      const response = await fetch(`/api/v1/bounce?lang=${locale}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text }),
      });
      // Too many requests or a busy server: the catalog's message, with the wait the server asked for.
      const refusal = limitRefusalOf(response);
      if (refusal) {
        setServerError(refusal.kind === "rate_limited" ? t.run.rateLimited(refusal.retryAfterSeconds) : t.run.busy);
        return;
      }
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        setServerError(body?.error?.message ?? t.bounce.failed);
        return;
      }
      saveBounce(text, body as BounceReading);
      onRead(body as BounceReading);
    } catch {
      setServerError(t.run.network);
    }
  }

  return (
    <form onSubmit={form.handleSubmit(read)} noValidate className="space-y-5">
      <StepHeading headingRef={headingRef}>{question.title[locale]}</StepHeading>
      <FormField id="bounce" label={question.label[locale]} help={question.help[locale]} error={message}>
        {(describedBy) => (
          <textarea
            id="bounce"
            rows={12}
            spellCheck={false}
            aria-invalid={message ? true : undefined}
            aria-describedby={describedBy}
            aria-required
            className={`${inputBase} font-mono text-sm`}
            {...form.register("text")}
          />
        )}
      </FormField>
      <p className="text-sm text-slate-700">{t.bounce.privacy}</p>
      {serverError ? (
        <p role="alert" className={errorText}>
          {serverError}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onBack} className={buttonSecondary}>
          {t.nav.back}
        </button>
        <button type="submit" className={buttonPrimary} disabled={form.formState.isSubmitting} aria-busy={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t.bounce.reading : t.bounce.read}
        </button>
      </div>
    </form>
  );
}
