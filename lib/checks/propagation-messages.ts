import type { LocalizedText } from "@/lib/findings/types";

/** The answer to "is my change live?", one per state, Japanese first. */
export const propagationMessages = {
  live: (name: string, type: string): LocalizedText => ({
    ja: `${name} の ${type} レコードの変更は反映済みです。ドメインの DNS サーバーも、インターネット上の DNS(キャッシュ)も新しい内容を返しています。`,
    en: `The change to the ${type} record of ${name} is live: your domain's DNS servers and the resolvers on the Internet return the new value.`,
  }),
  savedWaitingCache: (name: string, type: string, minutes: number): LocalizedText => ({
    ja: `${name} の ${type} レコードは、ドメインの DNS サーバーにはすでに正しく保存されています。ただし、インターネット上の DNS(Gmail の DNS を含む)には、最大で約 ${minutes} 分間、古い内容が残ることがあります(TTL による一時保存)。設定を変える必要はありません。${minutes} 分ほど待ってから、もう一度メールを送って確認してください。`,
    en: `The ${type} record of ${name} is already correct at your domain's DNS servers. Resolvers on the Internet (Gmail's included) may keep showing the old record for up to about ${minutes} minute${minutes === 1 ? "" : "s"} (their TTL cache). Nothing needs changing: wait about ${minutes} minute${minutes === 1 ? "" : "s"}, then send a test mail again.`,
  }),
  notSaved: (name: string, type: string, nameservers: string[]): LocalizedText => ({
    ja: `${name} の ${type} レコードの変更は、ドメインの DNS サーバー(${nameservers.join("、")})にまだ保存されていません。変更を保存したか、このドメインの DNS を実際に管理しているサービス(上記のネームサーバーの会社)の画面で設定したか、ホスト名や値に誤りがないかを確認してください。`,
    en: `The change to the ${type} record of ${name} is not at your domain's DNS servers (${nameservers.join(", ")}) yet. Check that you saved it, that you made it at the service that actually runs this domain's DNS (the company of those name servers), and that the host name and value are right.`,
  }),
  partial: (name: string, type: string, have: number, total: number): LocalizedText => ({
    ja: `${name} の ${type} レコードの変更は、ドメインの DNS サーバー ${total} 台のうち ${have} 台にだけ反映されています。残りのサーバーへのコピーは通常数分から 1 時間ほどで終わります。しばらく待ってから、もう一度確認してください。`,
    en: `The change to the ${type} record of ${name} has reached ${have} of your domain's ${total} DNS servers. The others usually catch up within minutes to an hour. Check again a little later.`,
  }),
  disagree: (name: string, type: string, total: number): LocalizedText => ({
    ja: `${name} の ${type} レコードについて、ドメインの DNS サーバー ${total} 台の答えがまだ一致していません。変更が一部のサーバーにしか届いていない状態です。通常は数分から 1 時間ほどでそろいます。しばらく待ってから、もう一度確認してください。`,
    en: `Your domain's ${total} DNS servers do not yet agree on the ${type} record of ${name}: the change has reached only some of them. They usually agree within minutes to an hour. Check again a little later.`,
  }),
  unknown: (name: string, reason: string | null): LocalizedText => ({
    ja: `${name} を管理する DNS サーバーに問い合わせできなかったため、変更が反映されたかどうか確認できませんでした${reason ? `(${reason})` : ""}。時間をおいてもう一度確認してください。続く場合は、ドメインのネームサーバーの設定を確認してください。`,
    en: `The DNS servers in charge of ${name} could not be reached, so whether the change is live could not be told${reason ? ` (${reason})` : ""}. Try again later; if it persists, check the domain's name server settings.`,
  }),
} as const;
