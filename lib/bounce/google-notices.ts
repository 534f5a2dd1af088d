import { extractAddress, normalizeDomain } from "@/lib/bounce/addresses";
import { candidate, nextParagraph, paragraphAfter, type NoticeScan } from "@/lib/bounce/candidates";
import { collapse } from "@/lib/bounce/text-lines";

/**
 * Notices written by big providers that quote the remote reply after a label: Gmail's older
 * text/plain format ("Technical details of permanent failure: … The error that the other server
 * returned was: …"), Gmail's multipart/report format ("The response from the remote server
 * was:"), and Microsoft 365 ("Remote Server returned '…'").
 */

const GMAIL_LIST = /^\s*Delivery to the following recipients? (?:failed permanently|has been delayed|have been delayed|failed)/i;
const GMAIL_DETAILS = /^\s*Technical details of (?:permanent|temporary) failure:\s*(.*)$/i;
const GMAIL_OTHER_SERVER = /The error that the other server returned was:\s*(.*)$/i;
const GMAIL_REJECTED_BY = /by (\S{1,255}?)\.? \[[0-9A-Fa-f.:]{2,45}\]/;
const GMAIL_RESPONSE = /^\s*(?:The response (?:from the remote server )?was|リモート サーバーからの応答|リモートサーバーからの応答|応答)\s*[:：]\s*(.*)$/i;
const GMAIL_RECIPIENT = /(?:wasn't delivered to|was not delivered to|problem delivering your message to|delivering your message to)\s+<?([^\s<>]{3,320}@[^\s<>]{1,255}?)>?(?:\s|\.(?:\s|$)|$)/i;
const GMAIL_JA_DELIVERY = /(?:に|宛ての)(?:メールを|メッセージを)?(?:配信|送信)でき(?:ません|なかった)/;
const DELAY = /has been delayed|have been delayed|delivery incomplete|still being retried|will retry|will be retried|warning message only|temporary problem delivering|配信が遅延|再送を試み/i;
const MS_REMOTE = /Remote Server returned '(.{1,2000})'/i;

export function scanProviderNotices(lines: readonly string[], scan: NoticeScan): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (DELAY.test(line)) scan.delayed = true;
    if (GMAIL_LIST.test(line)) {
      for (const entry of nextParagraph(lines, i + 1, 20)) {
        const address = extractAddress(entry);
        if (address) scan.recipients.push(address);
      }
    }
    const recipient = GMAIL_RECIPIENT.exec(line)?.[1] ?? japaneseRecipient(line);
    const address = extractAddress(recipient);
    if (address) scan.recipients.push(address);
    const details = GMAIL_DETAILS.exec(line);
    if (details) scanGmailDetails(lines, i, details[1] ?? "", scan);
    const response = GMAIL_RESPONSE.exec(line);
    if (response) {
      const sameLine = (response[1] ?? "").trim();
      const raw = sameLine ? [sameLine, ...paragraphAfter(lines, i + 1, 20)] : nextParagraph(lines, i + 1, 20);
      if (raw.length > 0) scan.candidates.push(candidate(raw.join("\n"), "transcript"));
    }
    if (/Remote Server returned '/i.test(line)) {
      const joined = collapse(paragraphAfter(lines, i, 8).join(" "));
      const quoted = MS_REMOTE.exec(joined);
      if (quoted?.[1]) scan.candidates.push(candidate(quoted[1], "transcript"));
    }
  }
}

/** Gmail's Japanese notices name the address before "…に配信できませんでした". */
function japaneseRecipient(line: string): string | null {
  if (!line.includes("@")) return null;
  const phrase = GMAIL_JA_DELIVERY.exec(line);
  return phrase ? line.slice(Math.max(0, phrase.index - 330), phrase.index) : null;
}

/**
 * Gmail's older notices: after the label either the server's reply ("The error that the other
 * server returned was: …") or Gmail's own description ("Storage quota exceeded", "The recipient
 * server did not accept our requests to connect …").
 */
function scanGmailDetails(lines: readonly string[], index: number, sameLine: string, scan: NoticeScan): void {
  const block: string[] = [];
  if (sameLine.trim()) block.push(sameLine);
  for (let j = index + 1; j < lines.length && j < index + 30; j++) {
    const line = lines[j] ?? "";
    if (/^\s*-{3,}\s*Original message\s*-{3,}/i.test(line)) break;
    block.push(line);
  }
  const joined = block.join("\n");
  const rejectedBy = GMAIL_REJECTED_BY.exec(collapse(joined));
  const remoteMta = normalizeDomain(rejectedBy?.[1]);
  const blockLines = joined.split("\n");
  for (let j = 0; j < blockLines.length; j++) {
    const match = GMAIL_OTHER_SERVER.exec(blockLines[j] ?? "");
    if (!match) continue;
    const sameLineReply = (match[1] ?? "").trim();
    const raw = sameLineReply ? [sameLineReply, ...paragraphAfter(blockLines, j + 1, 20)] : nextParagraph(blockLines, j + 1, 20);
    scan.candidates.push(candidate(raw.join("\n"), "transcript", { remoteMta }));
    return;
  }
  const description = nextParagraph(blockLines, 0, 20);
  if (description.length > 0) scan.candidates.push(candidate(description.join("\n"), "notice", { remoteMta }));
}
