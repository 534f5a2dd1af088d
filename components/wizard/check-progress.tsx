import type { CheckState } from "@/components/wizard/use-diagnosis";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import { CHECK_NAMES, type CheckName } from "@/lib/wizard/types";

const MARK: Record<CheckState["state"], string> = { waiting: "○", running: "◔", done: "●" };

/** Which check is running while DNS answers come in; a fixed-height list, so nothing jumps when results arrive. */
export function CheckProgress({ checks, stage, locale }: { checks: Partial<Record<CheckName, CheckState>>; stage: string | null; locale: Locale }) {
  const t = wizardMessages[locale].run;
  const stageText = stage && stage in t.stages ? t.stages[stage as keyof typeof t.stages] : null;
  return (
    <div className="rounded-lg border border-slate-300 p-4" aria-busy="true">
      <p className="font-semibold text-slate-900">{t.title}</p>
      <p className="mt-1 min-h-6 text-sm text-slate-700" role="status">
        {stageText}
      </p>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {CHECK_NAMES.map((name) => {
          const state = checks[name] ?? { state: "waiting" as const };
          const label = state.state === "waiting" ? t.waiting : state.state === "running" ? t.running : t.done;
          return (
            <li key={name} className="flex items-center justify-between gap-3 rounded-md bg-slate-50 px-3 py-2">
              <span className="font-medium text-slate-900">{t.checks[name]}</span>
              <span className={`flex items-center gap-1.5 text-sm ${state.state === "done" ? "text-slate-900" : "text-slate-700"}`}>
                <span aria-hidden="true" className={state.state === "running" ? "motion-safe:animate-pulse" : undefined}>
                  {MARK[state.state]}
                </span>
                {label}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
