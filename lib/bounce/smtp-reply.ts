import { MAX_REPLY_CHARS, MAX_REPLY_LINES } from "@/lib/bounce/limits";
import { collapse } from "@/lib/bounce/text-lines";

/**
 * One SMTP reply (RFC 5321 §4.2): a three-digit code, the RFC 3463 enhanced status that RFC 2034
 * §4 puts at the start of every line's text, and the text itself. Multi-line replies repeat the
 * code on every line (`550-5.7.26 …` … `550 5.7.26 …`, RFC 5321 §4.2.1); MTAs that fold such a
 * reply into one report line (Postfix, Sendmail's Diagnostic-Code) leave those prefixes inside
 * the text, and Gmail ends the text with a session token (`… - gsmtp`).
 */
export interface SmtpReply {
  code: string | null;
  status: string | null;
  text: string;
  session: string | null;
}

const CODE_LINE = /^([2-5][0-9]{2})([ -]|$)/;
const LEADING = /^([2-5][0-9]{2})(?:[ -]\1)?(?=[ -]|$)[ -]*(?:#?([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.]))?/;
const LEADING_STATUS = /^#?([245]\.[0-9]{1,3}\.[0-9]{1,3})(?![0-9.])/;
const TRANSCRIPT_MARK = /^\s*(?:<<<|<-|>)?\s*/;
const IN_REPLY_TO = /\s*\(in reply to [^()]{1,80}\)\s*$/i;
// S1: a Workspace administrator's rule ends "- gcdp <sessionid> - gsmtp"; other replies "<sessionid> - gsmtp".
const SESSION = /(?:^|\s)(?:- (gcdp \S{1,120} - gsmtp)|(\S{1,120} - gsmtp))\s*$/;

export function isFailureCode(code: string | null): boolean {
  return code !== null && (code.startsWith("4") || code.startsWith("5"));
}

/** Removes a transcript marker (`<<< `) and leading white space from one line. */
export function stripTranscriptMarker(line: string): string {
  return line.replace(TRANSCRIPT_MARK, "");
}

/**
 * Parses one reply. `raw` may span lines (one per reply line, or a folded paragraph); lines that
 * repeat the first line's code are continuation lines of the same reply.
 */
export function parseSmtpReply(raw: string): SmtpReply | null {
  const lines = raw.slice(0, MAX_REPLY_CHARS * 2).split("\n", MAX_REPLY_LINES).map(stripTranscriptMarker);
  const first = lines[0] ?? "";
  const leading = LEADING.exec(first);
  const code = leading?.[1] ?? null;
  let status = leading?.[2] ?? null;
  let rest = leading ? first.slice(leading[0].length) : first;
  if (!leading) {
    const onlyStatus = LEADING_STATUS.exec(first);
    if (onlyStatus) {
      status = onlyStatus[1] ?? null;
      rest = first.slice(onlyStatus[0].length);
    }
  }
  const pieces = [rest];
  for (const line of lines.slice(1)) pieces.push(code ? stripLinePrefix(line, code, status) : line);
  let text = collapse(pieces.join(" ")).slice(0, MAX_REPLY_CHARS);
  if (code) text = removeInnerPrefixes(text, code, status);
  text = text.replace(IN_REPLY_TO, "");
  let session: string | null = null;
  const tail = text.slice(-300);
  const sessionMatch = SESSION.exec(tail);
  if (sessionMatch) {
    session = sessionMatch[1] ?? sessionMatch[2] ?? null;
    text = text.slice(0, text.length - tail.length + (sessionMatch.index ?? 0));
  }
  text = text.replace(/^[\s:;,-]+/, "").trim();
  if (!code && !status && !text) return null;
  return { code, status, text, session };
}

function stripLinePrefix(line: string, code: string, status: string | null): string {
  const match = CODE_LINE.exec(line);
  if (!match || match[1] !== code) return line;
  let rest = line.slice(match[0].length).replace(/^\s+/, "");
  if (status) {
    const statusMatch = LEADING_STATUS.exec(rest);
    if (statusMatch?.[1] === status) rest = rest.slice(statusMatch[0].length);
  }
  return rest;
}

function removeInnerPrefixes(text: string, code: string, status: string | null): string {
  let out = text;
  if (status) {
    const escaped = status.replace(/\./g, "\\.");
    out = out.replace(new RegExp(`(^|\\s)${code}[ -]#?${escaped}(?=\\s|$)`, "g"), "$1");
  }
  out = out.replace(new RegExp(`(^|\\s)${code}-(?=\\s|$)`, "g"), "$1");
  return collapse(out);
}

/**
 * Groups transcript lines into replies (RFC 5321 §4.2.1): `code-text` lines continue a reply,
 * the `code text` line ends it. Lines without a code continue an open reply (wrapped text) and
 * are dropped otherwise.
 */
export function groupReplyLines(lines: readonly string[]): string[][] {
  const groups: string[][] = [];
  let current: string[] | null = null;
  let closed = true;
  let code = "";
  for (const raw of lines) {
    const line = stripTranscriptMarker(raw);
    const match = CODE_LINE.exec(line);
    if (match) {
      if (!current || closed || match[1] !== code) {
        if (groups.length >= 50) break;
        current = [];
        groups.push(current);
        code = match[1] ?? "";
      }
      if (current.length < MAX_REPLY_LINES) current.push(line);
      closed = match[2] !== "-";
    } else if (current && !closed && line.trim() !== "" && current.length < MAX_REPLY_LINES) {
      current.push(line);
    }
  }
  return groups;
}
