import { headers } from "next/headers";
import { HeightReporter } from "@/components/embed/height-reporter";
import { isLocale } from "@/lib/i18n/locales";
import { embedMessages } from "@/lib/i18n/messages/embed";
import { LOCALE_HEADER } from "@/lib/i18n/path-locale";

/**
 * The embedded wizard's frame (a FAQ page's iframe, via public/embed.js): no site header or footer,
 * no background of its own, and only as tall as its content, which it reports to the parent.
 */
export default async function EmbedLayout({ children }: { children: React.ReactNode }) {
  const header = (await headers()).get(LOCALE_HEADER);
  const t = embedMessages[isLocale(header) ? header : "ja"];
  // Named: the FAQ page around the iframe almost always has a <main> of its own, and assistive
  // technology lists both; the name tells them apart.
  return (
    <main aria-label={t.title} className="flow-root px-3 py-4 sm:px-4">
      <HeightReporter />
      {children}
    </main>
  );
}
