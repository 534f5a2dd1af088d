import type { Metadata } from "next";
import { SharedResultPage } from "@/components/share/shared-result-page";
import { loadSharedResult } from "@/lib/share/load-shared-result";

// Shared results are private to whoever holds the link: never indexed.
export const metadata: Metadata = { title: "todoku — shared diagnosis", robots: { index: false, follow: false } };

export default async function SharedResultEn({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SharedResultPage lookup={await loadSharedResult(id)} locale="en" />;
}
