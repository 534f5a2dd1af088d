import { extractAddress, normalizeDomain } from "@/lib/bounce/addresses";
import { candidate, nextParagraph, paragraphAfter, type NoticeScan } from "@/lib/bounce/candidates";
import { collapse } from "@/lib/bounce/text-lines";

/**
 * The ways common MTAs quote the remote server in their plain-text notices: Postfix
 * (`<rcpt>: host H[ip] said: …`), qmail (`Remote host said: …`), OpenSMTPD (`rcpt: 550 …`),
 * Sendmail (`... while talking to H.:` / `<<< …`), DragonFly dma (`H [ip] did not like our …:`)
 * and Exim (`SMTP error from remote mail server after …:`).
 */

const ANGLE_RECIPIENT = /^\s{0,4}<([^<>\s]{3,320})>(.*)$/;
const POSTFIX_HEAD = /^<([^<>\s]{3,320})>(?: \(expanded from <([^<>\s]{3,320})>\))?:\s*(.*)$/;
const POSTFIX_SAID = /host (\S{1,255}?)\[([^\]]{1,64})\] said: (.*)$/;
const POSTFIX_REFUSED = /(?:connect to|host) (\S{1,255}?)\[[^\]]{0,64}\]:? (?:server )?refused to talk to me: (.*)$/;
const QMAIL_SAID = /Remote host said:\s*(.*)$/;
const QMAIL_HOST = /(?:^|\s)(\S{1,255}) (?:failed after I sent the message|does not like recipient)/;
const OPENSMTPD = /^([^\s<>@:]{1,64}@[^\s<>:]{1,255}): ([2-5][0-9]{2}[ -].*)$/;
const TALKING_TO = /^\.\.\. while talking to (\S{1,255}?)\.?:\s*$/;
const COMMAND = /^\s*>>>\s*(\S{1,20})(?:\s+TO:\s*<?([^<>\s]{3,320})>?)?/i;
const REPLY_LINE = /^\s*<<<\s?/;
const SENDMAIL_LIST = /^\s*-{3,} The following addresses had (?:permanent fatal errors|transient non-fatal errors|delivery problems) -{3,}/;
const SENDMAIL_REASON = /^\s*\((?:reason|expanded from): ?([^)]*)\)?\s*$/;
const DMA = /^(\S{1,255}) \[([^\]]{1,64})\] did not like our [^:]{1,60}:\s*$/;
const DMA_RECIPIENT = /error delivering your mail to <([^<>\s]{3,320})>/;
const EXIM_ERROR = /SMTP error from remote (?:mail server|mailer) after (?:[A-Za-z ]{1,40}:<[^<>]{0,320}>[^:]{0,100}|[^:<]{1,200}):\s*(.*)$/i;
const EXIM_HOST = /^\s+host (\S{1,255}) \[[^\]]{1,64}\]/;
const EXIM_SENDER = /^\s*A message sent by\s*$/;
const MTA_INTRO = /^(?:This is the (?:mail system|Postfix program) at host|Hi\. This is the qmail-send program at|This is the DragonFly Mail Agent v[\d.]+ at) (\S{1,255}?)\.?\s*$/;

export function scanTranscripts(lines: readonly string[], scan: NoticeScan): void {
  scanAngleParagraphs(lines, scan);
  scanSendmail(lines, scan);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const intro = MTA_INTRO.exec(line);
    if (intro) scan.reportingMta ??= normalizeDomain(intro[1]);
    const open = OPENSMTPD.exec(line);
    if (open?.[1] && open[2]) {
      const recipient = extractAddress(open[1]);
      scan.candidates.push(candidate(open[2], "transcript", { recipient }));
      if (recipient) scan.recipients.push(recipient);
    }
    const dma = DMA.exec(line);
    if (dma) scan.candidates.push(candidate(paragraphAfter(lines, i + 1).join("\n"), "transcript", { remoteMta: normalizeDomain(dma[1]) }));
    const dmaRecipient = DMA_RECIPIENT.exec(line);
    if (dmaRecipient?.[1]) scan.recipients.push(dmaRecipient[1].toLowerCase());
    const exim = EXIM_ERROR.exec(line);
    if (exim) scanEximError(lines, i, exim[1] ?? "", scan);
    if (EXIM_SENDER.test(line)) scan.sender ??= extractAddress(nextParagraph(lines, i + 1, 2).join(" "));
  }
}

/** Postfix and qmail start each failed recipient with `<address>` at the start of a line. */
function scanAngleParagraphs(lines: readonly string[], scan: NoticeScan): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const start = ANGLE_RECIPIENT.exec(line);
    if (!start) continue;
    const rest = start[2] ?? "";
    if (!rest.startsWith(":") && !rest.startsWith(" (expanded")) continue;
    const paragraph = paragraphAfter(lines, i, 40);
    const head = POSTFIX_HEAD.exec(collapse(paragraph.join(" ")).slice(0, 6_000));
    if (!head) continue;
    const recipient = extractAddress(head[1]);
    const originalRecipient = extractAddress(head[2]);
    const body = head[3] ?? "";
    if (recipient) scan.recipients.push(recipient);
    if (rest.trim() === ":") {
      scanQmailParagraph(paragraph.slice(1), recipient, scan);
    } else {
      const said = POSTFIX_SAID.exec(body);
      const refused = said ? null : POSTFIX_REFUSED.exec(body);
      if (said) {
        scan.candidates.push(candidate(said[3] ?? "", "transcript", { recipient, originalRecipient, remoteMta: normalizeDomain(said[1]) }));
      } else if (refused) {
        scan.candidates.push(candidate(refused[2] ?? "", "transcript", { recipient, originalRecipient, remoteMta: normalizeDomain(refused[1]) }));
      } else {
        scan.candidates.push(candidate(body, "notice", { recipient, originalRecipient }));
      }
    }
    i += Math.max(0, paragraph.length - 1);
  }
}

function scanQmailParagraph(paragraph: readonly string[], recipient: string | null, scan: NoticeScan): void {
  let remoteMta: string | null = null;
  for (let j = 0; j < paragraph.length; j++) {
    const line = paragraph[j] ?? "";
    const host = /failed after I sent|does not like recipient/.test(line) ? QMAIL_HOST.exec(line) : null;
    if (host?.[1]) remoteMta = host[1];
    const said = QMAIL_SAID.exec(line);
    if (said) {
      const raw = [said[1] ?? "", ...paragraph.slice(j + 1)].join("\n");
      scan.candidates.push(candidate(raw, "transcript", { recipient, remoteMta }));
      return;
    }
  }
  if (paragraph.length > 0) scan.candidates.push(candidate(paragraph.join("\n"), "notice", { recipient, remoteMta }));
}

/** Sendmail quotes the session: `>>> COMMAND` lines sent, `<<< reply` lines received. */
function scanSendmail(lines: readonly string[], scan: NoticeScan): void {
  let remoteMta: string | null = null;
  let rcpt: string | null = null;
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length > 0) scan.candidates.push(candidate(pending.join("\n"), "transcript", { recipient: rcpt, remoteMta }));
    pending = [];
  };
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const talking = TALKING_TO.exec(line);
    if (talking) {
      flush();
      remoteMta = normalizeDomain(talking[1]);
      continue;
    }
    if (REPLY_LINE.test(line)) {
      pending.push(line);
      if (/^\s*<<<\s?[2-5][0-9]{2} /.test(line)) flush();
      continue;
    }
    flush();
    const command = COMMAND.exec(line);
    if (command) rcpt = /^rcpt$/i.test(command[1] ?? "") ? extractAddress(command[2]) : null;
    if (SENDMAIL_LIST.test(line)) {
      inList = true;
      continue;
    }
    if (inList) inList = scanSendmailListLine(line, lines[i - 1] ?? "", scan);
  }
  flush();
}

function scanSendmailListLine(line: string, previous: string, scan: NoticeScan): boolean {
  if (line.trim() === "" || /^\s*-{3,}/.test(line)) return false;
  const reason = SENDMAIL_REASON.exec(line);
  if (reason) {
    if (/^\s*\(reason:/.test(line) && reason[1]) {
      scan.candidates.push(candidate(reason[1], "notice", { recipient: extractAddress(previous) }));
    }
    return true;
  }
  const address = extractAddress(line);
  if (address) scan.recipients.push(address);
  return true;
}

function scanEximError(lines: readonly string[], index: number, sameLine: string, scan: NoticeScan): void {
  const following = paragraphAfter(lines, index + 1, 20).map((line) => line.trim());
  const raw = [sameLine, ...following].filter((line) => line !== "").join("\n");
  let remoteMta: string | null = null;
  let recipient: string | null = null;
  for (let j = index - 1; j >= 0 && j >= index - 4; j--) {
    const line = lines[j] ?? "";
    const host = EXIM_HOST.exec(line);
    if (host) remoteMta = normalizeDomain(host[1]) ?? host[1] ?? null;
    else if (/^\s+\S+@\S+\s*$/.test(line)) {
      recipient = extractAddress(line);
      break;
    }
  }
  if (recipient) scan.recipients.push(recipient);
  scan.candidates.push(candidate(raw, "transcript", { recipient, remoteMta }));
}
