"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";
import { hostNameSchema } from "@/lib/schemas/domain";
import { schemaMessage } from "@/lib/schemas/messages";

const formSchema = z.object({ host: hostNameSchema });
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;

export interface ServerHostFormProps {
  locale: Locale;
  onSubmit: (host: string) => void;
  defaultValue?: string;
  /** Disables the button while a new diagnosis runs. */
  busy?: boolean;
}

/** The one answer an action still needs: the sending server's host name. */
export function ServerHostForm({ locale, onSubmit, defaultValue = "", busy = false }: ServerHostFormProps) {
  const t = resultsMessages[locale].serverHost;
  const id = useId();
  const inputId = `${id}-host`;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(formSchema), defaultValues: { host: defaultValue } });
  const error = errors.host ? schemaMessage(errors.host.message, locale) : null;

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => {
        if (!busy) onSubmit(values.host);
      })}
      className="space-y-2 rounded-md border border-blue-700 bg-blue-50 p-3"
    >
      <label htmlFor={inputId} className="block text-sm font-bold text-slate-900">
        {t.label}
      </label>
      <p id={helpId} className="text-sm text-slate-700">
        {t.help}
      </p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${helpId}` : helpId}
          className="min-h-11 w-full min-w-0 rounded-md border border-slate-600 bg-white px-3 py-2 font-mono text-base text-slate-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-invalid:border-red-700"
          {...register("host")}
        />
        <button
          type="submit"
          aria-disabled={busy || undefined}
          className="min-h-11 shrink-0 rounded-md bg-blue-700 px-4 py-2 text-sm font-bold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-disabled:cursor-wait aria-disabled:bg-slate-600"
        >
          {t.submit}
        </button>
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : null}
    </form>
  );
}
