"use client";

import { useId, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";

export interface RecheckButtonProps {
  locale: Locale;
  onRecheck: () => void;
  busy?: boolean;
}

/**
 * "Check again": re-runs the checks after the customer changed DNS. While busy the button stays
 * focusable (aria-disabled, not disabled, so keyboard focus is not lost) and a live region says
 * that the check runs and when it is done.
 */
export function RecheckButton({ locale, onRecheck, busy = false }: RecheckButtonProps) {
  const t = resultsMessages[locale].recheck;
  const helpId = useId();
  const [lastBusy, setLastBusy] = useState(busy);
  const [finished, setFinished] = useState(false);
  if (busy !== lastBusy) {
    setLastBusy(busy);
    setFinished(!busy);
  }
  const status = busy ? t.busy : finished ? t.done : "";

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => {
          if (!busy) onRecheck();
        }}
        aria-disabled={busy || undefined}
        aria-busy={busy || undefined}
        aria-describedby={helpId}
        className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-md bg-blue-700 px-5 py-3 text-base font-bold text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-disabled:cursor-wait aria-disabled:bg-slate-600 sm:w-auto sm:min-w-64"
      >
        {busy ? <span aria-hidden="true" className="inline-block size-4 rounded-full border-2 border-white border-t-transparent motion-safe:animate-spin" /> : null}
        <span>{busy ? t.busy : t.button}</span>
      </button>
      <p id={helpId} className="text-sm text-slate-700">
        {t.help}
      </p>
      <p role="status" aria-live="polite" className="sr-only">
        {status}
      </p>
    </div>
  );
}
