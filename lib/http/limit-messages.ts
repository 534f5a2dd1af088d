import type { LocalizedText } from "@/lib/findings/types";

/** Messages of the answers the API guard gives on its own (429, 503, 500), in both languages. */

const englishSeconds = (seconds: number) => (seconds === 1 ? "1 second" : `${seconds} seconds`);

/** 429 `rate_limited`: how long to wait comes from the same number as `Retry-After`. */
export function rateLimitedMessage(seconds: number): LocalizedText {
  return {
    ja: `お使いのネットワークからの確認が短時間に多すぎます。${seconds} 秒ほど待ってから、もう一度お試しください。`,
    en: `Too many checks from your network in a short time. Please try again in ${englishSeconds(seconds)}.`,
  };
}

/** 503 `busy`: every analysis slot stayed taken for the whole queue time. */
export const BUSY_MESSAGE: LocalizedText = {
  ja: "ただいま確認の依頼が集中しています。少し待ってから、もう一度お試しください。",
  en: "The service is busy with other checks right now. Please try again in a moment.",
};

/** 500 `internal` for a throw nobody caught: the request id lets support find the log line. */
export function internalErrorMessage(requestId: string): LocalizedText {
  return {
    ja: `予期しない問題が発生しました。時間をおいてもう一度お試しください（お問い合わせ番号: ${requestId}）。`,
    en: `Something unexpected went wrong. Please try again later (reference: ${requestId}).`,
  };
}
