import { z } from "zod";
import { MAX_INPUT_BYTES } from "@/lib/bounce/limits";
import type { LocalizedText } from "@/lib/findings/types";

/**
 * The "paste your error mail" input, shared by the form (react-hook-form + zodResolver) and
 * `POST /api/v1/bounce`. Issue messages are keys of BOUNCE_INPUT_MESSAGES so that each side
 * shows them in the customer's language.
 */

export const BOUNCE_TEXT_MAX_BYTES = MAX_INPUT_BYTES;

export const BOUNCE_INPUT_MESSAGES = {
  "bounce.text.required": {
    ja: "エラーメールの本文を入力してください。",
    en: "Please provide the text of the error mail.",
  },
  "bounce.text.empty": {
    ja: "テキストが空です。届かなかったときに返ってきたエラーメールを貼り付けてください。",
    en: "The text is empty. Paste the error mail you received when your mail could not be delivered.",
  },
  "bounce.text.too_large": {
    ja: "テキストが大きすぎます（上限 1 MB）。添付ファイルを除いた本文とヘッダーだけを貼り付けてください。",
    en: "The text is too large (1 MB at most). Paste the headers and the text without attachments.",
  },
} as const satisfies Record<string, LocalizedText>;

export type BounceInputMessageKey = keyof typeof BOUNCE_INPUT_MESSAGES;

export function isBounceInputMessageKey(value: string): value is BounceInputMessageKey {
  return Object.prototype.hasOwnProperty.call(BOUNCE_INPUT_MESSAGES, value);
}

/** UTF-8 length without allocating an encoded copy (runs in the browser as well). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export const bounceInputSchema = z.object({
  text: z
    .string({ error: "bounce.text.required" satisfies BounceInputMessageKey })
    .refine((text) => text.trim().length > 0, { error: "bounce.text.empty" satisfies BounceInputMessageKey })
    .refine((text) => utf8ByteLength(text) <= BOUNCE_TEXT_MAX_BYTES, { error: "bounce.text.too_large" satisfies BounceInputMessageKey }),
});

export type BounceInput = z.infer<typeof bounceInputSchema>;
