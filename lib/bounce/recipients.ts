import type { ReplyCandidate, NoticeScan } from "@/lib/bounce/candidates";
import { classify, isTemporary } from "@/lib/bounce/classify";
import type { DsnRecipientFields } from "@/lib/bounce/dsn-fields";
import { emptyRecipientFields } from "@/lib/bounce/dsn-fields";
import { isGoogleHost, looksLikeGoogleReply, readReplyFacts } from "@/lib/bounce/gmail-facts";
import { MAX_RECIPIENTS } from "@/lib/bounce/limits";
import { isFailureCode, parseSmtpReply, type SmtpReply } from "@/lib/bounce/smtp-reply";
import type { BounceRecipient } from "@/lib/bounce/types";

/** What the recipient builder knows about the report as a whole. */
export interface RecipientContext {
  dsn: readonly DsnRecipientFields[];
  scan: NoticeScan;
  /** X-Failed-Recipients of the report. */
  failedRecipients: readonly string[];
  /** The notice text before the returned message, for classification when the reply says little. */
  notice: string;
  /** Google wrote the report about a refusal inside Google (full mailbox, Groups). */
  googleSelf: boolean;
  /** The reporting MTA's address as its next hop saw it. */
  reportingIp: string | null;
}

interface Chosen {
  reply: SmtpReply | null;
  candidate: ReplyCandidate | null;
}

export function buildRecipients(context: RecipientContext): BounceRecipient[] {
  return drafts(context)
    .slice(0, MAX_RECIPIENTS)
    .map((draft) => finish(draft, chooseReply(draft, context), context));
}

function drafts({ dsn, scan, failedRecipients }: RecipientContext): DsnRecipientFields[] {
  if (dsn.length > 0) return [...dsn];
  const addresses = [...new Set([...scan.recipients, ...failedRecipients, ...scan.candidates.map((entry) => entry.recipient)])];
  const list = addresses
    .filter((address): address is string => address !== null)
    .map((address) => ({
      ...emptyRecipientFields(),
      finalRecipient: address,
      originalRecipient: scan.candidates.find((entry) => entry.recipient === address && entry.originalRecipient)?.originalRecipient ?? null,
    }));
  return list.length > 0 || scan.candidates.length === 0 ? list : [emptyRecipientFields()];
}

function belongsTo(candidate: ReplyCandidate, draft: DsnRecipientFields): boolean {
  if (candidate.recipient === null) return true;
  return [draft.finalRecipient, draft.actualRecipient, draft.originalRecipient].includes(candidate.recipient);
}

const SOURCE_SCORE: Record<ReplyCandidate["source"] | "dsn", number> = { transcript: 20, dsn: 15, notice: 0, generic: -10 };

/**
 * Several places may quote the same reply; prefer a failure reply that agrees with the report's
 * Diagnostic-Code, carries an enhanced status, is tied to this recipient and is the most complete
 * (Sendmail cuts Diagnostic-Code to the first reply line; its transcript has them all).
 */
function chooseReply(draft: DsnRecipientFields, context: RecipientContext): Chosen {
  const fromDsn = draft.diagnostic ? parseSmtpReply(unwrapDiagnostic(draft.diagnostic)) : null;
  const dsnCode = fromDsn?.code ?? null;
  let best: Chosen & { score: number } = { reply: fromDsn, candidate: null, score: fromDsn ? score(fromDsn, "dsn", false, dsnCode, draft.status) : -Infinity };
  for (const candidate of context.scan.candidates) {
    if (!belongsTo(candidate, draft)) continue;
    const reply = parseSmtpReply(candidate.raw);
    if (!reply) continue;
    const value = score(reply, candidate.source, candidate.recipient !== null, dsnCode, draft.status);
    if (value > best.score) best = { reply, candidate, score: value };
  }
  return best;
}

/** Postfix's own diagnostics (`X-Postfix; … said: 550 …`, `… refused to talk to me: 421 …`) wrap the reply. */
function unwrapDiagnostic(text: string): string {
  const wrapped = /(?:\bsaid|refused to talk to me):\s+([2-5][0-9]{2}[\s-][\s\S]*)$/.exec(text.slice(0, 4_000));
  return wrapped?.[1] ?? text;
}

function score(reply: SmtpReply, source: ReplyCandidate["source"] | "dsn", bound: boolean, dsnCode: string | null, dsnStatus: string | null): number {
  // Completeness matters most among replies that agree: Sendmail's "(reason: …)" and
  // Diagnostic-Code keep only the first line of a multi-line reply.
  let value = SOURCE_SCORE[source] + Math.min(reply.text.length, 600) / 5;
  if (reply.code) value += isFailureCode(reply.code) ? 200 : -200;
  if (dsnCode && reply.code) value += reply.code === dsnCode ? 500 : -300;
  if (reply.status) value += 100;
  if (dsnStatus && reply.status === dsnStatus) value += 50;
  if (bound) value += 30;
  // Protocol errors (50x, X.5.X) usually follow the real refusal in a transcript.
  if (/^50[0-4]$/.test(reply.code ?? "") || /^\d\.5\./.test(reply.status ?? "")) value -= 150;
  return value;
}

function finish(draft: DsnRecipientFields, chosen: Chosen, context: RecipientContext): BounceRecipient {
  const { reply, candidate } = chosen;
  const dsnStatus = draft.status;
  const status = dsnStatus && !/\.0\.0$/.test(dsnStatus) ? dsnStatus : (reply?.status ?? dsnStatus);
  const replyCode = reply?.code ?? null;
  const remoteMta =
    draft.remoteMta ??
    candidate?.remoteMta ??
    context.scan.candidates.find((entry) => entry.remoteMta && belongsTo(entry, draft))?.remoteMta ??
    null;
  const replyText = reply?.text ? reply.text : null;
  const gmail =
    looksLikeGoogleReply(`${replyText ?? ""} ${reply?.session ?? ""}`, replyCode !== null) || isGoogleHost(remoteMta) || (context.googleSelf && !remoteMta);
  const facts = readReplyFacts(replyText);
  const recipient = draft.actualRecipient ?? draft.finalRecipient;
  const original = draft.originalRecipient ?? (draft.actualRecipient && draft.finalRecipient !== draft.actualRecipient ? draft.finalRecipient : null);
  const action = draft.action ?? (context.scan.delayed ? "delayed" : "failed");
  const ip = facts.ip ?? (replyCode ? context.reportingIp : null);
  return {
    recipient,
    originalRecipient: original && original !== recipient ? original : null,
    action,
    status,
    replyCode,
    reply: replyText,
    session: reply?.session ?? null,
    remoteMta,
    category: classify({ status, replyCode, reply: replyText, notice: replyCode ? null : context.notice, gmail }),
    temporary: isTemporary(replyCode, status, action),
    gmail,
    ip,
    ipSource: facts.ip ? "reply" : ip ? "reporting_mta" : null,
    domain: facts.domain,
  };
}
