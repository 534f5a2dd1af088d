import type { Locale } from "@/lib/i18n/locales";
import type { LocalizedText } from "@/lib/findings/types";

/** Error codes of the public API. Clients branch on these: never rename one. */
export const API_ERROR_CODES = {
  invalid_input: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  not_a_bounce: 422,
  not_found: 404,
  gone: 410,
  rate_limited: 429,
  busy: 503,
  internal: 500,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_CODES;

export interface ApiErrorBody {
  error: {
    code: ApiErrorCode;
    message: string;
    /** Per-field messages for invalid input, keyed by field path. */
    fields?: Record<string, string>;
  };
}

/** `{ error: { code, message } }` with the status that belongs to the code. */
export function apiError(
  code: ApiErrorCode,
  message: LocalizedText | string,
  locale: Locale,
  init?: { fields?: Record<string, string>; headers?: HeadersInit },
): Response {
  const body: ApiErrorBody = { error: { code, message: typeof message === "string" ? message : message[locale] } };
  if (init?.fields && Object.keys(init.fields).length > 0) body.error.fields = init.fields;
  return Response.json(body, { status: API_ERROR_CODES[code], headers: init?.headers });
}
