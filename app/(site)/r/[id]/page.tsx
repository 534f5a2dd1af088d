import type { Metadata } from "next";
import { SharedResultPage } from "@/components/share/shared-result-page";
import { loadSharedResult } from "@/lib/share/load-shared-result";

// Shared results are private to whoever holds the link: never indexed.
export const metadata: Metadata = { title: "todoku — 共有された診断結果", robots: { index: false, follow: false } };

export default async function SharedResultJa({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SharedResultPage lookup={await loadSharedResult(id)} locale="ja" />;
}
