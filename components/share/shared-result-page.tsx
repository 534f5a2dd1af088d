import { MissingResult } from "@/components/share/missing-result";
import { SharedResult } from "@/components/share/shared-result";
import type { Locale } from "@/lib/i18n/locales";
import type { SharedResultLookup } from "@/lib/share/load-shared-result";

/** The `/r/{id}` page's content for each outcome of the lookup. */
export function SharedResultPage({ lookup, locale }: { lookup: SharedResultLookup; locale: Locale }) {
  if (lookup.status === "ok") return <SharedResult snapshot={lookup.snapshot} locale={locale} />;
  return <MissingResult locale={locale} reason={lookup.status} expiredAt={lookup.status === "expired" ? lookup.expiredAt : undefined} />;
}
