import type { LocalizedText } from "@/lib/findings/types";

/** Why a text was not read as a bounce. The ids are part of the API (`422 not_a_bounce`). */
export const NOT_A_BOUNCE_REASONS = {
  empty: {
    ja: "テキストが空です。届かなかったときに返ってきたエラーメールを、そのまま貼り付けてください。",
    en: "The text is empty. Paste the error mail you received when your mail could not be delivered.",
  },
  delivery_success: {
    ja: "これは「配信できました」という通知で、エラーメールではありません。届かなかったときに返ってきたエラーメールを貼り付けてください。",
    en: "This is a notice that the mail was delivered, not an error mail. Paste the error mail you received when your mail could not be delivered.",
  },
  no_failure_found: {
    ja: "このテキストには、メールが届かなかったことを示す内容（「550 5.7.26」のようなサーバーからの返答や、配信できなかった宛先）が見つかりませんでした。エラーメールを本文ごと、できればヘッダーも含めて貼り付けてください。",
    en: "We found nothing in this text that shows a mail could not be delivered (a server reply such as \"550 5.7.26\", or an address delivery failed for). Paste the whole error mail, ideally with its headers.",
  },
} as const satisfies Record<string, LocalizedText>;

export type NotABounceReason = keyof typeof NOT_A_BOUNCE_REASONS;

const MARKER =
  /mailer-daemon|\bpostmaster\b|delivery status notification|undeliver|returned mail|failure notice|mail delivery (?:failed|failure|subsystem|system)|delivery failure|(?:could not|couldn't|cannot|can't|wasn't|was not|not) be(?:en)? delivered|wasn't delivered|delivery to the following recipient|delivery has failed|technical details of (?:permanent|temporary) failure|permanent (?:fatal )?error|\bgsmtp\b|did not like our|remote host said|while talking to|rejected your message|配信でき|送信でき|届けられ|届きません|届かな|エラーメール|エラー通知|宛先不明|送信に失敗|配信に失敗|配信エラー|送信エラー|mail system error/i;

/** Wording that only failure notices use: the notice frame, not the server's reply. */
export function hasBounceMarker(text: string): boolean {
  return MARKER.test(text.slice(0, 65_536));
}
