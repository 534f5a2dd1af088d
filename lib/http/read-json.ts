import type { LocalizedText } from "@/lib/findings/types";
import { apiError } from "@/lib/http/api-error";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import type { Locale } from "@/lib/i18n/locales";

export const JSON_BODY_MESSAGES = {
  unsupportedMediaType: {
    ja: "送信形式に対応していません。Content-Type を application/json にしてください。",
    en: "Unsupported content type. Send application/json.",
  },
  tooLarge: {
    ja: "送信されたデータが大きすぎます（上限 1 MB）。",
    en: "The request is too large (1 MB at most).",
  },
  invalidJson: {
    ja: "送信されたデータを JSON として読み取れませんでした。",
    en: "The body is not valid JSON.",
  },
} as const satisfies Record<string, LocalizedText>;

/** A JSON request body read with a size cap, or the error response to send instead. */
export async function readJsonBody(request: Request, maxBytes: number, locale: Locale): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const mediaType = (request.headers.get("content-type") ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
  if (mediaType !== "application/json" && !mediaType.endsWith("+json")) {
    return { ok: false, response: apiError("unsupported_media_type", JSON_BODY_MESSAGES.unsupportedMediaType, locale) };
  }
  const body = await readLimitedBody(request, maxBytes);
  if (!body.ok) return { ok: false, response: apiError("payload_too_large", JSON_BODY_MESSAGES.tooLarge, locale) };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(body.bytes)) };
  } catch {
    return { ok: false, response: apiError("invalid_input", JSON_BODY_MESSAGES.invalidJson, locale) };
  }
}
