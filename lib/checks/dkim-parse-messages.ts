import type { LocalizedText } from "@/lib/findings/types";

const q = (s: string) => `「${s}」`;

/** The detail sentence of each DKIM key-record issue; the finding wraps it with the key's name. */
export const dkimParseMessages = {
  notATag: (segment: string): LocalizedText => ({
    ja: `${q(segment)}は「タグ=値」の形になっていません。`,
    en: `"${segment}" is not in the form tag=value.`,
  }),
  badCharacter: (name: string): LocalizedText => ({
    ja: `「${name}=」の値に使えない文字(全角文字など)が含まれています。`,
    en: `The value of "${name}=" holds characters a key record cannot contain (such as full-width characters).`,
  }),
  duplicate: (name: string): LocalizedText => ({
    ja: `「${name}=」が 2 回以上書かれています。同じタグが重複すると、レコード全体が無効になります。`,
    en: `"${name}=" appears more than once, which makes the whole record invalid.`,
  }),
  versionNotFirst: (): LocalizedText => ({
    ja: "「v=DKIM1」を書く場合は、レコードの先頭に置く必要があります。",
    en: `When "v=DKIM1" is present, it must come first in the record.`,
  }),
  versionInvalid: (value: string): LocalizedText => ({
    ja: `バージョンが「v=${value}」になっています。正しくは「v=DKIM1」です。この状態では受信側がレコードを無視します。`,
    en: `The version is "v=${value}"; it must be "v=DKIM1". Receivers ignore the record otherwise.`,
  }),
  keyTypeUnknown: (value: string): LocalizedText => ({
    ja: `鍵の種類「k=${value}」は受信側が扱えません。「rsa」か「ed25519」を指定してください。`,
    en: `The key type "k=${value}" is not one receivers support. Use "rsa" or "ed25519".`,
  }),
  keyMissing: (): LocalizedText => ({
    ja: "公開鍵を書く「p=」タグがありません。DKIM の公開鍵レコードではない可能性があります。送信サービスが案内する値をそのまま設定してください。",
    en: `There is no "p=" tag with the public key; this may not be a DKIM key record at all. Set the exact value your sending service gives you.`,
  }),
  sha1Only: (): LocalizedText => ({
    ja: "「h=sha1」により、この鍵は古い SHA-1 方式の署名にしか使えません。受信側は SHA-1 の署名を認めないため、DKIM 認証に合格しません。h= タグを削除するか「h=sha256」にしてください。",
    en: `"h=sha1" limits this key to SHA-1 signatures, which receivers no longer accept, so DKIM cannot pass. Remove the h= tag or set "h=sha256".`,
  }),
  hashUnknown: (value: string): LocalizedText => ({
    ja: `「h=${value}」には受信側が使える方式(sha256)が含まれていません。h= タグを削除するか「h=sha256」にしてください。`,
    en: `"h=${value}" names no algorithm receivers use (sha256). Remove the h= tag or set "h=sha256".`,
  }),
  notForEmail: (value: string): LocalizedText => ({
    ja: `「s=${value}」により、この鍵はメールには使えない設定になっています。s= タグを削除してください。`,
    en: `"s=${value}" says this key is not for e-mail. Remove the s= tag.`,
  }),
} as const;
