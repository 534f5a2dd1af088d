import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import type { StepId } from "@/lib/wizard/flow";

/** Where the customer is in the path: "Step 2 of 4" plus the named steps, the current one marked. */
export function ProgressSteps({ steps, current, locale }: { steps: StepId[]; current: StepId; locale: Locale }) {
  const t = wizardMessages[locale].progress;
  const index = Math.max(steps.indexOf(current), 0);
  return (
    <nav aria-label={t.label} className="mb-6">
      <p className="mb-2 text-sm font-medium text-slate-700">{t.stepOf(index + 1, steps.length)}</p>
      <ol className="flex gap-1.5" role="list">
        {steps.map((step, i) => (
          <li key={step} className="min-w-0 flex-1" aria-current={i === index ? "step" : undefined}>
            <span className={`block h-1.5 rounded-full ${i <= index ? "bg-blue-700" : "bg-slate-300"}`} aria-hidden="true" />
            <span aria-hidden="true" className={`mt-1 hidden truncate text-xs sm:block ${i === index ? "font-semibold text-slate-900" : "text-slate-700"}`}>{t.names[step]}</span>
            <span className="sr-only">{`${t.names[step]}${i < index ? " ✓" : ""}`}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
