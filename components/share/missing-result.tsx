import Link from "next/link";
import { DocumentLang } from "@/components/site/document-lang";
import { formatDateTime } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import { shareMessages } from "@/lib/i18n/messages/share";

/** A share link that is unknown, expired, or cannot be read right now: said plainly, with a way on. */
export function MissingResult({ locale, reason, expiredAt }: { locale: Locale; reason: "not_found" | "expired" | "unavailable"; expiredAt?: string }) {
  const t = shareMessages[locale];
  const title = reason === "expired" ? t.missing.expiredTitle : reason === "not_found" ? t.missing.notFoundTitle : t.missing.unavailableTitle;
  const text = reason === "expired" ? t.missing.expired(expiredAt ? formatDateTime(expiredAt, locale) : "") : reason === "not_found" ? t.missing.notFound : t.missing.unavailable;
  return (
    <div className="space-y-4">
      <DocumentLang locale={locale} />
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <p className="text-slate-800">{text}</p>
      <p>
        <Link prefetch={false} href={locale === "ja" ? "/" : "/en"} className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-900">
          {t.page.startOwn}
        </Link>
      </p>
    </div>
  );
}
