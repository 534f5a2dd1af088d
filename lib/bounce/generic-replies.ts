import { candidate, type NoticeScan } from "@/lib/bounce/candidates";
import { groupReplyLines } from "@/lib/bounce/smtp-reply";

/**
 * Reply-shaped lines (`550-5.7.26 …`, `<<< 421 …`) outside any known notice frame: what a customer
 * has when they copied only the diagnostic lines. Used only when nothing more specific matched.
 */
export function scanGenericReplies(lines: readonly string[], scan: NoticeScan): void {
  for (const group of groupReplyLines(lines)) {
    const first = group[0] ?? "";
    if (!/^[45]/.test(first)) continue;
    scan.candidates.push(candidate(group.join("\n"), "generic"));
  }
}
