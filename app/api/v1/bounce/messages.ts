import type { LocalizedText } from "@/lib/findings/types";

/** Error messages of `POST /api/v1/bounce` that are about the HTTP request itself. */
export const BOUNCE_ROUTE_MESSAGES = {
  unsupportedMediaType: {
    ja: "送信形式に対応していません。Content-Type を application/json（{ \"text\": \"…\" }）、text/plain または message/rfc822 にしてください。",
    en: "Unsupported content type. Send application/json ({ \"text\": \"…\" }), text/plain or message/rfc822.",
  },
  tooLarge: {
    ja: "送信されたデータが大きすぎます（上限 1 MB）。添付ファイルを除いた本文とヘッダーだけを送ってください。",
    en: "The request is too large (1 MB at most). Send the headers and the text without attachments.",
  },
  invalidJson: {
    ja: "JSON として読み取れませんでした。{ \"text\": \"エラーメールの本文\" } の形で送ってください。",
    en: "The body is not valid JSON. Send { \"text\": \"the error mail\" }.",
  },
  invalidInput: {
    ja: "入力内容を確認してください。",
    en: "Please check the input.",
  },
  internal: {
    ja: "エラーメールの解析中に問題が発生しました。時間をおいてもう一度お試しください。",
    en: "Something went wrong while reading the error mail. Please try again later.",
  },
} as const satisfies Record<string, LocalizedText>;
