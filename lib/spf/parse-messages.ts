import type { LocalizedText } from "@/lib/findings/types";
import type { SpfSyntaxCode } from "@/lib/spf/types";

/** Customer-facing wording of each syntax error; `part` is the offending text. */
export function syntaxMessage(code: SpfSyntaxCode, part: string): LocalizedText {
  const q = JSON.stringify(part);
  switch (code) {
    case "not_spf":
      return {
        ja: "レコードが「v=spf1」で始まっていないため、SPF レコードとして扱われません。",
        en: 'The record does not start with "v=spf1", so it is not an SPF record.',
      };
    case "invalid_character":
      return {
        ja: `${q} に使えない文字(全角文字・改行・タブなど)が含まれています。SPF レコードには半角英数字と記号、区切りの半角スペースだけが使えます。`,
        en: `${q} contains a character SPF does not allow (non-ASCII, line break, tab...). Only printable ASCII separated by single spaces is allowed.`,
      };
    case "unknown_mechanism":
      return {
        ja: `${q} は SPF の仕組みとして定義されていない書き方です。綴りの誤りや「:」「=」の打ち間違いがないか確認してください。`,
        en: `${q} is not a mechanism SPF defines. Check the spelling and whether ":" or "=" is mistyped.`,
      };
    case "invalid_modifier_name":
      return {
        ja: `${q} の「=」の前の名前が正しくありません。名前は英字で始める必要があります。`,
        en: `The name before "=" in ${q} is invalid: a modifier name must start with a letter.`,
      };
    case "missing_argument":
      return {
        ja: `${q} にはドメイン名や IP アドレスの指定が必要ですが、空になっています。`,
        en: `${q} needs a domain name or an address after it, but none is given.`,
      };
    case "unexpected_argument":
      return {
        ja: `${q} には付けられない指定(「:」や「/」以降)が付いています。`,
        en: `${q} carries an argument (after ":" or "/") that this mechanism does not take.`,
      };
    case "invalid_domain_spec":
      return {
        ja: `${q} のドメイン名の書き方が正しくありません。末尾は「.com」のような正しいトップレベルドメインである必要があります。`,
        en: `The domain in ${q} is not valid: it must end with a proper top-level label such as ".com".`,
      };
    case "invalid_macro":
      return {
        ja: `${q} の「%」の使い方が正しくありません。「%」は %{d} のようなマクロか、%% %_ %- としてしか使えません。`,
        en: `"%" is misused in ${q}: it must start a macro such as %{d}, or be one of %% %_ %-.`,
      };
    case "exp_only_macro":
      return {
        ja: `${q} のマクロ %{c} %{r} %{t} は説明文(exp)の中でしか使えません。`,
        en: `The macros %{c}, %{r} and %{t} in ${q} are only allowed in explanation text.`,
      };
    case "invalid_cidr":
      return {
        ja: `${q} のネットワークの長さ(「/」の後の数字)が正しくありません。IPv4 は 0〜32、IPv6 は 0〜128 で、先頭に 0 は付けられません。`,
        en: `The prefix length after "/" in ${q} is invalid: 0–32 for IPv4, 0–128 for IPv6, without leading zeros.`,
      };
    case "invalid_ip4":
      return {
        ja: `${q} の IPv4 アドレスの書き方が正しくありません(例: ip4:192.0.2.0/24)。`,
        en: `The IPv4 address in ${q} is invalid (example: ip4:192.0.2.0/24).`,
      };
    case "invalid_ip6":
      return {
        ja: `${q} の IPv6 アドレスの書き方が正しくありません(例: ip6:2001:db8::/32)。`,
        en: `The IPv6 address in ${q} is invalid (example: ip6:2001:db8::/32).`,
      };
    case "duplicate_modifier":
      return {
        ja: `${q} が 2 回以上書かれています。redirect= と exp= はそれぞれ 1 回までです。`,
        en: `${q} appears more than once; redirect= and exp= may each appear only once.`,
      };
  }
}
