"use client";

import { useEffect, useId, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { copyText, type CopyOutcome } from "@/components/results/clipboard";
import type { Locale } from "@/lib/i18n/locales";
import { copyMessages } from "@/lib/i18n/messages/copy";

const RESET_MS = 3000;

/**
 * Copies the plain-text support summary. When the clipboard is refused, the summary appears in
 * a read-only text box, selected, with a message saying to press Ctrl+C / ⌘C. It gets the text
 * ready-made (lib/wizard/summary.ts, by whoever renders it), not the diagnosis: on a shared result
 * it is rendered on the server, and the browser then receives neither the diagnosis nor the code
 * that writes the summary.
 */
export function CopySummaryButton({ summary, locale }: { summary: string; locale: Locale }) {
  const m = copyMessages[locale];
  const helpId = useId();
  const textId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const [fallbackText, setFallbackText] = useState<string | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  async function onClick() {
    if (timer.current) clearTimeout(timer.current);
    setOutcome(null);
    const result = await copyText(summary, () => {
      flushSync(() => setFallbackText(summary));
      return textarea.current;
    });
    setOutcome(result);
    if (result === "copied") {
      setFallbackText(null);
      timer.current = setTimeout(() => setOutcome(null), RESET_MS);
    }
  }

  const copied = outcome === "copied";
  const message = copied ? m.copy.copiedAnnounce(m.summary.what) : outcome === "selected" ? m.copy.selected : outcome === "failed" ? m.copy.failed : "";

  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={onClick}
        aria-describedby={helpId}
        className={`inline-flex min-h-11 items-center gap-2 rounded-md border px-4 py-2 text-sm font-bold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
          copied ? "border-green-700 bg-green-50 text-green-900" : "border-slate-600 bg-white text-slate-900 hover:bg-slate-100"
        }`}
      >
        {copied ? <span aria-hidden="true">✓</span> : null}
        <span>{copied ? `${m.summary.button} — ${m.copy.copied}` : m.summary.button}</span>
      </button>
      <p id={helpId} className="text-sm text-slate-700">
        {m.summary.help}
      </p>
      <p role="status" aria-live="polite" className={message && !copied ? "text-sm font-medium text-slate-900" : "sr-only"}>
        {message}
      </p>
      {fallbackText !== null ? (
        <div className="space-y-1">
          <label htmlFor={textId} className="text-sm font-bold text-slate-900">
            {m.summary.what}
          </label>
          <textarea
            id={textId}
            ref={textarea}
            readOnly
            value={fallbackText}
            rows={10}
            className="block w-full rounded-md border border-slate-600 bg-slate-50 p-2 font-mono text-xs text-slate-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
          />
        </div>
      ) : null}
    </div>
  );
}
