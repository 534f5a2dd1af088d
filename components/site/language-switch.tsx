"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import { pathForLocale } from "@/lib/i18n/path-locale";

/** Same page and answers, other language. */
export function LanguageSwitch({ locale }: { locale: Locale }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const other: Locale = locale === "ja" ? "en" : "ja";
  const query = params.toString();
  const t = wizardMessages[locale].site;
  return (
    <Link
      prefetch={false}
      href={`${pathForLocale(pathname, other)}${query ? `?${query}` : ""}`}
      hrefLang={other}
      lang={other}
      aria-label={t.languageSwitchLabel}
      className="rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-3 focus-visible:outline-blue-700"
    >
      {t.languageSwitch}
    </Link>
  );
}
