import type { LocalizedText } from "@/lib/findings/types";

/** The wording of the SPF actions, in both languages. */
export const spfActionText = {
  titleAdd: { ja: "SPF レコードを追加する", en: "Add an SPF record" },
  titleAuthorize: { ja: "SPF レコードにメールサーバーを追加する", en: "Add your mail server to the SPF record" },
  titleMerge: { ja: "SPF レコードを 1 つにまとめる", en: "Merge the SPF records into one" },
  titleSyntax: { ja: "SPF レコードの書き間違いを直す", en: "Fix the mistakes in the SPF record" },
  titleTighten: { ja: "SPF レコードの最後を「~all」にする", en: "End the SPF record with “~all”" },
  titleReduce: { ja: "SPF の DNS 参照回数を 10 回以内に減らす", en: "Bring SPF's DNS lookups down to 10 or fewer" },
  summaryNoRecordNoHost: (domain: string): LocalizedText => ({
    ja: `${domain} には SPF レコードがありません。正確なレコードをご案内するために、メールを送っているサーバーのホスト名を教えてください。`,
    en: `${domain} has no SPF record. Tell us the host name of the server that sends your mail and we will give you the exact record.`,
  }),
  summaryNeedHost: (domain: string): LocalizedText => ({
    ja: `${domain} の SPF レコードが、メールを送ったサーバーを許可しているか確認できませんでした。サーバーのホスト名を教えていただくと、追加すべき値をご案内できます。`,
    en: `We could not tell whether ${domain}'s SPF record allows the server that sent the mail. Tell us the server's host name and we will show exactly what to add.`,
  }),
  findHost: (where: LocalizedText): LocalizedText => ({
    ja: `サーバーのホスト名を確認して、上の欄に入力してください。${where.ja}`,
    en: `Look up your server's host name and enter it above. ${where.en}`,
  }),
  stepAdd: {
    ja: "TXT レコードを新しく追加し、下の各欄の値をそのまま入力します。",
    en: "Add a new TXT record and enter the values below exactly as shown.",
  },
  stepEdit: {
    ja: "「v=spf1」で始まる既存の TXT レコードを探し、その値を下の値に書き換えます（新しく追加せず、書き換えてください。SPF レコードが 2 つになると、どちらも無効になります）。",
    en: "Find the existing TXT record that starts with “v=spf1” and change its value to the one below (edit it rather than adding another: two SPF records make both invalid).",
  },
  stepMerge: (deletes: number): LocalizedText => ({
    ja: `「v=spf1」で始まる TXT レコードが複数あり、このままではどれも無効です。1 つを下の値に書き換え、残りの ${deletes} 件（下に「削除」と表示したもの）を削除してください。`,
    en: `There are several TXT records starting with “v=spf1”, which makes them all invalid. Change one of them to the value below and delete the other ${deletes} (marked “delete” below).`,
  }),
  summaryReduce: (count: number, limit: number): LocalizedText => ({
    ja: `SPF の確認に DNS の参照が ${count} 回必要です。上限は ${limit} 回で、超えると SPF はエラー（permerror）になり、Gmail は認証なしとして扱います。`,
    en: `Checking this SPF record takes ${count} DNS lookups. The limit is ${limit}; beyond it SPF is an error (permerror) and Gmail treats the mail as unauthenticated.`,
  }),
  reduceWhy: {
    ja: "include: や a、mx などの項目は、確認のたびに DNS を参照します。include: 先のレコードの参照回数も合計されます（RFC 7208 4.6.4 節）。",
    en: "Terms such as include:, a and mx each make a DNS lookup, and the lookups of included records count too (RFC 7208 §4.6.4).",
  },
  reduceHeaviest: (terms: { term: string; lookups: number }[]): LocalizedText => ({
    ja: terms.length === 0 ? "参照回数の内訳は、下の「SPF の詳細」でご確認いただけます。" : `参照回数の多い項目: ${terms.map((x) => `${x.term}（${x.lookups} 回）`).join("、")}。`,
    en: terms.length === 0 ? "See “SPF details” below for where the lookups come from." : `The terms costing the most: ${terms.map((x) => `${x.term} (${x.lookups})`).join(", ")}.`,
  }),
  reduceHow: {
    ja: "今は使っていないサービスの include: を削除してください。どのサービスも必要な場合は、そのサービスに参照回数の少ない設定（専用のサブドメインなど）がないか確認してください。サーバーのホスト名（a:…）は IP アドレスに置き換えないでください。サーバーの IP アドレスが変わったときに届かなくなります。",
    en: "Remove the include: of any service you no longer use. If you need them all, ask those services for a lighter setup (such as a dedicated subdomain). Don't replace the server's host name (a:…) with its IP address: mail would stop arriving when the address changes.",
  },
} as const;
