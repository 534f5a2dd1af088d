import type { LocalizedText } from "@/lib/findings/types";

/**
 * Why a mail bounced, in the customer's terms. The ids are a public API (API responses, share
 * links, the wizard's branches): add new ones, never rename or remove one.
 *
 * `dnsFixable` is true when a record in the sender's own DNS zone (SPF, DKIM, DMARC, the
 * nameservers) is the fix. PTR lives in the IP owner's reverse zone, so it is not.
 */
export const BOUNCE_CATEGORIES = {
  auth_unauthenticated: {
    dnsFixable: true,
    title: { ja: "送信元を確認できませんでした（SPF・DKIM とも不合格）", en: "Sender not authenticated (neither SPF nor DKIM passed)" },
    explanation: {
      ja: "Gmail は、このメールが本当に送信元のドメインから送られたものかを確認できなかったため、受け取りを断りました。SPF（送信を許可するサーバーの一覧）と DKIM（電子署名）のどちらも確認に通りませんでした。ドメインの DNS に正しい SPF レコードを設定すると、ほとんどの場合解決します。",
      en: "Gmail could not confirm that this mail really came from the sender's domain, so it refused it. Neither SPF (the list of servers allowed to send) nor DKIM (the digital signature) passed. Setting a correct SPF record in the domain's DNS fixes this in most cases.",
    },
  },
  spf_fail: {
    dnsFixable: true,
    title: { ja: "SPF の確認に失敗しました", en: "SPF check failed" },
    explanation: {
      ja: "Gmail が送信元ドメインの SPF レコード（メールを送ってよいサーバーの一覧）を確認したところ、このメールを送ったサーバーが一覧に入っていませんでした。SPF レコードにお使いのメールサーバーを追加すると解決します。",
      en: "Gmail checked the sending domain's SPF record (the list of servers allowed to send its mail) and the server that sent this mail was not on it. Adding your mail server to the SPF record fixes this.",
    },
  },
  dkim_fail: {
    dnsFixable: true,
    title: { ja: "DKIM 署名の確認に失敗しました", en: "DKIM check failed" },
    explanation: {
      ja: "メールに付ける電子署名（DKIM）を確認できませんでした。メールサーバーで DKIM 署名を有効にし、その公開鍵を DNS に登録すると解決します。",
      en: "The mail's digital signature (DKIM) could not be verified. Turning on DKIM signing at your mail server and publishing its public key in DNS fixes this.",
    },
  },
  dmarc_policy: {
    dnsFixable: true,
    title: { ja: "差出人ドメインの DMARC ポリシーにより拒否されました", en: "Rejected by the sender domain's DMARC policy" },
    explanation: {
      ja: "差出人（From）のドメインは DMARC で「確認できないメールは受け取らないで」と宣言しています。このメールは、差出人のドメインと一致する形で SPF または DKIM に合格しなかったため、Gmail が拒否しました。差出人のドメインの SPF・DKIM を正しく設定すると解決します。",
      en: "The From domain publishes a DMARC policy saying that mail which cannot be verified should be refused. This mail did not pass SPF or DKIM for the From domain, so Gmail refused it. Setting up SPF and DKIM correctly for the From domain fixes this.",
    },
  },
  dmarc_missing: {
    dnsFixable: true,
    title: { ja: "DMARC レコードがありません", en: "No DMARC record" },
    explanation: {
      ja: "たくさんのメールを Gmail に送る送信者には DMARC レコードが必要ですが、送信元のドメインにはありません（またはポリシーが書かれていません）。DNS に DMARC レコードを追加すると解決します。",
      en: "Senders who send a lot of mail to Gmail need a DMARC record, and the sending domain has none (or it names no policy). Adding a DMARC record to DNS fixes this.",
    },
  },
  alignment: {
    dnsFixable: true,
    title: { ja: "差出人のドメインと認証されたドメインが一致しません", en: "From domain not aligned with SPF or DKIM" },
    explanation: {
      ja: "差出人（From）のドメインが、SPF や DKIM で確認されたドメインと一致していません。差出人のドメインで SPF または DKIM に合格するよう設定すると解決します。",
      en: "The From domain does not match the domain that SPF or DKIM verified. Making SPF or DKIM pass for the From domain fixes this.",
    },
  },
  spf_suspicious: {
    dnsFixable: true,
    title: { ja: "SPF レコードに問題があります", en: "Problem in the SPF record" },
    explanation: {
      ja: "送信元ドメインの SPF レコードに、誤った記述や不審な記述があると判断されました。SPF レコードの書き方を見直すと解決します。",
      en: "The sending domain's SPF record was judged to contain wrong or suspicious entries. Correcting the SPF record fixes this.",
    },
  },
  auth_dns_temporary: {
    dnsFixable: true,
    title: { ja: "DNS の一時的な障害で認証できませんでした", en: "Temporary DNS failure during authentication" },
    explanation: {
      ja: "Gmail が送信元ドメインの DNS を調べようとしたところ、一時的に応答が得られず、認証ができませんでした。多くの場合は自動で再送されますが、繰り返す場合はドメインのネームサーバーの設定を確認してください。",
      en: "Gmail tried to look up the sending domain's DNS and got no answer for a while, so it could not authenticate the mail. The mail is usually retried automatically; if it keeps happening, check the domain's nameservers.",
    },
  },
  ptr: {
    dnsFixable: false,
    title: { ja: "送信サーバーの逆引き（PTR）がありません", en: "Sending server has no valid reverse DNS (PTR)" },
    explanation: {
      ja: "メールを送ったサーバーの IP アドレスに逆引き（PTR）レコードがないか、逆引きの名前と IP アドレスが一致しません。これは IP アドレスの持ち主（レンタルサーバー会社や回線事業者）が設定するもので、お客様のドメインの DNS では直せません。サーバー会社にお問い合わせください。",
      en: "The IP address of the sending server has no reverse DNS (PTR) record, or the name it points to does not lead back to the same address. The owner of the IP address (your hosting company or network provider) sets this; your own domain's DNS cannot fix it. Please contact your hosting company.",
    },
  },
  tls: {
    dnsFixable: false,
    title: { ja: "暗号化（TLS）されていない送信です", en: "Mail not sent over an encrypted (TLS) connection" },
    explanation: {
      ja: "メールを送ったサーバーが暗号化（TLS）を使わずに送信しようとしたため、受け取りを断られました。サーバー側の設定の問題で、DNS では直せません。サーバーの管理者にお問い合わせください。",
      en: "The sending server tried to deliver without encryption (TLS), so the mail was refused. This is a server setting, not DNS. Please contact the server's administrator.",
    },
  },
  reputation: {
    dnsFixable: false,
    title: { ja: "送信元の評判、または迷惑メールと判断されました", en: "Low sender reputation or judged as spam" },
    explanation: {
      ja: "送信元の IP アドレスやドメインの評判が低い、またはメールの内容が迷惑メールと判断されたため、受け取りを断られました。DNS の設定だけでは直らないことが多く、送信量や内容の見直し、サーバー会社への相談が必要です。",
      en: "The sending IP address or domain has a low reputation, or the content looked like spam, so the mail was refused. DNS settings alone rarely fix this; review what and how much you send, and talk to your hosting company.",
    },
  },
  rate_limit: {
    dnsFixable: false,
    title: { ja: "送信量が多すぎるため制限されました", en: "Too much mail sent: rate limited" },
    explanation: {
      ja: "短い時間に多くのメールが送られたため、受け取りが一時的に制限されました。時間をおいて送り直すか、送信量を減らしてください。",
      en: "Too much mail arrived in a short time, so delivery was limited for now. Send again later or send less at once.",
    },
  },
  message_format: {
    dnsFixable: false,
    title: { ja: "メールの形式や添付ファイルが受け付けられませんでした", en: "Message format or attachment not accepted" },
    explanation: {
      ja: "メールの形式（ヘッダーの重複、差出人の複数指定など）や添付ファイル（種類・大きさ）が受信側の基準に合わなかったため、受け取りを断られました。メールソフトや送信プログラムの設定、添付ファイルを見直してください。",
      en: "The message's format (duplicate headers, several From addresses and the like) or its attachments (type or size) did not meet the receiver's rules. Check the mail program's settings and the attachments.",
    },
  },
  relay_denied: {
    dnsFixable: false,
    title: { ja: "送信サーバーの利用（中継・認証）が拒否されました", en: "Relaying or sending authentication refused" },
    explanation: {
      ja: "メールサーバーがこのメールの中継を許可しませんでした。メールソフトの送信サーバー（SMTP）の設定、特に SMTP 認証（ユーザー名とパスワード）を確認してください。",
      en: "The mail server would not relay this mail. Check the outgoing (SMTP) server settings of the mail program, especially SMTP authentication (user name and password).",
    },
  },
  recipient_unknown: {
    dnsFixable: false,
    title: { ja: "宛先のアドレスが存在しません", en: "Recipient address does not exist" },
    explanation: {
      ja: "宛先のメールアドレス、または宛先のドメインが存在しないか、メールを受け取っていません。アドレスの綴りに誤りがないか確認してください。送信側の DNS の問題ではありません。",
      en: "The recipient's address or domain does not exist or does not accept mail. Check the address for typos. This is not a problem with your DNS.",
    },
  },
  recipient_inactive: {
    dnsFixable: false,
    title: { ja: "宛先のアカウントが停止されています", en: "Recipient account disabled or inactive" },
    explanation: {
      ja: "宛先のアカウントが停止されているか、長い間使われていないため、メールを受け取れません。別の方法で相手に連絡先を確認してください。",
      en: "The recipient's account is disabled or has not been used for a long time, so it cannot receive mail. Ask the recipient for another address by other means.",
    },
  },
  mailbox_full: {
    dnsFixable: false,
    title: { ja: "宛先のメールボックスがいっぱいです", en: "Recipient's mailbox is full" },
    explanation: {
      ja: "宛先のメールボックスが容量いっぱいのため、受け取れませんでした。相手が容量を空けるまで届きません。",
      en: "The recipient's mailbox is full, so the mail could not be stored. It cannot arrive until the recipient frees space.",
    },
  },
  recipient_rate: {
    dnsFixable: false,
    title: { ja: "宛先が短時間に大量のメールを受け取っています", en: "Recipient is receiving mail too fast" },
    explanation: {
      ja: "宛先のアカウントが短い時間に大量のメールを受け取っているため、一時的に受け取れない状態です。時間をおいて送り直してください。",
      en: "The recipient's account is receiving so much mail that it cannot take more for now. Send again later.",
    },
  },
  policy: {
    dnsFixable: false,
    title: { ja: "受信側の方針により拒否されました", en: "Refused by the receiver's policy" },
    explanation: {
      ja: "受信側（宛先の組織や Gmail）の方針や設定により、受け取りを断られました。宛先の管理者にご確認ください。",
      en: "The receiver's policy or settings (the recipient's organisation or Gmail) refused the mail. Please ask the recipient's administrator.",
    },
  },
  other: {
    dnsFixable: false,
    title: { ja: "その他の理由で届きませんでした", en: "Not delivered for another reason" },
    explanation: {
      ja: "上のどれにも当てはまらない理由で届きませんでした。エラーメールにあるサーバーからの返答を、メールサーバーの管理者にお伝えください。",
      en: "The mail was not delivered for a reason that fits none of the other cases. Pass the server's reply shown in the error mail on to your mail server's administrator.",
    },
  },
} as const satisfies Record<string, { dnsFixable: boolean; title: LocalizedText; explanation: LocalizedText }>;

export type BounceCategory = keyof typeof BOUNCE_CATEGORIES;

export const BOUNCE_CATEGORY_IDS = Object.keys(BOUNCE_CATEGORIES) as BounceCategory[];

/** The categories that are about the sender's authentication (SPF, DKIM, DMARC). */
export const AUTH_CATEGORIES: ReadonlySet<BounceCategory> = new Set<BounceCategory>([
  "auth_unauthenticated",
  "spf_fail",
  "dkim_fail",
  "dmarc_policy",
  "dmarc_missing",
  "alignment",
  "spf_suspicious",
  "auth_dns_temporary",
]);

export function isBounceCategory(value: unknown): value is BounceCategory {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(BOUNCE_CATEGORIES, value);
}
