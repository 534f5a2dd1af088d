import type { PropagationState } from "@/lib/checks/propagation";
import type { CheckStatus } from "@/lib/checks/types";
import type { Severity } from "@/lib/findings/types";
import type { Locale } from "@/lib/i18n/locales";
import { resultsMessages } from "@/lib/i18n/messages/results";
import type { Diagnosis } from "@/lib/wizard/types";

/** Tones: colour is a second signal only; every badge has a glyph and a word. */
type Tone = "good" | "warn" | "bad" | "neutral" | "info";

const TONE_CLASSES: Record<Tone, string> = {
  good: "border-green-700 bg-green-50 text-green-900",
  warn: "border-amber-700 bg-amber-50 text-amber-950",
  bad: "border-red-700 bg-red-50 text-red-900",
  neutral: "border-slate-500 bg-slate-100 text-slate-800",
  info: "border-blue-700 bg-blue-50 text-blue-900",
};

const CHECK: Record<CheckStatus, { icon: string; tone: Tone }> = {
  ok: { icon: "✓", tone: "good" },
  warning: { icon: "!", tone: "warn" },
  error: { icon: "✕", tone: "bad" },
  unknown: { icon: "?", tone: "neutral" },
  skipped: { icon: "–", tone: "neutral" },
};

const SEVERITY: Record<Severity, { icon: string; tone: Tone }> = {
  error: { icon: "✕", tone: "bad" },
  warning: { icon: "!", tone: "warn" },
  info: { icon: "i", tone: "info" },
};

const VERDICT: Record<Diagnosis["verdict"]["status"], { icon: string; tone: Tone }> = {
  ok: { icon: "✓", tone: "good" },
  action_needed: { icon: "!", tone: "bad" },
  incomplete: { icon: "?", tone: "warn" },
};

const PROPAGATION: Record<PropagationState, { icon: string; tone: Tone }> = {
  live: { icon: "✓", tone: "good" },
  saved_waiting_cache: { icon: "…", tone: "info" },
  not_saved: { icon: "✕", tone: "bad" },
  partial: { icon: "!", tone: "warn" },
  unknown: { icon: "?", tone: "neutral" },
};

export const VERDICT_PANEL_CLASSES: Record<Diagnosis["verdict"]["status"], string> = {
  ok: "border-green-700 bg-green-50",
  action_needed: "border-red-700 bg-red-50",
  incomplete: "border-amber-700 bg-amber-50",
};

function Badge({ icon, tone, label, large = false }: { icon: string; tone: Tone; label: string; large?: boolean }) {
  const size = large ? "px-2 py-1 text-sm" : "px-1.5 py-0.5 text-xs";
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded border font-bold whitespace-nowrap ${size} ${TONE_CLASSES[tone]}`}>
      <span aria-hidden="true">{icon}</span>
      <span>{label}</span>
    </span>
  );
}

export function CheckStatusBadge({ status, locale }: { status: CheckStatus; locale: Locale }) {
  return <Badge {...CHECK[status]} label={resultsMessages[locale].checkStatus[status]} />;
}

/** `action`: 必須 / 推奨 / 参考; `finding`: 問題 / 注意 / 参考. */
export function SeverityBadge({ severity, locale, kind }: { severity: Severity; locale: Locale; kind: "action" | "finding" }) {
  const t = resultsMessages[locale];
  return <Badge {...SEVERITY[severity]} label={(kind === "action" ? t.actionSeverity : t.findingSeverity)[severity]} />;
}

export function VerdictBadge({ status, locale }: { status: Diagnosis["verdict"]["status"]; locale: Locale }) {
  return <Badge {...VERDICT[status]} label={resultsMessages[locale].verdict.label[status]} large />;
}

export function PropagationBadge({ state, locale }: { state: PropagationState; locale: Locale }) {
  return <Badge {...PROPAGATION[state]} label={resultsMessages[locale].propagation.state[state]} />;
}
