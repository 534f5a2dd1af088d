"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { limitRefusalOf } from "@/lib/http/limit-response";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import type { DiagnoseInput } from "@/lib/schemas/diagnose-input";
import type { ExpectedRecord } from "@/lib/wizard/diagnose";
import type { CheckName, Diagnosis, ProgressEvent } from "@/lib/wizard/types";

export type CheckState = { state: "waiting" } | { state: "running" } | { state: "done"; status: string };

export type DiagnosisRun =
  | { phase: "idle" }
  | { phase: "running"; checks: Partial<Record<CheckName, CheckState>>; stage: string | null; previous: Diagnosis | null }
  /** `fresh`: the first result for these answers (not a "check again"). */
  | { phase: "done"; diagnosis: Diagnosis; fresh: boolean }
  /** `rate_limited` (429) and `busy` (503) carry the catalog's message, with the wait from `Retry-After`. */
  | {
      phase: "error";
      kind: "input" | "network" | "server" | "slow" | "rate_limited" | "busy";
      message: string | null;
      fields: Record<string, string> | null;
      previous: Diagnosis | null;
    };

/** No answer line for this long means the server or the network is stuck. */
const STALL_MS = 25_000;

type Request = Omit<DiagnoseInput, "expect">;

/** Runs `POST /api/v1/diagnose` as a stream, reporting which check is running, then the result. */
export function useDiagnosis(locale: Locale) {
  const [run, setRun] = useState<DiagnosisRun>({ phase: "idle" });
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const start = useCallback(
    async (input: Request, expect: ExpectedRecord[] = [], previous: Diagnosis | null = null) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setRun({ phase: "running", checks: {}, stage: null, previous });
      let stall: ReturnType<typeof setTimeout> | undefined;
      const arm = () => {
        clearTimeout(stall);
        stall = setTimeout(() => controller.abort("stall"), STALL_MS);
      };
      try {
        arm();
        const response = await fetch(`/api/v1/diagnose?view=bilingual&lang=${locale}`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/x-ndjson" },
          body: JSON.stringify({ ...input, ...(expect.length > 0 ? { expect } : {}) }),
          signal: controller.signal,
        });
        const refusal = limitRefusalOf(response);
        if (refusal) {
          const t = wizardMessages[locale].run;
          const message = refusal.kind === "rate_limited" ? t.rateLimited(refusal.retryAfterSeconds) : t.busy;
          setRun({ phase: "error", kind: refusal.kind, message, fields: null, previous });
          return;
        }
        if (!response.ok || !response.body) {
          const body = await response.json().catch(() => null);
          const kind = response.status === 400 || response.status === 413 ? "input" : "server";
          setRun({ phase: "error", kind, message: body?.error?.message ?? null, fields: body?.error?.fields ?? null, previous });
          return;
        }
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        let finished = false;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          arm();
          buffer += value;
          let newline: number;
          while ((newline = buffer.indexOf("\n")) >= 0) {
            const line = buffer.slice(0, newline).trim();
            buffer = buffer.slice(newline + 1);
            if (!line) continue;
            const event = JSON.parse(line) as ProgressEvent | { type: "result"; diagnosis: Diagnosis } | { type: "error"; error: { message: string } };
            if (event.type === "result") {
              finished = true;
              setRun({ phase: "done", diagnosis: event.diagnosis, fresh: previous === null });
            } else if (event.type === "error") {
              finished = true;
              setRun({ phase: "error", kind: "server", message: event.error.message, fields: null, previous });
            } else {
              setRun((current) => {
                if (current.phase !== "running") return current;
                if (event.type === "stage") return { ...current, stage: event.stage };
                const state: CheckState = event.state === "done" ? { state: "done", status: event.status } : { state: "running" };
                return { ...current, checks: { ...current.checks, [event.check]: state } };
              });
            }
          }
        }
        if (!finished) setRun({ phase: "error", kind: "server", message: null, fields: null, previous });
      } catch {
        if (controller.signal.aborted && controller.signal.reason !== "stall") return;
        setRun({ phase: "error", kind: controller.signal.reason === "stall" ? "slow" : "network", message: null, fields: null, previous });
      } finally {
        clearTimeout(stall);
      }
    },
    [locale],
  );

  return { run, start };
}
