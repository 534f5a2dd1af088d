import type { z } from "zod";
import { apiError } from "@/lib/http/api-error";
import type { Locale } from "@/lib/i18n/locales";
import { localizeIssues, SCHEMA_MESSAGES } from "@/lib/schemas/messages";

/** 400 `invalid_input` for a failed shared-schema parse: the first problem as the message, every field's in `fields`. */
export function invalidInput(error: z.ZodError, locale: Locale): Response {
  const fields = localizeIssues(error, locale);
  const first = Object.values(fields)[0] ?? SCHEMA_MESSAGES["input.invalid"][locale];
  return apiError("invalid_input", first, locale, { fields });
}
