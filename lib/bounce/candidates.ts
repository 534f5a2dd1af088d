/**
 * A place in a notice where a remote server's reply was quoted. Several may describe the same
 * failure (a Postfix text part and its Diagnostic-Code; a Sendmail transcript and its truncated
 * Diagnostic-Code); the recipient builder picks the most complete one.
 */
export interface ReplyCandidate {
  /** The quoted reply, one reply line per text line where the notice kept them apart. */
  raw: string;
  /** The recipient the notice ties the reply to, when it does. */
  recipient: string | null;
  /** The address the recipient was expanded from (Postfix `expanded from <…>`). */
  originalRecipient: string | null;
  remoteMta: string | null;
  /**
   * `transcript`: an MTA quoting the server verbatim; `notice`: a notice paraphrasing or cutting
   * it (Sendmail's `(reason: …)`, a hosting company's notice); `generic`: reply-shaped lines found
   * without any known frame.
   */
  source: "transcript" | "notice" | "generic";
}

export interface NoticeScan {
  candidates: ReplyCandidate[];
  /** Recipients the notice lists as failed, in order. */
  recipients: string[];
  /** The notice says delivery is only delayed and will be retried. */
  delayed: boolean;
  /** The server that wrote the notice, when it introduces itself. */
  reportingMta: string | null;
  /** Envelope sender named by the notice (Exim's "A message sent by <…>"). */
  sender: string | null;
}

export function candidate(
  raw: string,
  source: ReplyCandidate["source"],
  extra: Partial<Pick<ReplyCandidate, "recipient" | "originalRecipient" | "remoteMta">> = {},
): ReplyCandidate {
  return {
    raw,
    source,
    recipient: extra.recipient ?? null,
    originalRecipient: extra.originalRecipient ?? null,
    remoteMta: extra.remoteMta ?? null,
  };
}

/** Lines after `start` up to (not including) the first blank line, at most `max`. */
export function paragraphAfter(lines: readonly string[], start: number, max = 40): string[] {
  const out: string[] = [];
  for (let i = start; i < lines.length && out.length < max; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") break;
    out.push(line);
  }
  return out;
}

/** Like `paragraphAfter`, but skips blank lines right after `start` first. */
export function nextParagraph(lines: readonly string[], start: number, max = 40): string[] {
  let i = start;
  while (i < lines.length && i < start + 5 && (lines[i] ?? "").trim() === "") i++;
  return paragraphAfter(lines, i, max);
}

export function emptyScan(): NoticeScan {
  return { candidates: [], recipients: [], delayed: false, reportingMta: null, sender: null };
}
