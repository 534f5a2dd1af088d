import type { LocalizedText } from "@/lib/findings/types";

const OWNER = {
  ja: "逆引き(PTR)はドメインの DNS ではなく、IP アドレスを管理する会社(サーバー会社やプロバイダ)が設定するものです。",
  en: "Reverse DNS (PTR) is set by whoever owns the IP address (your hosting company or ISP), not in your domain's DNS.",
};

/** Customer-facing text of each PTR finding, Japanese first. */
export const ptrMessages = {
  noIp: (given: string | null): LocalizedText =>
    given
      ? {
          ja: `「${given}」は IP アドレスではないため、逆引き(PTR)を確認できませんでした。`,
          en: `"${given}" is not an IP address, so reverse DNS (PTR) could not be checked.`,
        }
      : {
          ja: "送信サーバーの IP アドレスが分からないため、逆引き(PTR)は確認していません。IP アドレスはエラーメールに書かれていることが多く、エラーメールを貼り付けると自動で確認します。",
          en: "The sending server's IP address is unknown, so reverse DNS (PTR) was not checked. The error mail usually shows it; paste it and the check runs on its own.",
        },
  none: (ip: string, reverse: string): LocalizedText => ({
    ja: `送信元の IP アドレス ${ip} に逆引き(PTR)レコード(${reverse})がありません。Gmail は PTR のない IP アドレスからのメールを制限・拒否します。${OWNER.ja}サーバー会社に、この IP アドレスの逆引き設定を依頼してください。`,
    en: `The sending IP address ${ip} has no reverse DNS (PTR) record (${reverse}). Gmail limits or refuses mail from addresses without one. ${OWNER.en} Ask your hosting company to set it for this address.`,
  }),
  mismatch: (ip: string, names: string[], family: 4 | 6): LocalizedText => ({
    ja: `IP アドレス ${ip} の逆引き名 ${names.join("、")} を正引き(${family === 4 ? "A" : "AAAA"} レコード)しても ${ip} に戻りません。Gmail は、逆引き名が同じ IP アドレスを指していることを求めています。${OWNER.ja}サーバー会社に、逆引き名とその正引きを一致させるよう依頼してください(正引きの名前が自分のドメインの場合は、その ${family === 4 ? "A" : "AAAA"} レコードを ${ip} にしてください)。`,
    en: `The reverse name${names.length > 1 ? "s" : ""} of ${ip} (${names.join(", ")}) do${names.length > 1 ? "" : "es"} not resolve back to ${ip} (${family === 4 ? "A" : "AAAA"} record). Gmail requires the PTR name to point back to the same address. ${OWNER.en} Ask your hosting company to make them match (if the name is in your own domain, set its ${family === 4 ? "A" : "AAAA"} record to ${ip}).`,
  }),
  multiple: (ip: string, names: string[]): LocalizedText => ({
    ja: `IP アドレス ${ip} には逆引き名が ${names.length} 個あります(${names.join("、")})。受信側はどれか 1 つしか見ないことがあるため、1 つにすることをおすすめします。`,
    en: `The IP address ${ip} has ${names.length} reverse names (${names.join(", ")}). Receivers may look at only one; a single PTR record is recommended.`,
  }),
  generic: (ip: string, name: string): LocalizedText => ({
    ja: `IP アドレス ${ip} の逆引き名 ${name} は、プロバイダが自動で付ける一般的な名前のように見えます。受信側によっては、家庭用回線などからの送信とみなして厳しく扱います。メールサーバーらしい名前(例: mail.example.jp)への変更を、IP アドレスの管理者に相談してください。`,
    en: `The reverse name of ${ip}, ${name}, looks like a generic name an ISP assigns automatically. Some receivers treat such senders as home connections and filter them harder. Ask the IP address's owner about a mail-server name (e.g. mail.example.jp).`,
  }),
} as const;
