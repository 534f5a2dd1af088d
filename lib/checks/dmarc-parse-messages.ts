import type { LocalizedText } from "@/lib/findings/types";

const q = (s: string) => `「${s}」`;

/** The detail sentence of each DMARC parse issue; the finding wraps it with the record's domain. */
export const dmarcParseMessages = {
  notATag: (segment: string): LocalizedText => ({
    ja: `${q(segment)}は「タグ=値」の形になっていません。`,
    en: `"${segment}" is not in the form tag=value.`,
  }),
  versionNotFirst: (): LocalizedText => ({
    ja: "「v=DMARC1」はレコードの先頭に置く必要があります。",
    en: `"v=DMARC1" must come first in the record.`,
  }),
  versionMissing: (quoted: boolean): LocalizedText =>
    quoted
      ? {
          ja: "レコードが引用符(\")で始まっているため、「v=DMARC1」で始まるレコードとして認識されません。DNS の管理画面が自動で引用符を付ける場合は、引用符を外して入力してください。",
          en: `The record starts with a quotation mark, so it does not start with "v=DMARC1". If your DNS panel adds the quotes itself, enter the record without them.`,
        }
      : {
          ja: "レコードが「v=DMARC1」で始まっていないため、受信側はこのレコードを無視します。",
          en: `The record does not start with "v=DMARC1", so receivers ignore it.`,
        },
  missingSemicolon: (): LocalizedText => ({
    ja: "「v=DMARC1」の後ろに区切りの「;」(セミコロン)がありません。各タグは「; 」で区切ってください(例: v=DMARC1; p=none)。",
    en: `There is no ";" after "v=DMARC1". Separate the tags with "; " (e.g. v=DMARC1; p=none).`,
  }),
  versionCase: (value: string): LocalizedText => ({
    ja: `バージョンが${q(value)}になっています。正しくは大文字の「DMARC1」です。受信側によってはレコードを無視します。`,
    en: `The version is written "${value}"; it must be "DMARC1" in capitals. Some receivers ignore the record otherwise.`,
  }),
  duplicate: (name: string): LocalizedText => ({
    ja: `「${name}=」が 2 回以上書かれています。同じタグが重複するとレコード全体が無効と扱われることがあります。1 つにまとめてください。`,
    en: `"${name}=" appears more than once. A duplicated tag can make receivers treat the whole record as invalid. Keep only one.`,
  }),
  unknownTag: (segment: string): LocalizedText => ({
    ja: `${q(segment)}は DMARC で定められていないタグのため、受信側では無視されます。綴りの誤りでなければ、そのままでも問題ありません。`,
    en: `"${segment}" is not a DMARC tag, so receivers ignore it. Unless it is a misspelling, it does no harm.`,
  }),
  policyMissing: (): LocalizedText => ({
    ja: "ポリシーを指定する「p=」タグがありません。「p=none」などを追加してください。",
    en: `There is no "p=" tag giving the policy. Add one, such as "p=none".`,
  }),
  policyInvalid: (tag: "p" | "sp", value: string): LocalizedText => ({
    ja: `「${tag}=${value}」は正しい値ではありません。「none」「quarantine」「reject」のいずれかを指定してください。`,
    en: `"${tag}=${value}" is not a valid value. Use "none", "quarantine" or "reject".`,
  }),
  pctInvalid: (value: string): LocalizedText => ({
    ja: `「pct=${value}」は正しい値ではありません。0 から 100 までの整数を指定してください(省略すると 100)。`,
    en: `"pct=${value}" is not valid. Use a whole number from 0 to 100 (100 when left out).`,
  }),
  alignmentInvalid: (tag: "adkim" | "aspf", value: string): LocalizedText => ({
    ja: `「${tag}=${value}」は正しい値ではありません。「r」(緩和)か「s」(厳格)を指定してください。`,
    en: `"${tag}=${value}" is not valid. Use "r" (relaxed) or "s" (strict).`,
  }),
  listInvalid: (tag: "fo" | "rf", value: string): LocalizedText => ({
    ja: `「${tag}=${value}」の書き方が正しくありません。${tag === "fo" ? "「0」「1」「d」「s」を「:」で区切って指定してください。" : "通常は省略するか「afrf」を指定します。"}`,
    en: `"${tag}=${value}" is malformed. ${tag === "fo" ? `Use "0", "1", "d" or "s", separated by ":".` : `Leave it out or use "afrf".`}`,
  }),
  intervalInvalid: (value: string): LocalizedText => ({
    ja: `「ri=${value}」は正しい値ではありません。秒数を整数で指定してください(通常は省略します)。`,
    en: `"ri=${value}" is not valid. It must be a whole number of seconds (usually left out).`,
  }),
  emptyUriList: (tag: string): LocalizedText => ({
    ja: `「${tag}=」に送信先のアドレスが書かれていません。「${tag}=mailto:dmarc@example.jp」の形で指定するか、タグごと削除してください。`,
    en: `"${tag}=" has no destination. Write it as "${tag}=mailto:dmarc@example.jp" or remove the tag.`,
  }),
  badUri: (tag: string, uri: string, kind: "scheme" | "no_mailto" | "bad"): LocalizedText => {
    if (kind === "no_mailto") {
      return {
        ja: `「${tag}=」の${q(uri)}の前に「mailto:」がありません。「mailto:${uri}」のように書かないと、レポートは届きません。`,
        en: `"${uri}" in "${tag}=" lacks the "mailto:" prefix. Reports only arrive when it is written "mailto:${uri}".`,
      };
    }
    if (kind === "scheme") {
      return {
        ja: `「${tag}=」の${q(uri)}は mailto: 以外の形式のため、ほとんどの受信側はレポートを送りません。「mailto:」のメールアドレスを指定してください。`,
        en: `"${uri}" in "${tag}=" is not a mailto: URI; almost no receiver sends reports to it. Use a "mailto:" address.`,
      };
    }
    return {
      ja: `「${tag}=」の${q(uri)}はレポートの送信先として正しい形式ではありません(例: mailto:dmarc@example.jp)。`,
      en: `"${uri}" in "${tag}=" is not a usable report destination (e.g. mailto:dmarc@example.jp).`,
    };
  },
} as const;
