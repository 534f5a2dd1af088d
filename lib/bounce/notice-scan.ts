import { emptyScan, type NoticeScan } from "@/lib/bounce/candidates";
import { scanGenericReplies } from "@/lib/bounce/generic-replies";
import { scanProviderNotices } from "@/lib/bounce/google-notices";
import { scanJapaneseNotices } from "@/lib/bounce/jp-notices";
import { toLines } from "@/lib/bounce/text-lines";
import { scanTranscripts } from "@/lib/bounce/transcripts";

/**
 * Runs every notice scanner over the human-readable parts. Reply-shaped lines without a known
 * frame are looked for only when nothing else quoted a reply and the caller has no report
 * Diagnostic-Code either, so that folded continuation lines are never read as replies of their own.
 */
export function scanNotices(notices: readonly string[], hasDiagnostic: boolean): NoticeScan {
  const scan = emptyScan();
  const lineSets = notices.map((notice) => toLines(notice));
  for (const lines of lineSets) {
    scanTranscripts(lines, scan);
    scanProviderNotices(lines, scan);
    scanJapaneseNotices(lines, scan);
  }
  if (scan.candidates.length === 0 && !hasDiagnostic) {
    for (const lines of lineSets) scanGenericReplies(lines, scan);
  }
  scan.recipients = [...new Set(scan.recipients)];
  return scan;
}
