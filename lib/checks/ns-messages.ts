import type { LocalizedText } from "@/lib/findings/types";

/** Customer-facing text of each NS finding, Japanese first. */
export const nsMessages = {
  none: (domain: string, nxdomain: boolean): LocalizedText =>
    nxdomain
      ? {
          ja: `${domain} というドメインは DNS に存在しません。ドメイン名の綴りに誤りがないか、ドメインの契約が切れていないか、ネームサーバーの設定(委任)が正しいかを確認してください。存在しないドメインからのメールは受信側で拒否されます。`,
          en: `The domain ${domain} does not exist in DNS. Check the spelling, that the domain registration has not expired, and that its name servers are set (delegated) correctly. Receivers refuse mail from a domain that does not exist.`,
        }
      : {
          ja: `${domain} を管理するネームサーバーが見つかりません。ドメインのネームサーバーの設定(委任)を確認してください。`,
          en: `No name servers were found for ${domain}. Check the domain's name server settings (delegation).`,
        },
  single: (zone: string, name: string): LocalizedText => ({
    ja: `${zone} のネームサーバーが ${name} の 1 台だけです。このサーバーが止まるとドメイン全体が見えなくなり、メールの認証も失敗します。通常は 2 台以上を設定します。DNS サービスの案内どおりにすべてのネームサーバーを登録してください。`,
    en: `${zone} has a single name server, ${name}. If it goes down the whole domain disappears and mail authentication fails. Register all the name servers your DNS service lists (normally two or more).`,
  }),
  noAddress: (zone: string, name: string): LocalizedText => ({
    ja: `${zone} のネームサーバー ${name} には IP アドレスがないため、問い合わせに使えません。ネームサーバー名の綴りを確認し、使っていないものは登録から外してください。`,
    en: `The name server ${name} of ${zone} has no address, so it cannot answer. Check its spelling, and remove name servers you do not use from the registration.`,
  }),
} as const;
