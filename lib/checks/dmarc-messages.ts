import type { DmarcPolicy } from "@/lib/checks/parse-dmarc";
import type { LocalizedText } from "@/lib/findings/types";

/** Customer-facing text of each DMARC finding, Japanese first. */
export const dmarcMessages = {
  none: (domain: string, orgDomain: string): LocalizedText => ({
    ja: `${domain}${orgDomain !== domain ? ` にも組織ドメイン ${orgDomain} にも` : " には"} DMARC レコード(「_dmarc.${orgDomain}」の TXT レコード)が設定されていません。Gmail に 1 日 5,000 通近く以上送る場合、DMARC レコードは必須です(ポリシーは p=none で足ります)。少量の送信でも、まず「v=DMARC1; p=none」で始めることをおすすめします。`,
    en: `${orgDomain !== domain ? `Neither ${domain} nor its organizational domain ${orgDomain} has` : `${domain} has no`} DMARC record (a TXT record at "_dmarc.${orgDomain}"). Gmail requires one from senders of about 5,000 messages a day or more (p=none is enough). Even for small volumes, starting with "v=DMARC1; p=none" is recommended.`,
  }),
  multipleRecords: (name: string, count: number): LocalizedText => ({
    ja: `${name} に DMARC レコードが ${count} 個あります。複数あると、受信側は DMARC レコードがないものとして扱います。1 つにまとめ、残りは削除してください。`,
    en: `${name} has ${count} DMARC records. With more than one, receivers act as if there were none. Merge them into one and delete the others.`,
  }),
  syntax: (name: string, detail: LocalizedText): LocalizedText => ({
    ja: `${name} の DMARC レコードに書き方の誤りがあります。${detail.ja}`,
    en: `The DMARC record at ${name} has an error. ${detail.en}`,
  }),
  ignoredRecord: (name: string, record: string, detail: LocalizedText): LocalizedText => ({
    ja: `${name} の TXT レコード「${record}」は DMARC レコードのつもりのようですが、受信側には DMARC レコードとして認識されません。${detail.ja}`,
    en: `The TXT record "${record}" at ${name} looks meant as a DMARC record, but receivers do not recognize it. ${detail.en}`,
  }),
  noPolicy: (name: string, detail: LocalizedText, hasValidRua: boolean): LocalizedText => ({
    ja: `${name} の DMARC レコードのポリシーが正しく指定されていません。${detail.ja} ${hasValidRua ? "レポートの送信先(rua=)があるため、受信側は p=none として扱いますが、" : "この状態では受信側は DMARC レコードを使わず、"}Gmail はポリシーのない DMARC レコードを「DMARC 未設定」と同じに扱います。`,
    en: `The DMARC record at ${name} has no valid policy. ${detail.en} ${hasValidRua ? "Because it names a report address (rua=), receivers treat it as p=none, but" : "Receivers therefore ignore the record, and"} Gmail treats a DMARC record without a policy like a missing one.`,
  }),
  policy: (name: string, policy: DmarcPolicy, subdomain: boolean): LocalizedText => {
    const of = subdomain ? { ja: "(サブドメイン向けのポリシー)", en: " (the policy for subdomains)" } : { ja: "", en: "" };
    if (policy === "none") {
      return {
        ja: `${name} の DMARC ポリシーは「p=none」${of.ja}です。認証に失敗したメールも受信側で拒否されず、状況の報告だけを受け取る「監視」の設定です。Gmail の大量送信者向けの要件は p=none で満たせます。レポートで正規のメールがすべて認証に合格していることを確認できたら、quarantine や reject への強化を検討してください。`,
        en: `The DMARC policy at ${name} is "p=none"${of.en}: monitoring only. Mail that fails authentication is not refused; you only receive reports. This meets Gmail's requirement for bulk senders. Once reports show all your legitimate mail passes, consider moving to quarantine or reject.`,
      };
    }
    if (policy === "quarantine") {
      return {
        ja: `${name} の DMARC ポリシーは「quarantine」${of.ja}です。SPF と DKIM のどちらでも認証に合格しない(ドメインが一致しない)メールは、受信側で迷惑メールフォルダに振り分けられます。転送やメーリングリスト経由のメールが影響を受けることがあります。`,
        en: `The DMARC policy at ${name} is "quarantine"${of.en}: mail that passes neither SPF nor DKIM with an aligned domain goes to the spam folder. Forwarded and mailing-list mail can be affected.`,
      };
    }
    return {
      ja: `${name} の DMARC ポリシーは「reject」${of.ja}です。SPF と DKIM のどちらでも認証に合格しない(ドメインが一致しない)メールは、受信側で拒否されます(Gmail では「550 5.7.26 … DMARC policy」のエラーになります)。正規のメールが拒否される場合は、送信サーバーの SPF と DKIM の設定を確認してください。`,
      en: `The DMARC policy at ${name} is "reject"${of.en}: mail that passes neither SPF nor DKIM with an aligned domain is refused (at Gmail, with "550 5.7.26 … DMARC policy"). If legitimate mail is refused, check the SPF and DKIM setup of the sending servers.`,
    };
  },
  pctPartial: (name: string, pct: number): LocalizedText => ({
    ja: `${name} の DMARC レコードは「pct=${pct}」のため、ポリシーは認証に失敗したメールの ${pct}% にだけ適用されます。`,
    en: `The DMARC record at ${name} has "pct=${pct}": the policy applies to only ${pct}% of the mail that fails.`,
  }),
  inherited: (domain: string, orgDomain: string): LocalizedText => ({
    ja: `${domain} には DMARC レコードがないため、組織ドメイン ${orgDomain} の DMARC レコードが適用されます(sp= があればその値がサブドメインのポリシーです)。`,
    en: `${domain} has no DMARC record of its own, so the record of its organizational domain ${orgDomain} applies (its sp= value, when present, is the policy for subdomains).`,
  }),
  unknownTag: (name: string, detail: LocalizedText): LocalizedText => ({
    ja: `${name} の DMARC レコード: ${detail.ja}`,
    en: `DMARC record at ${name}: ${detail.en}`,
  }),
  noRua: (name: string): LocalizedText => ({
    ja: `${name} の DMARC レコードにレポートの送信先(rua=)がありません。必須ではありませんが、「rua=mailto:アドレス」を追加すると、Gmail などから認証結果の集計レポートが届き、問題に気付きやすくなります。`,
    en: `The DMARC record at ${name} has no report address (rua=). It is optional, but adding "rua=mailto:address" gets you aggregate reports from Gmail and others, which show authentication problems early.`,
  }),
  ruaInvalid: (name: string, detail: LocalizedText): LocalizedText => ({
    ja: `${name} の DMARC レコードのレポート送信先に問題があります。${detail.ja}`,
    en: `A report destination in the DMARC record at ${name} has a problem. ${detail.en}`,
  }),
  reportAuthMissing: (recordDomain: string, destination: string): LocalizedText => ({
    ja: `DMARC レポートの送信先 ${destination} は別の組織のドメインです。${destination} 側に「${recordDomain}._report._dmarc.${destination}」の TXT レコード(v=DMARC1)がないため、受信側はレポートを送りません。レポート受信サービスを使っている場合は、そのサービスに ${recordDomain} の登録を依頼してください。`,
    en: `The report destination ${destination} belongs to another organization. ${destination} publishes no "${recordDomain}._report._dmarc.${destination}" TXT record (v=DMARC1), so receivers will not send the reports there. If you use a reporting service, ask it to register ${recordDomain}.`,
  }),
} as const;
