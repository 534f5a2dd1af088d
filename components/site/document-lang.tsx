"use client";

import { useEffect } from "react";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Keeps <html lang> right after a client-side language switch: the root layout is rendered once
 * per full page load, so a soft navigation from / to /en would otherwise leave lang="ja".
 */
export function DocumentLang({ locale }: { locale: Locale }) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
