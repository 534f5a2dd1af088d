import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * Pages are Japanese at their plain path and English under `/en` (`/` and `/en`, `/r/x` and
 * `/en/r/x`). The embed takes its language from `?lang=` because the FAQ page picks it.
 */
export function localeFromPath(pathname: string, search?: URLSearchParams): Locale {
  if (pathname === "/en" || pathname.startsWith("/en/")) return "en";
  const lang = search?.get("lang");
  if ((pathname === "/embed" || pathname.startsWith("/embed/")) && isLocale(lang)) return lang;
  return DEFAULT_LOCALE;
}

/** The same page in the other language (`/r/x` ⇄ `/en/r/x`). */
export function pathForLocale(pathname: string, locale: Locale): string {
  const bare = pathname === "/en" ? "/" : pathname.startsWith("/en/") ? pathname.slice(3) : pathname;
  if (locale === DEFAULT_LOCALE) return bare;
  return bare === "/" ? "/en" : `/en${bare}`;
}

export const LOCALE_HEADER = "x-todoku-locale";
