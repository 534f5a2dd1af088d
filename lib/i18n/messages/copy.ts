import type { Catalog } from "@/lib/i18n/messages/catalog";

/**
 * The words of the copy buttons (a record's value, the support summary). A catalog of its own so
 * that the buttons, which run in the browser, carry only these few strings and not the whole
 * results catalog; `resultsMessages` includes them. Japanese is the reference, English has the
 * same shape.
 */
const ja = {
  copy: {
    button: "コピー",
    label: (what: string) => `${what}をコピー`,
    copied: "コピーしました",
    copiedLabel: (what: string) => `${what}をコピーしました`,
    copiedAnnounce: (what: string) => `${what}をコピーしました。`,
    selected: "コピーが許可されていないため、文字を選択しました。Ctrl+C（Mac は ⌘C）を押してコピーしてください。",
    failed: "コピーできませんでした。値を長押しまたはドラッグして選択し、コピーしてください。",
  },
  summary: {
    button: "サポート用のまとめをコピー",
    what: "サポート用のまとめ",
    help: "お問い合わせの際に貼り付けてください。エラーメールの本文は含まれず、宛先のアドレスは一部を伏せています。",
  },
};

export type CopyMessages = typeof ja;

const en: CopyMessages = {
  copy: {
    button: "Copy",
    label: (what) => `Copy ${what}`,
    copied: "Copied",
    copiedLabel: (what) => `${what} copied`,
    copiedAnnounce: (what) => `${what} copied.`,
    selected: "Copy was blocked: the text is selected — press Ctrl+C (⌘C on a Mac).",
    failed: "Could not copy. Select the value by long-pressing or dragging, then copy it.",
  },
  summary: {
    button: "Copy a summary for support",
    what: "Summary for support",
    help: "Paste it into your message to support. It does not contain the error mail, and recipient addresses are partly hidden.",
  },
};

export const copyMessages: Catalog<CopyMessages> = { ja, en };
