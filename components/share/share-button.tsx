"use client";

import { useState } from "react";
import { CopyButton } from "@/components/results/copy-button";
import { buttonSecondary, errorText } from "@/components/ui/styles";
import { limitRefusalOf } from "@/lib/http/limit-response";
import { formatDateTime } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import { shareMessages } from "@/lib/i18n/messages/share";
import type { DiagnoseInput } from "@/lib/schemas/diagnose-input";

type Share = { state: "idle" } | { state: "busy" } | { state: "done"; url: string; expiresAt: string } | { state: "error"; message: string };

/**
 * "Share this result": the server runs the same diagnosis again and keeps it under a random link
 * (`POST /api/v1/reports`), which opens in a new tab (also from inside the embedded wizard).
 */
export function ShareButton({ locale, request }: { locale: Locale; request: () => DiagnoseInput }) {
  const t = shareMessages[locale];
  const [share, setShare] = useState<Share>({ state: "idle" });

  async function create() {
    setShare({ state: "busy" });
    try {
      const response = await fetch(`/api/v1/reports?lang=${locale}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request()),
      });
      // The button stays to try again once the wait is over.
      const refusal = limitRefusalOf(response);
      if (refusal) {
        setShare({ state: "error", message: refusal.kind === "rate_limited" ? t.rateLimited(refusal.retryAfterSeconds) : t.serverBusy });
        return;
      }
      const body = await response.json().catch(() => null);
      if (!response.ok || typeof body?.url !== "string") {
        setShare({ state: "error", message: body?.error?.message ?? t.failed });
        return;
      }
      setShare({ state: "done", url: body.url, expiresAt: body.expiresAt });
    } catch {
      setShare({ state: "error", message: t.failed });
    }
  }

  return (
    <section aria-labelledby="share-title" className="space-y-3 rounded-lg border border-slate-300 p-4">
      <h2 id="share-title" className="text-lg font-bold text-slate-900">
        {t.button}
      </h2>
      <p className="text-sm text-slate-700">{t.help}</p>
      {share.state === "done" ? (
        <div className="space-y-2" role="status">
          <p className="text-slate-900">{t.created}</p>
          <p className="text-sm font-semibold text-slate-900">{t.linkLabel}</p>
          <code id="share-url" className="block rounded border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-sm break-all text-slate-950 select-all">
            {share.url}
          </code>
          <div className="flex flex-wrap items-center gap-3">
            <CopyButton text={share.url} what={t.linkLabel} locale={locale} targetId="share-url" />
            <a href={share.url} target="_blank" rel="noopener noreferrer" className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-900">
              {t.open}
            </a>
          </div>
          <p className="text-sm text-slate-700">{t.expires(formatDateTime(share.expiresAt, locale))}</p>
        </div>
      ) : (
        <button type="button" className={buttonSecondary} onClick={create} disabled={share.state === "busy"} aria-busy={share.state === "busy"}>
          {share.state === "busy" ? t.busy : t.button}
        </button>
      )}
      {share.state === "error" ? (
        <p role="alert" className={errorText}>
          {share.message}
        </p>
      ) : null}
    </section>
  );
}
