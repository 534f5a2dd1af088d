import type { LocalizedText } from "@/lib/findings/types";
import type { ActionId } from "@/lib/wizard/actions";
import type { EntryChoice } from "@/lib/wizard/scenarios";

/**
 * The wizard's decision tree as data: the first question, the questions of each path in order,
 * and the actions each path can end in. The UI renders it; `diagnose` decides which of a path's
 * actions apply from the live checks (see `action-rules.ts`).
 */

export const QUESTION_IDS = ["bounce", "domain", "originalDomain", "listDomain", "listMember", "serverHost"] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const LIST_MEMBER_ANSWERS = ["yes", "no", "unknown"] as const;
export type ListMemberAnswer = (typeof LIST_MEMBER_ANSWERS)[number];

export interface ChoiceOption<T extends string> {
  value: T;
  label: LocalizedText;
  description: LocalizedText;
}

export interface WizardQuestion {
  id: QuestionId;
  kind: "bounce" | "domain" | "host" | "choice";
  required: boolean;
  /** The step's heading. */
  title: LocalizedText;
  label: LocalizedText;
  /** Why we ask, and where the customer finds the answer. */
  help: LocalizedText;
  placeholder?: string;
  options?: readonly ChoiceOption<ListMemberAnswer>[];
  /** Filled from the pasted error mail when it says so. */
  prefillFrom?: "bounce.domain" | "bounce.sender" | "bounce.ptr" | "bounce.list";
}

export interface WizardPath {
  entry: EntryChoice;
  label: LocalizedText;
  description: LocalizedText;
  /** Questions after the first screen, in order. */
  steps: readonly QuestionId[];
  /** Every action this path can end in, in the order the results list them. */
  actions: readonly ActionId[];
}

export const START_QUESTION = {
  title: { ja: "どのような状況ですか？", en: "What happened?" },
  help: {
    ja: "いちばん近いものを選んでください。分からないときは、届いたエラーメールを貼り付けてください。",
    en: "Pick the one closest to your situation. Not sure? Paste the error mail you received.",
  },
} as const satisfies Record<string, LocalizedText>;

export const QUESTIONS: Record<QuestionId, WizardQuestion> = {
  bounce: {
    id: "bounce",
    kind: "bounce",
    required: true,
    title: { ja: "エラーメールを貼り付けてください", en: "Paste the error mail" },
    label: { ja: "エラーメールの内容", en: "The error mail" },
    help: {
      ja: "戻ってきたエラーメールを開き、本文をすべてコピーして貼り付けてください（「メッセージのソースを表示」で全体をコピーできればより正確です）。内容は診断にだけ使い、保存しません。",
      en: "Open the error mail you received, copy all of its text and paste it here (copying the full source, e.g. \"Show original\", works best). It is used only for this diagnosis and never stored.",
    },
  },
  domain: {
    id: "domain",
    kind: "domain",
    required: true,
    title: { ja: "送信に使っているドメインは？", en: "Which domain do you send from?" },
    label: { ja: "ドメイン名（メールアドレスでも可）", en: "Domain name (an e-mail address works too)" },
    help: {
      ja: "メールアドレスの @ より後ろの部分です。例: taro@example.jp なら example.jp。",
      en: "The part after the @ of your address. For taro@example.jp that is example.jp.",
    },
    placeholder: "example.jp",
    prefillFrom: "bounce.sender",
  },
  originalDomain: {
    id: "originalDomain",
    kind: "domain",
    required: false,
    title: { ja: "元の送信者のドメインは？（分かれば）", en: "The original sender's domain (if you know it)" },
    label: { ja: "元の送信者のドメイン", en: "Original sender's domain" },
    help: {
      ja: "転送されたメールを最初に送った人のアドレスのドメインです。Gmail はこのドメインの SPF を確認します。エラーメールは転送元ではなく、この送信者に届きます。分からなければ空欄のままで構いません。",
      en: "The domain of whoever first sent the forwarded mail. Gmail checks this domain's SPF, and the error mail goes to this sender, not to you. Leave it empty if you don't know.",
    },
    placeholder: "example.com",
    prefillFrom: "bounce.domain",
  },
  listDomain: {
    id: "listDomain",
    kind: "domain",
    required: true,
    title: { ja: "メーリングリストのアドレスのドメインは？", en: "What is the mailing list's domain?" },
    label: { ja: "メーリングリストのアドレス、またはドメイン", en: "The list's address or domain" },
    help: {
      ja: "投稿した人のアドレスではなく、メーリングリストそのもののアドレス（例: members@ml.example.jp）のドメインです。配信時にはこのドメインの SPF が確認されます。",
      en: "Not the poster's address but the list's own address (e.g. members@ml.example.jp). Delivery to members is checked against this domain's SPF.",
    },
    placeholder: "ml.example.jp",
    prefillFrom: "bounce.list",
  },
  listMember: {
    id: "listMember",
    kind: "choice",
    required: true,
    title: { ja: "届かなかったアドレスは、リストの配信メンバーですか？", en: "Is the failing address a member of the list?" },
    label: { ja: "エラーメールに書かれた宛先が配信メンバーに登録されているか", en: "Whether the address in the error mail is on the member list" },
    help: {
      ja: "エラーメールに書かれた届かなかった宛先を、メーリングリストの配信メンバー一覧と見比べてください。",
      en: "Compare the failed address in the error mail with the list's member list.",
    },
    options: [
      { value: "yes", label: { ja: "はい、メンバーです", en: "Yes, it is a member" }, description: { ja: "リストから Gmail に直接配信されています。", en: "The list delivers to Gmail directly." } },
      {
        value: "no",
        label: { ja: "いいえ、メンバーではありません", en: "No, it is not a member" },
        description: { ja: "メンバーのどなたかが Gmail へ転送している可能性があります。", en: "A member's mailbox probably forwards to Gmail." },
      },
      { value: "unknown", label: { ja: "分からない", en: "I don't know" }, description: { ja: "両方の可能性をご案内します。", en: "We'll cover both possibilities." } },
    ],
  },
  serverHost: {
    id: "serverHost",
    kind: "host",
    required: false,
    title: { ja: "お使いのサーバーのホスト名は？", en: "What is your server's host name?" },
    label: { ja: "サーバーのホスト名", en: "Server host name" },
    help: {
      ja: "SPF に書くのは、このホスト名です（初期ドメインではありません）。サーバーのコントロールパネルの「サーバー情報」に表示されています。分からなければ空欄のままで構いません。エラーメールから分かる場合は自動で入ります。",
      en: "This host name is what goes into SPF (not the account's initial domain). Your server control panel shows it under server information. Leave it empty if you don't know; we fill it in when the error mail shows it.",
    },
    prefillFrom: "bounce.ptr",
  },
};

export const PATHS: Record<EntryChoice, WizardPath> = {
  direct: {
    entry: "direct",
    label: { ja: "自分のドメインから Gmail 宛てに送ったメールが戻ってきた", en: "Mail I sent from my domain to Gmail came back" },
    description: {
      ja: "例: taro@example.jp から Gmail のアドレスに送ると、エラーメールが届く。",
      en: "E.g. mail from taro@example.jp to a Gmail address returns an error.",
    },
    steps: ["domain", "serverHost"],
    actions: [
      "dns.switch_provider",
      "spf.merge_records",
      "spf.fix_syntax",
      "spf.add_record",
      "spf.authorize_server",
      "spf.reduce_lookups",
      "spf.tighten_all",
      "dkim.enable",
      "dmarc.add_record",
      "ptr.ask_host",
      "recipient.check_address",
      "mail.not_dns",
      "wait.propagation",
    ],
  },
  forward: {
    entry: "forward",
    label: { ja: "サーバーで Gmail へ転送しているメールが届かない", en: "Mail my server forwards to Gmail doesn't arrive" },
    description: {
      ja: "例: info@example.jp 宛てのメールを Gmail に転送する設定にしている。",
      en: "E.g. mail to info@example.jp is set to forward to a Gmail address.",
    },
    steps: ["domain", "originalDomain", "serverHost"],
    actions: [
      "forward.explain",
      "recipient.check_address",
      "dns.switch_provider",
      "spf.merge_records",
      "spf.fix_syntax",
      "spf.add_record",
      "spf.authorize_server",
      "spf.reduce_lookups",
      "spf.tighten_all",
      "dkim.enable",
      "dmarc.add_record",
      "ptr.ask_host",
      "mail.not_dns",
      "wait.propagation",
    ],
  },
  list: {
    entry: "list",
    label: { ja: "メーリングリストから Gmail のメンバーに届かない", en: "My mailing list doesn't reach Gmail members" },
    description: {
      ja: "例: メーリングリストの管理者アドレスに、Gmail のメンバー宛てのエラーメールが届く。",
      en: "E.g. the list's admin address receives errors for Gmail members.",
    },
    steps: ["listDomain", "listMember", "serverHost"],
    actions: [
      "list.contact_forwarder",
      "dns.switch_provider",
      "spf.merge_records",
      "spf.fix_syntax",
      "spf.add_record",
      "list.authorize_server",
      "spf.reduce_lookups",
      "spf.tighten_all",
      "list.dmarc_from",
      "dkim.enable",
      "dmarc.add_record",
      "ptr.ask_host",
      "recipient.check_address",
      "mail.not_dns",
      "wait.propagation",
    ],
  },
  unsure: {
    entry: "unsure",
    label: { ja: "よく分からない（エラーメールを貼り付ける）", en: "Not sure (paste the error mail)" },
    description: {
      ja: "エラーメールの内容から原因と経路を読み取り、必要な情報を自動で入力します。",
      en: "We read the cause and the path from the error mail and fill in what we can.",
    },
    steps: ["bounce"],
    actions: [],
  },
};
