import type { Metadata } from "next";
import { WizardScreen } from "@/components/wizard/wizard-screen";
import { getHostingProfile } from "@/lib/fix/hosting-profile";
import { profileHint } from "@/lib/fix/profile-hint";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { embedMessages } from "@/lib/i18n/messages/embed";

interface EmbedPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The FAQ page picks the language (`?lang=ja|en`, from the loader's data-lang), not the path.
async function localeOf(searchParams: EmbedPageProps["searchParams"]): Promise<Locale> {
  const lang = (await searchParams).lang;
  return isLocale(lang) ? lang : "ja";
}

export async function generateMetadata({ searchParams }: EmbedPageProps): Promise<Metadata> {
  const locale = await localeOf(searchParams);
  // Not for search engines: the full site is the page to find.
  return { title: embedMessages[locale].pageTitle, robots: { index: false } };
}

export default async function EmbedPage({ searchParams }: EmbedPageProps) {
  return <WizardScreen locale={await localeOf(searchParams)} profile={profileHint(getHostingProfile())} embedded />;
}
