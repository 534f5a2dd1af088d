"use client";

import { useEffect } from "react";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Sets `lang` on the document's root element only when it differs. Writing the same value is not
 * free: chromium then resolves every element's style and locale-dependent fonts again, which took
 * the shared result page a task of about 100 ms (unthrottled, measured in a Lighthouse trace) right
 * after hydration, on every load.
 */
export function syncDocumentLang(root: { lang: string }, locale: Locale): boolean {
  if (root.lang === locale) return false;
  root.lang = locale;
  return true;
}

/**
 * Keeps <html lang> right after a client-side language switch: the root layout is rendered once
 * per full page load, so a soft navigation from / to /en would otherwise leave lang="ja".
 */
export function DocumentLang({ locale }: { locale: Locale }) {
  useEffect(() => {
    syncDocumentLang(document.documentElement, locale);
  }, [locale]);
  return null;
}
