import type { Locale } from "@/lib/i18n/locales";
import { pathForLocale } from "@/lib/i18n/path-locale";

/**
 * The public address of a shared result: `/r/{id}` (Japanese) or `/en/r/{id}`, on
 * `PUBLIC_BASE_URL` when set (a deployment behind a proxy), else on the request's own origin.
 */
export function reportUrl(id: string, locale: Locale, requestUrl: string, publicBase = process.env.PUBLIC_BASE_URL): string {
  const base = publicBase && /^https?:\/\/[^/]+\/?$/i.test(publicBase) ? publicBase.replace(/\/$/, "") : new URL(requestUrl).origin;
  return `${base}${pathForLocale(`/r/${id}`, locale)}`;
}
