import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "todoku — Gmail に届かないメールの診断",
  description: "Gmail へのメールがエラーで戻るときに、DNS の設定を確認して直し方を案内します。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Bare root layout: the site chrome lives in app/(site)/layout.tsx so iframe views stay chrome-free.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ja">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
