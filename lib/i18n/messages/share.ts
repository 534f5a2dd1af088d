import type { Catalog, Shape } from "@/lib/i18n/messages/catalog";

const ja = {
  button: "この結果を共有する",
  busy: "共有リンクを作成しています…",
  help: "サポート窓口に見せるためのリンクを作ります。エラーメールの本文は保存せず、宛先のアドレスは一部を伏せます。",
  created: "共有リンクを作成しました。サポート窓口にこのリンクをお伝えください。",
  linkLabel: "共有リンク",
  open: "新しいタブで開く",
  expires: (date: string) => `保存期限: ${date}`,
  failed: "共有リンクを作成できませんでした。時間をおいてもう一度お試しください。",
  page: {
    title: "共有された診断結果",
    taken: (date: string) => `${date} に確認した結果です。`,
    version: (version: string) => `todoku ${version}`,
    note: "お客様が見た結果をそのまま表示しています。現在の状態は「今の状態を確認する」で確かめられます。",
    recheck: "今の状態を確認する",
    rechecking: "確認しています…",
    changesTitle: "共有された時点からの変化",
    nowVerdict: "現在の判定",
    newResults: "現在の確認結果をすべて見る",
    failed: "確認できませんでした。時間をおいてもう一度お試しください。",
    startOwn: "自分で診断する",
  },
  missing: {
    notFoundTitle: "共有リンクが見つかりません",
    notFound: "この共有リンクは存在しません。URL が途中で切れていないかご確認ください。",
    expiredTitle: "共有リンクの保存期間が過ぎました",
    expired: (date: string) => `この結果は保存期間（${date} まで）が過ぎたため削除されました。お手数ですが、もう一度診断してください。`,
    unavailableTitle: "結果を読み込めません",
    unavailable: "一時的に結果を読み込めません。時間をおいてもう一度お試しください。",
  },
} as const;

const en: Shape<typeof ja> = {
  button: "Share this result",
  busy: "Creating the share link…",
  help: "Creates a link to show support staff. The error mail is not stored and recipient addresses are partly hidden.",
  created: "The share link is ready. Send it to support.",
  linkLabel: "Share link",
  open: "Open in a new tab",
  expires: (date: string) => `Kept until ${date}`,
  failed: "The share link could not be created. Please try again later.",
  page: {
    title: "Shared diagnosis",
    taken: (date: string) => `Checked on ${date}.`,
    version: (version: string) => `todoku ${version}`,
    note: "This is exactly what the customer saw. “Check the current state” shows how things are now.",
    recheck: "Check the current state",
    rechecking: "Checking…",
    changesTitle: "What changed since it was shared",
    nowVerdict: "Verdict now",
    newResults: "See all current results",
    failed: "The check could not run. Please try again later.",
    startOwn: "Run your own diagnosis",
  },
  missing: {
    notFoundTitle: "Share link not found",
    notFound: "This share link does not exist. Check that the address was not cut off.",
    expiredTitle: "This share link has expired",
    expired: (date: string) => `The result was kept until ${date} and has been deleted. Please run the diagnosis again.`,
    unavailableTitle: "The result cannot be loaded",
    unavailable: "The result cannot be loaded right now. Please try again later.",
  },
};

export const shareMessages: Catalog<Shape<typeof ja>> = { ja, en };
