import type { DkimKeyProblem } from "@/lib/checks/dkim-key";
import type { LocalizedText } from "@/lib/findings/types";

/** Customer-facing text of each DKIM finding, Japanese first. `name` is `<selector>._domainkey.<domain>`. */
export const dkimMessages = {
  noSelector: (domain: string): LocalizedText => ({
    ja: `${domain} の DKIM は、「セレクタ」が分からないため確認できませんでした。セレクタは、送ったメールのヘッダーにある「DKIM-Signature:」の「s=」の値です(例: s=default)。Gmail では「メッセージのソースを表示」で確認できます。DKIM-Signature がない場合は、メールに DKIM 署名が付いていないため、送信サーバーで DKIM を有効にしてください。`,
    en: `DKIM for ${domain} could not be checked because the selector is unknown. The selector is the "s=" value of the "DKIM-Signature:" header of a mail you sent (e.g. s=default); Gmail shows it under "Show original". If there is no DKIM-Signature header, your mail is not signed: turn DKIM on at the sending server.`,
  }),
  none: (name: string, cnameTarget: string | null, source: string): LocalizedText => {
    const signed = source === "signature";
    if (cnameTarget) {
      return {
        ja: `${name} は CNAME で ${cnameTarget} を指していますが、その先に DKIM の公開鍵がありません。${signed ? "このセレクタで署名されたメールは DKIM 認証に合格しません。" : ""}送信サービス側で DKIM を有効にしたか、CNAME の値に誤りがないかを確認してください。`,
        en: `${name} is a CNAME to ${cnameTarget}, which holds no DKIM public key. ${signed ? "Mail signed with this selector fails DKIM. " : ""}Check that DKIM is turned on at the sending service and that the CNAME value is right.`,
      };
    }
    return {
      ja: `${name} に DKIM の公開鍵(TXT レコード)がありません。${signed ? "このセレクタで署名されたメールは DKIM 認証に合格しません。送信サービスが案内する公開鍵を DNS に追加してください。" : "このセレクタを使っていない場合は問題ありません。DKIM を使う場合は、送信サーバーで DKIM を有効にし、案内された公開鍵を DNS に追加してください。"}`,
      en: `There is no DKIM public key (TXT record) at ${name}. ${signed ? "Mail signed with this selector fails DKIM. Add the public key your sending service gives you." : "That is fine if you do not use this selector. To use DKIM, turn it on at the sending server and add the public key it gives you."}`,
    };
  },
  revoked: (name: string): LocalizedText => ({
    ja: `${name} の DKIM 公開鍵は「p=」が空で、無効化(失効)されています。このセレクタで署名されたメールは DKIM 認証に合格しません。送信サーバーが今使っているセレクタと公開鍵を確認し、DNS を更新してください。`,
    en: `The DKIM key at ${name} has an empty "p=": it has been revoked. Mail signed with this selector fails DKIM. Check which selector and key the sending server uses now and update DNS.`,
  }),
  tooShort: (name: string, bits: number): LocalizedText => ({
    ja: `${name} の DKIM 鍵は ${bits} ビットで短すぎます。Gmail は 1024 ビット未満の鍵による署名を認めません。2048 ビットの鍵を作り直し、DNS の公開鍵も差し替えてください。`,
    en: `The DKIM key at ${name} is ${bits} bits, too short: Gmail does not accept signatures with keys under 1024 bits. Create a new 2048-bit key and replace the public key in DNS.`,
  }),
  weak: (name: string, bits: number): LocalizedText => ({
    ja: `${name} の DKIM 鍵は ${bits} ビットです。Gmail の最低条件(1024 ビット)は満たしていますが、2048 ビットが推奨されています。次に鍵を更新するときは 2048 ビットにしてください。`,
    en: `The DKIM key at ${name} is ${bits} bits. That meets Gmail's minimum (1024 bits), but 2048 bits is recommended; use 2048 bits at the next key change.`,
  }),
  unreadable: (name: string, problem: DkimKeyProblem, keyType: string, actualType?: string): LocalizedText => {
    const detail: Record<DkimKeyProblem, LocalizedText> = {
      base64: {
        ja: "「p=」の値に使えない文字が含まれているか、途中で切れています。",
        en: `the "p=" value holds characters that cannot appear there, or it was cut off.`,
      },
      not_a_key: {
        ja: `「p=」の値を ${keyType} の公開鍵として読み取れません。コピーの際に一部が欠けていないか確認してください。`,
        en: `the "p=" value cannot be read as an ${keyType} public key. Check that nothing was lost when it was copied.`,
      },
      type_mismatch: {
        ja: `「p=」は ${actualType ?? "別の種類"} の鍵ですが、「k=」の指定は ${keyType} です。`,
        en: `"p=" holds an ${actualType ?? "other"} key, but "k=" says ${keyType}.`,
      },
      ed25519_length: {
        ja: "Ed25519 の公開鍵は 32 バイトの鍵そのものを書く決まりですが、別の形式(SubjectPublicKeyInfo)で書かれています。",
        en: "an Ed25519 public key must be the bare 32-byte key, but it is wrapped in SubjectPublicKeyInfo.",
      },
    };
    return {
      ja: `${name} の DKIM 公開鍵を読み取れません。${detail[problem].ja}このままでは DKIM 認証に合格しません。送信サービスが案内する値をもう一度そのまま設定してください。`,
      en: `The DKIM public key at ${name} cannot be read: ${detail[problem].en} DKIM cannot pass like this. Set the exact value your sending service gives you again.`,
    };
  },
  ed25519: (name: string): LocalizedText => ({
    ja: `${name} は Ed25519 の DKIM 鍵です。正しい形式ですが、Ed25519 の署名を検証しない受信サーバーもあるため、RSA(2048 ビット)の鍵による署名も併用することをおすすめします。`,
    en: `${name} is an Ed25519 DKIM key. It is valid, but not every receiver verifies Ed25519 signatures, so also sign with an RSA (2048-bit) key.`,
  }),
  testing: (name: string): LocalizedText => ({
    ja: `${name} の DKIM 鍵に「t=y」(テスト中)が付いています。受信側によっては、署名を正式なものとして扱いません。動作を確認できたら「t=y」を削除してください。`,
    en: `The DKIM key at ${name} has "t=y" (testing). Some receivers do not treat the signatures as final. Remove "t=y" once DKIM works.`,
  }),
  syntax: (name: string, detail: LocalizedText): LocalizedText => ({
    ja: `${name} の DKIM 公開鍵レコードに誤りがあります。${detail.ja}`,
    en: `The DKIM key record at ${name} has an error. ${detail.en}`,
  }),
  badSelector: (selector: string): LocalizedText => ({
    ja: `「${selector}」はセレクタとして正しい形式ではありません。DKIM-Signature ヘッダーの「s=」の値をそのまま入力してください。`,
    en: `"${selector}" is not a valid selector. Enter the "s=" value of the DKIM-Signature header as it is.`,
  }),
  multipleRecords: (name: string, count: number): LocalizedText => ({
    ja: `${name} に TXT レコードが ${count} 個あります。受信側はどれか 1 つを使うため、DKIM 認証が失敗することがあります。公開鍵のレコード 1 つだけを残してください。`,
    en: `${name} has ${count} TXT records. Receivers use any one of them, so DKIM can fail. Keep only the one public-key record.`,
  }),
} as const;
