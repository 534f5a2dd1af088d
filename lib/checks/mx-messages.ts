import type { LocalizedText } from "@/lib/findings/types";

/** Customer-facing text of each MX finding, Japanese first. */
export const mxMessages = {
  none: (domain: string, nxdomain: boolean): LocalizedText =>
    nxdomain
      ? {
          ja: `${domain} というドメインは DNS に存在しないため、メールを受け取れません。エラーメールや DMARC レポートも届かず、受信側は存在しないドメインからのメールを拒否します。ドメイン名の綴りと、ドメインの契約・DNS の設定を確認してください。`,
          en: `The domain ${domain} does not exist in DNS, so it cannot receive mail: bounces and DMARC reports are lost, and receivers refuse mail from a domain that does not exist. Check the spelling, the domain's registration and its DNS.`,
        }
      : {
          ja: `${domain} には MX レコードも IP アドレス(A/AAAA)もないため、このドメイン宛てのメールを受け取れません。送ったメールのエラー通知や DMARC レポートも届きません。受信側によっては、返信できないドメインからのメールを疑わしいものとして扱います。メールを受け取るサーバーの MX レコードを設定してください。`,
          en: `${domain} has neither MX records nor an address (A/AAAA), so it cannot receive mail: bounces of mail you send and DMARC reports are lost, and some receivers distrust mail from a domain that cannot receive replies. Set MX records for the server that receives your mail.`,
        },
  implicit: (domain: string, addresses: string[]): LocalizedText => ({
    ja: `${domain} には MX レコードがありませんが、ドメイン自体の IP アドレス(${addresses.join("、")})宛てにメールが配送されます。意図した設定でない場合は、メールを受け取るサーバーの MX レコードを設定してください。`,
    en: `${domain} has no MX record, so mail for it goes to the domain's own address (${addresses.join(", ")}). If that is not intended, set MX records for the server that receives your mail.`,
  }),
  nullMx: (domain: string): LocalizedText => ({
    ja: `${domain} には「メールを受け取らない」ことを示す Null MX(「0 .」)が設定されています。このドメイン宛てのエラー通知や DMARC レポートは届きません。また、送信元ドメインが Null MX の場合、受信側がメールを拒否することがあります。このドメインからメールを送るなら、Null MX を削除し、受信サーバーの MX レコードを設定してください。`,
    en: `${domain} publishes a null MX ("0 ."), which says it receives no mail: bounces and DMARC reports cannot reach it, and receivers may refuse mail whose sender domain says so. If you send mail from this domain, remove the null MX and set MX records for a receiving server.`,
  }),
  nullMixed: (domain: string): LocalizedText => ({
    ja: `${domain} には Null MX(「0 .」)と通常の MX レコードが両方あります。Null MX は他の MX と同時に設定できません。メールを受け取るなら Null MX を削除してください。`,
    en: `${domain} has both a null MX ("0 .") and other MX records; a null MX must stand alone. If the domain receives mail, remove the null MX.`,
  }),
  cname: (domain: string, exchange: string, target: string): LocalizedText => ({
    ja: `${domain} の MX ${exchange} は別名(CNAME)で、${target} を指しています。MX には CNAME ではないホスト名を直接書く決まりで、受信側によっては配送に失敗します。MX の値を ${target} に変更してください。`,
    en: `The MX ${exchange} of ${domain} is an alias (CNAME) for ${target}. An MX must name a host directly, not a CNAME, and some senders fail to deliver otherwise. Change the MX to ${target}.`,
  }),
  noAddress: (domain: string, exchange: string): LocalizedText => ({
    ja: `${domain} の MX ${exchange} には IP アドレス(A/AAAA レコード)がないため、このサーバーにはメールを配送できません。MX のホスト名の綴りを確認するか、正しいメールサーバーに変更してください。`,
    en: `The MX ${exchange} of ${domain} has no address (A/AAAA record), so mail cannot be delivered to it. Check the host name's spelling or point the MX to the right mail server.`,
  }),
  ipLiteral: (domain: string, exchange: string): LocalizedText => ({
    ja: `${domain} の MX に IP アドレス(${exchange})が直接書かれています。MX にはホスト名を書く決まりで、IP アドレスのままでは配送できないことがあります。その IP アドレスを指すホスト名(A レコード)を作り、MX にはそのホスト名を書いてください。`,
    en: `An MX of ${domain} is an IP address (${exchange}). An MX must be a host name; many senders cannot deliver to an address written there. Create a host name (A record) for that address and put the name in the MX.`,
  }),
} as const;
