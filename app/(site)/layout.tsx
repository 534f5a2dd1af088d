import Link from "next/link";
import { headers } from "next/headers";
import { Suspense } from "react";
import { LanguageSwitch } from "@/components/site/language-switch";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { wizardMessages } from "@/lib/i18n/messages/wizard";
import { LOCALE_HEADER } from "@/lib/i18n/path-locale";

// The site's chrome: header with the language switch, footer. Embedded views have none of it.
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const header = (await headers()).get(LOCALE_HEADER);
  const locale: Locale = isLocale(header) ? header : "ja";
  const t = wizardMessages[locale].site;
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:outline-3 focus:outline-blue-700">
        {t.skipToContent}
      </a>
      <header className="border-b border-slate-200">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3">
          <Link prefetch={false} href={locale === "ja" ? "/" : "/en"} className="text-lg font-bold tracking-tight text-slate-900">
            {t.name} <span className="text-sm font-normal text-slate-700">{locale === "ja" ? "届く" : t.tagline}</span>
          </Link>
          <Suspense>
            <LanguageSwitch locale={locale} />
          </Suspense>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 sm:py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 px-4 py-4 text-center text-sm text-slate-700">{t.footer}</footer>
    </div>
  );
}
