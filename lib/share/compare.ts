import type { CheckResult, CheckStatus } from "@/lib/checks/types";
import type { LocalizedText } from "@/lib/findings/types";
import { CHECK_NAMES, type CheckName, type Diagnosis } from "@/lib/wizard/types";

/**
 * What changed between a shared result and a new check of the same inputs, one line per check:
 * "SPF: was missing the server; now passes". The state of a check is named by its most telling
 * finding, or its status when no finding says more.
 */

interface Phrase {
  past: LocalizedText;
  now: LocalizedText;
}

const p = (pastJa: string, nowJa: string, pastEn: string, nowEn: string): Phrase => ({ past: { ja: pastJa, en: pastEn }, now: { ja: nowJa, en: nowEn } });

const STATUS_PHRASES: Record<CheckStatus, Phrase> = {
  ok: p("問題ありませんでした", "問題ありません", "was fine", "is fine"),
  warning: p("注意点がありました", "注意点があります", "had a warning", "has a warning"),
  error: p("問題がありました", "問題があります", "had a problem", "has a problem"),
  unknown: p("DNS の応答がなく確認できませんでした", "DNS の応答がなく確認できません", "could not be checked (DNS did not answer)", "cannot be checked (DNS does not answer)"),
  skipped: p("確認していませんでした", "確認していません", "was not checked", "is not checked"),
};

/** Finding codes that name a state better than the status, most telling first. */
const FINDING_PHRASES: Partial<Record<string, Phrase>> = {
  "spf.dns_error": STATUS_PHRASES.unknown,
  "spf.none": p("SPF レコードがありませんでした", "SPF レコードがありません", "had no SPF record", "has no SPF record"),
  "spf.multiple_records": p("SPF レコードが複数ありました", "SPF レコードが複数あります", "had several SPF records", "has several SPF records"),
  "spf.syntax": p("レコードに書き間違いがありました", "レコードに書き間違いがあります", "had mistakes in the record", "has mistakes in the record"),
  "spf.lookup_limit": p("DNS 参照が上限を超えていました", "DNS 参照が上限を超えています", "needed more than 10 DNS lookups", "needs more than 10 DNS lookups"),
  "spf.not_authorized": p("送信サーバーが含まれていませんでした", "送信サーバーが含まれていません", "was missing the server", "is missing the server"),
  "dmarc.dns_error": STATUS_PHRASES.unknown,
  "dmarc.none": p("DMARC レコードがありませんでした", "DMARC レコードがありません", "had no DMARC record", "has no DMARC record"),
  "dmarc.multiple_records": p("DMARC レコードが複数ありました", "DMARC レコードが複数あります", "had several DMARC records", "has several DMARC records"),
  "dkim.no_selector": p("セレクタが分からず確認していませんでした", "セレクタが分からず確認していません", "was not checked (no selector)", "is not checked (no selector)"),
  "dkim.none": p("公開鍵が見つかりませんでした", "公開鍵が見つかりません", "had no key", "has no key"),
  "dkim.revoked": p("公開鍵が無効になっていました", "公開鍵が無効になっています", "had a revoked key", "has a revoked key"),
  "dkim.key_too_short": p("公開鍵が短すぎました", "公開鍵が短すぎます", "had a key that is too short", "has a key that is too short"),
  "ptr.none": p("逆引きがありませんでした", "逆引きがありません", "had no reverse DNS", "has no reverse DNS"),
  "ptr.mismatch": p("逆引きが一致していませんでした", "逆引きが一致していません", "did not match", "does not match"),
  "mx.none": p("MX レコードがありませんでした", "MX レコードがありません", "had no MX record", "has no MX record"),
};

const PASS = p("合格していました", "合格しています", "passed", "passes");

/** A check's state, named by its most telling finding (`spf.none`), `spf.pass`, or `status.{status}`. */
type StateKey = string;

export interface CheckState {
  status: CheckStatus;
  state: StateKey;
}

/**
 * What a result said per check: all that "what changed since" needs of it. A shared page hands
 * this to the browser instead of the whole diagnosis (the results themselves are already rendered).
 */
export type DiagnosisBaseline = Record<CheckName, CheckState>;

export interface CheckChange {
  check: CheckName;
  before: CheckStatus;
  after: CheckStatus;
  changed: boolean;
  text: LocalizedText;
}

const CHECK_LABELS: Record<CheckName, LocalizedText> = {
  spf: { ja: "SPF", en: "SPF" },
  dmarc: { ja: "DMARC", en: "DMARC" },
  dkim: { ja: "DKIM", en: "DKIM" },
  ptr: { ja: "逆引き（PTR）", en: "Reverse DNS (PTR)" },
  mx: { ja: "MX", en: "MX" },
  ns: { ja: "ネームサーバー", en: "Nameservers" },
};

function stateOf(name: CheckName, check: CheckResult & { result?: string | null }): StateKey {
  const codes = new Set<string>(check.findings.map((f) => f.code));
  const telling = Object.keys(FINDING_PHRASES).find((code) => codes.has(code));
  if (telling) return telling;
  if (name === "spf" && check.result === "pass") return "spf.pass";
  return `status.${check.status}`;
}

function phraseOf(state: CheckState): Phrase {
  if (state.state === "spf.pass") return PASS;
  return FINDING_PHRASES[state.state] ?? STATUS_PHRASES[state.status];
}

export function baselineOf(diagnosis: Diagnosis): DiagnosisBaseline {
  const entries = CHECK_NAMES.map((name) => [name, { status: diagnosis.checks[name].status, state: stateOf(name, diagnosis.checks[name]) }] as const);
  return Object.fromEntries(entries) as DiagnosisBaseline;
}

/** One line per check, in the results' order; `changed` when its state is not the same any more. */
export function compareDiagnoses(before: DiagnosisBaseline, after: Diagnosis): CheckChange[] {
  const now = baselineOf(after);
  return CHECK_NAMES.map((name) => {
    const old = before[name];
    const current = now[name];
    const changed = old.state !== current.state || old.status !== current.status;
    const label = CHECK_LABELS[name];
    const [was, is] = [phraseOf(old), phraseOf(current)];
    const text: LocalizedText = changed
      ? { ja: `${label.ja}：${was.past.ja} → 現在は${is.now.ja}`, en: `${label.en}: ${was.past.en}; now ${is.now.en}` }
      : { ja: `${label.ja}：変わりありません（${is.now.ja}）`, en: `${label.en}: unchanged (${is.now.en})` };
    return { check: name, before: old.status, after: current.status, changed, text };
  });
}
