"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { copyText, type CopyOutcome } from "@/components/results/clipboard";
import type { Locale } from "@/lib/i18n/locales";
import { copyMessages } from "@/lib/i18n/messages/copy";

export interface CopyButtonProps {
  /** The exact text put on the clipboard. */
  text: string;
  /** What is copied, for the button's accessible name ("データ" → "データをコピー"). */
  what: string;
  locale: Locale;
  /** The element showing the text, selected when the clipboard is refused: its id… */
  targetId?: string;
  /** …or a ref to it. */
  targetRef?: RefObject<HTMLElement | null>;
}

const RESET_MS = 3000;

/** A copy button with a visible, announced result and a select-the-text fallback. */
export function CopyButton({ text, what, locale, targetId, targetRef }: CopyButtonProps) {
  const t = copyMessages[locale].copy;
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  async function onClick() {
    if (timer.current) clearTimeout(timer.current);
    setOutcome(null);
    const result = await copyText(text, () => targetRef?.current ?? (targetId ? document.getElementById(targetId) : null));
    setOutcome(result);
    if (result === "copied") timer.current = setTimeout(() => setOutcome(null), RESET_MS);
  }

  const message = outcome === "copied" ? t.copiedAnnounce(what) : outcome === "selected" ? t.selected : outcome === "failed" ? t.failed : "";
  const copied = outcome === "copied";

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        onClick={onClick}
        aria-label={copied ? t.copiedLabel(what) : t.label(what)}
        className={`inline-flex min-h-10 items-center gap-1 rounded-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
          copied ? "border-green-700 bg-green-50 text-green-900" : "border-slate-500 bg-white text-slate-900 hover:bg-slate-100"
        }`}
      >
        {copied ? <span aria-hidden="true">✓</span> : null}
        <span>{copied ? t.copied : t.button}</span>
      </button>
      <span aria-live="polite" role="status" className={message && !copied ? "text-sm text-slate-800" : "sr-only"}>
        {message}
      </span>
    </span>
  );
}
