import type { PropagationState } from "@/lib/checks/propagation";
import type { CheckStatus } from "@/lib/checks/types";
import type { Severity } from "@/lib/findings/types";
import { checkDetailsMessages, type CheckDetailsMessages } from "@/lib/i18n/messages/check-details";
import { copyMessages, type CopyMessages } from "@/lib/i18n/messages/copy";
import type { Catalog } from "@/lib/i18n/messages/catalog";
import type { Scenario } from "@/lib/wizard/scenarios";
import type { Diagnosis, ValueSource } from "@/lib/wizard/types";

type VerdictStatus = Diagnosis["verdict"]["status"];

/**
 * Every string of the results screen and of the support summary (the per-check details live in
 * check-details.ts, the copy buttons' words in copy.ts; both are merged in below). Japanese is the reference; the English catalog has
 * the same shape. Status words always come with an icon glyph so that colour
 * is never the only signal.
 */
const ja = {
  common: { colon: "：", missing: "–" },
  verdict: {
    label: { ok: "問題なし", action_needed: "要対応", incomplete: "確認未完了" } satisfies Record<VerdictStatus, string>,
    partial: "一部の確認が完了していないため、結果が変わることがあります。",
  },
  checkStatus: { ok: "正常", warning: "注意", error: "エラー", unknown: "不明", skipped: "未確認" } satisfies Record<CheckStatus, string>,
  /** Labels of actions: what the customer has to do. */
  actionSeverity: { error: "必須", warning: "推奨", info: "参考" } satisfies Record<Severity, string>,
  /** Labels of findings and warnings: what we noticed. */
  findingSeverity: { error: "問題", warning: "注意", info: "参考" } satisfies Record<Severity, string>,
  propagation: {
    heading: "変更は反映されましたか？",
    state: {
      live: "反映済み",
      saved_waiting_cache: "保存済み・反映待ち",
      not_saved: "まだ保存されていません",
      partial: "一部のサーバーのみ保存済み",
      unknown: "確認できませんでした",
    } satisfies Record<PropagationState, string>,
    record: (name: string, type: string) => `${name} の ${type} レコード`,
    wait: (minutes: number) => `反映までの目安：最大で約 ${minutes} 分`,
  },
  actions: {
    heading: "やること",
    intro: "上から順に進めてください。",
    none: "必要な対応はありません。",
    steps: "手順",
    setRecord: "このレコードを設定してください",
    deleteRecord: "このレコードを削除してください",
    deleteNote: "次のレコードを見つけて削除します。まちがえて別のレコードを消さないよう、値をよく確かめてください。",
    templateRecord: "このレコードを追加してください（値はコントロールパネルに表示されます）",
    templateValue: "（サーバー会社のコントロールパネルに表示される値）",
    templateNote: "値は、サーバー会社のコントロールパネルに表示されたものをそのまま使います。",
    recordName: (name: string) => `対象：${name}`,
    blank: "（空欄）",
    warnings: "ご注意ください",
    links: "参考ページ",
    newTab: "（新しいタブで開きます）",
  },
  serverHost: {
    label: "メールを送っているサーバーのホスト名",
    help: "例: www1234.sakura.ne.jp（メールアドレスや URL を貼り付けても構いません）",
    submit: "このホスト名で確認する",
  },
  recheck: {
    button: "もう一度確認する",
    busy: "確認しています…",
    help: "DNS の設定を変更したら押してください。保存されたかどうかと、反映までの目安をお知らせします。",
    done: "確認が終わりました。",
  },
  provider: {
    label: "お使いの DNS",
    detected: (ns: string) => `${ns} から判定`,
    chosen: "お客様が選択",
    undetected: "ネームサーバーから判定できませんでした",
    how: (how: string) => `（${how}）`,
    more: (first: string, rest: number) => (rest > 0 ? `${first} ほか ${rest} 台` : first),
    change: "別の DNS サービスを選ぶ",
    apply: "変更する",
    other: "その他（一覧にないサービス）",
    limited: "このサービスでは、レコードを自由に追加できない場合があります。",
  },
  bounce: {
    heading: "エラーメールからわかったこと",
    category: "原因",
    status: "エラーコード",
    domain: "Gmail が確認したドメイン",
    ip: "送信元の IP アドレス",
    temporary: "一時的なエラーです（自動で再送されることがあります）。",
    recipients: (n: number) => `宛先：${n} 件`,
  },
  input: {
    heading: "入力内容",
    domain: "ドメイン",
    scenario: "メールの経路",
    scenarioLabel: { direct: "直接送信", forward: "転送", list: "メーリングリスト" } satisfies Record<Scenario, string>,
    serverHost: "サーバーのホスト名",
    ip: "送信元 IP アドレス",
    provider: "DNS サービス",
    originalDomain: "元の送信者のドメイン",
    listDomain: "メーリングリストのドメイン",
    source: { input: "ご入力", bounce: "エラーメール", ptr: "IP アドレスの逆引き", server_host: "ホスト名から" } satisfies Record<ValueSource, string>,
    unknown: "不明",
  },
  supportText: {
    title: "todoku 診断結果（サポート用のまとめ）",
    checkedAt: "確認日時",
    verdict: "判定",
    bounce: "エラーメール",
    recipient: "宛先",
    checks: "確認結果",
    actions: "やること",
    propagation: "変更の反映",
    partial: "※ 一部の確認が完了していません。",
    record: "レコード",
    deleteRecord: "削除するレコード",
    templateRecord: "追加するレコード（値はコントロールパネルの表示どおり）",
    needsServerHost: "※ サーバーのホスト名が必要です。",
    warning: "注意",
  },
};

type ResultsOwnMessages = typeof ja;
export type ResultsMessages = ResultsOwnMessages & CheckDetailsMessages & CopyMessages;

const en: ResultsOwnMessages = {
  common: { colon: ": ", missing: "–" },
  verdict: {
    label: { ok: "All set", action_needed: "To fix", incomplete: "Incomplete" },
    partial: "Some checks did not finish, so the results may change.",
  },
  checkStatus: { ok: "OK", warning: "Warning", error: "Error", unknown: "Unknown", skipped: "Skipped" },
  actionSeverity: { error: "Required", warning: "Recommended", info: "For information" },
  findingSeverity: { error: "Problem", warning: "Warning", info: "Note" },
  propagation: {
    heading: "Is my change live?",
    state: {
      live: "Live",
      saved_waiting_cache: "Saved, waiting for caches",
      not_saved: "Not saved yet",
      partial: "Saved on some servers only",
      unknown: "Could not check",
    },
    record: (name, type) => `${type} record of ${name}`,
    wait: (minutes) => `Live in: up to about ${minutes} minute${minutes === 1 ? "" : "s"}`,
  },
  actions: {
    heading: "What to do",
    intro: "Work through these in order.",
    none: "Nothing needs doing.",
    steps: "Steps",
    setRecord: "Set this record",
    deleteRecord: "Delete this record",
    deleteNote: "Find this record and delete it. Compare the value carefully so that you do not delete another record.",
    templateRecord: "Add this record (its value is shown in your host's control panel)",
    templateValue: "(the value your host's control panel shows)",
    templateNote: "Use the value exactly as your hosting company's control panel shows it.",
    recordName: (name) => `Name: ${name}`,
    blank: "(blank)",
    warnings: "Please note",
    links: "Help pages",
    newTab: "(opens in a new tab)",
  },
  serverHost: {
    label: "Host name of the server that sends your mail",
    help: "For example www1234.sakura.ne.jp (pasting an e-mail address or a URL works too)",
    submit: "Check with this host name",
  },
  recheck: {
    button: "Check again",
    busy: "Checking…",
    help: "Press this after you change your DNS: it tells you whether the change is saved and how long until it is seen.",
    done: "The check is done.",
  },
  provider: {
    label: "Your DNS",
    detected: (ns) => `detected from ${ns}`,
    chosen: "chosen by you",
    undetected: "could not be detected from the name servers",
    how: (how) => ` (${how})`,
    more: (first, rest) => (rest > 0 ? `${first} and ${rest} more` : first),
    change: "Choose another DNS provider",
    apply: "Change",
    other: "Other (not in this list)",
    limited: "This service may not let you add records freely.",
  },
  bounce: {
    heading: "What the error mail told us",
    category: "Cause",
    status: "Error code",
    domain: "Domain Gmail checked",
    ip: "Sending IP address",
    temporary: "This is a temporary error (the mail may be retried automatically).",
    recipients: (n) => `Recipients: ${n}`,
  },
  input: {
    heading: "Inputs",
    domain: "Domain",
    scenario: "How the mail went",
    scenarioLabel: { direct: "sent directly", forward: "forwarded", list: "mailing list" },
    serverHost: "Server host name",
    ip: "Sending IP address",
    provider: "DNS provider",
    originalDomain: "Original sender's domain",
    listDomain: "Mailing list domain",
    source: { input: "entered", bounce: "error mail", ptr: "reverse DNS of the IP", server_host: "from the host name" },
    unknown: "unknown",
  },
  supportText: {
    title: "todoku diagnosis (summary for support)",
    checkedAt: "Checked at",
    verdict: "Verdict",
    bounce: "Error mail",
    recipient: "Recipient",
    checks: "Checks",
    actions: "What to do",
    propagation: "Is the change live?",
    partial: "Note: some checks did not finish.",
    record: "Record",
    deleteRecord: "Record to delete",
    templateRecord: "Record to add (value as the control panel shows it)",
    needsServerHost: "Note: the server's host name is needed.",
    warning: "Note",
  },
};

export const resultsMessages: Catalog<ResultsMessages> = {
  ja: { ...ja, ...checkDetailsMessages.ja, ...copyMessages.ja },
  en: { ...en, ...checkDetailsMessages.en, ...copyMessages.en },
};
