import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { isLocale } from "@/lib/i18n/locales";
import { LOCALE_HEADER } from "@/lib/i18n/path-locale";
import "./globals.css";

export const metadata: Metadata = {
  title: "todoku — Gmail に届かないメールの診断",
  description: "Gmail へのメールがエラーで戻るときに、DNS の設定を確認して直し方を案内します。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Bare root layout: the site chrome lives in app/(site)/layout.tsx so iframe views stay chrome-free.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = (await headers()).get(LOCALE_HEADER);
  return (
    <html lang={isLocale(locale) ? locale : "ja"}>
      <body className="font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
