"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { buttonPrimary, errorText } from "@/components/ui/styles";
import { limitRefusalOf } from "@/lib/http/limit-response";
import type { Locale } from "@/lib/i18n/locales";
import { shareMessages } from "@/lib/i18n/messages/share";
import type { DiagnoseInput } from "@/lib/schemas/diagnose-input";
import { compareDiagnoses, type DiagnosisBaseline } from "@/lib/share/compare";
import type { Diagnosis } from "@/lib/wizard/types";

// The fresh results view is only needed after a re-check: it loads then (with the request), not
// with the page, whose own results are rendered on the server. Its own Suspense boundary (the
// empty `loading`) keeps the rest of the section on screen while it arrives.
const loadResultsView = () => import("@/components/results/results-view");
const ResultsView = dynamic(() => loadResultsView().then((m) => m.ResultsView), { loading: () => null });

/** `message`: a specific reason (too many requests, server busy) instead of the generic failure. */
type Recheck = { state: "idle" } | { state: "busy" } | { state: "done"; now: Diagnosis } | { state: "error"; message?: string };

/**
 * "Check the current state" on a shared result: the same inputs again (`input`, with the records
 * the result asked for), and per check what changed since `before`.
 */
export function RecheckNow({ locale, before, input }: { locale: Locale; before: DiagnosisBaseline; input: DiagnoseInput }) {
  const messages = shareMessages[locale];
  const t = messages.page;
  const [recheck, setRecheck] = useState<Recheck>({ state: "idle" });

  async function run() {
    setRecheck({ state: "busy" });
    void loadResultsView().catch(() => undefined);
    try {
      const response = await fetch(`/api/v1/diagnose?view=bilingual&lang=${locale}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        // Fresh answers (not this server's cache), and whether each record asked for is saved yet.
        body: JSON.stringify({ ...input, fresh: true }),
      });
      // The button stays to try again once the wait is over.
      const refusal = limitRefusalOf(response);
      if (refusal) {
        setRecheck({ state: "error", message: refusal.kind === "rate_limited" ? messages.rateLimited(refusal.retryAfterSeconds) : messages.serverBusy });
        return;
      }
      if (!response.ok) throw new Error(String(response.status));
      setRecheck({ state: "done", now: (await response.json()) as Diagnosis });
    } catch {
      setRecheck({ state: "error" });
    }
  }

  return (
    <section aria-labelledby="recheck-now-title" className="space-y-4 rounded-lg border border-slate-300 p-4">
      <h2 id="recheck-now-title" className="text-lg font-bold text-slate-900">
        {t.changesTitle}
      </h2>
      <button type="button" className={buttonPrimary} onClick={run} disabled={recheck.state === "busy"} aria-busy={recheck.state === "busy"}>
        {recheck.state === "busy" ? t.rechecking : t.recheck}
      </button>
      <div aria-live="polite">
        {recheck.state === "done" ? (
          <div className="space-y-3">
            <p className="font-semibold text-slate-900">
              {t.nowVerdict}: {recheck.now.verdict.text[locale]}
            </p>
            <ul className="space-y-1">
              {compareDiagnoses(before, recheck.now).map((change) => (
                <li key={change.check} className={change.changed ? "font-semibold text-slate-950" : "text-slate-700"}>
                  {change.changed ? "● " : "○ "}
                  {change.text[locale]}
                </li>
              ))}
            </ul>
            <details className="rounded-md border border-slate-300 p-3">
              <summary className="cursor-pointer font-medium text-slate-900">{t.newResults}</summary>
              <div className="mt-4">
                <ResultsView diagnosis={recheck.now} locale={locale} readOnly idPrefix="now" />
              </div>
            </details>
          </div>
        ) : null}
        {recheck.state === "error" ? (
          <p role="alert" className={errorText}>
            {recheck.message ?? t.failed}
          </p>
        ) : null}
      </div>
    </section>
  );
}
