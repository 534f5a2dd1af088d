"use client";

import { useId } from "react";
import { DNS_PROVIDER_IDS, isDnsProviderId, type DnsProviderId } from "@/lib/fix/dns-provider-types";
import { DNS_PROVIDERS } from "@/lib/fix/dns-providers";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";

export interface ProviderPickerProps {
  locale: Locale;
  current: DnsProviderId;
  onChoose: (providerId: string) => void;
  busy?: boolean;
}

/**
 * Choose another DNS provider when detection guessed wrong. A select plus a button: changing the
 * select alone does nothing, so moving through the options with the keyboard never reloads.
 */
export function ProviderPicker({ locale, current, onChoose, busy = false }: ProviderPickerProps) {
  const t = resultsMessages[locale].provider;
  const selectId = useId();
  return (
    <form
      className="flex flex-col gap-2 sm:flex-row sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        const value = new FormData(event.currentTarget).get("provider");
        if (!busy && isDnsProviderId(value)) onChoose(value);
      }}
    >
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={selectId} className="text-sm font-bold text-slate-900">
          {t.change}
        </label>
        <select
          id={selectId}
          name="provider"
          defaultValue={current}
          className="min-h-11 rounded-md border border-slate-600 bg-white px-3 py-2 text-base text-slate-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          {DNS_PROVIDER_IDS.map((id) => (
            <option key={id} value={id}>
              {id === "generic" ? t.other : DNS_PROVIDERS[id].name[locale]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        aria-disabled={busy || undefined}
        className="min-h-11 shrink-0 rounded-md border border-slate-600 bg-white px-4 py-2 text-sm font-bold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-disabled:cursor-wait aria-disabled:text-slate-700"
      >
        {t.apply}
      </button>
    </form>
  );
}
