import type { DnsProvider } from "@/lib/fix/dns-provider-types";
import type { FixRecord, FixWarning } from "@/lib/fix/types";

/**
 * What the customer must know to type one record's value into one provider's panel: whether to
 * keep the double quotes, how a value over 255 bytes is entered (RFC 1035 §3.3.14), and the
 * record-set rule of Route 53 / Cloud DNS.
 */
export function recordNotes(record: FixRecord, provider: DnsProvider, hasOtherValues: boolean): FixWarning[] {
  if (record.type !== "TXT") return [];
  const notes: FixWarning[] = [];
  const split = record.strings.length > 1;
  const { quoting, longValues, oneRecordSetPerName } = provider.txt;

  if (quoting === "customer") {
    notes.push({
      id: "record.keep_quotes",
      severity: "info",
      message: {
        ja: "値は前後のダブルクォート（\"）も含めて、そのまま貼り付けてください。",
        en: "Paste the value as shown, including the double quotes (\").",
      },
    });
  } else if (quoting === "panel") {
    notes.push({
      id: "record.no_quotes",
      severity: "info",
      message: {
        ja: "この画面ではダブルクォート（\"）は不要です。表示どおりに貼り付けてください。",
        en: "This panel needs no double quotes: paste the value as shown.",
      },
    });
  } else {
    notes.push({
      id: "record.quotes_unknown",
      severity: "info",
      message: {
        ja: "管理画面で既存の TXT レコードがダブルクォート（\"）で囲まれて表示されている場合は、同じように前後にダブルクォートを付けて入力してください。",
        en: "If your panel shows existing TXT values in double quotes (\"), type the quotes around this value too.",
      },
    });
  }

  if (split) {
    const count = record.strings.length;
    if (longValues === "customer" || quoting === "customer") {
      notes.push({
        id: "record.split_strings",
        severity: "info",
        message: {
          ja: `値が 255 バイトを超えるため、${count} 個の文字列に分けてあります。分けたまま 1 行で貼り付けてください（受信側でつなげて読まれます）。`,
          en: `The value is over 255 bytes, so it is split into ${count} quoted strings. Paste them on one line as shown; receivers join them.`,
        },
      });
    } else if (longValues === "panel") {
      notes.push({
        id: "record.split_by_panel",
        severity: "info",
        message: {
          ja: "値が 255 バイトを超えていますが、この画面では自動で分割されるため、そのまま貼り付けて構いません。",
          en: "The value is over 255 bytes; this panel splits it by itself, so paste it whole.",
        },
      });
    } else {
      notes.push({
        id: "record.split_unknown",
        severity: "warning",
        message: {
          ja: `値が 255 バイトを超えています。入力できない場合は、255 バイト以下の ${count} 個の文字列に分け、それぞれをダブルクォートで囲んで空白で区切って入力してください（「"…" "…"」の形）。`,
          en: `The value is over 255 bytes. If the panel refuses it, enter it as ${count} strings of at most 255 bytes, each in double quotes, separated by a space ("…" "…").`,
        },
      });
    }
  }

  if (oneRecordSetPerName) {
    notes.push({
      id: "record.record_set",
      severity: "warning",
      message: hasOtherValues
        ? {
            ja: "この名前の TXT レコードは 1 つのレコードセットにまとめる必要があるため、残す TXT の値も 1 行に 1 つずつ含めてあります。既存のレコードセットを編集して、値を丸ごと置き換えてください。",
            en: "This name's TXT values must share one record set, so the values that stay are included, one per line. Edit the existing record set and replace its whole value.",
          }
        : {
            ja: "この名前にすでに TXT レコードがある場合は、新しく作らずにそのレコードセットを編集し、既存の値の行を残したまま（同じ種類の古い値、たとえば古い「v=spf1」の行は、この値で置き換えます）、この値を 1 行追加してください。",
            en: "If the name already has a TXT record set, edit it instead of creating another: keep its existing lines (an old value of the same kind, such as an old \"v=spf1\" line, is replaced by this one) and add this value as a new line.",
          },
    });
  }
  return notes;
}
