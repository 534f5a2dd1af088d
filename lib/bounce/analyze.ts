import { extractAddress, normalizeDomain } from "@/lib/bounce/addresses";
import { parseDsnFields, type DsnReport } from "@/lib/bounce/dsn-fields";
import { reportingMtaIp } from "@/lib/bounce/gmail-facts";
import { readBounceSource, type BounceSource } from "@/lib/bounce/mime";
import { hasBounceMarker } from "@/lib/bounce/not-a-bounce";
import { scanNotices } from "@/lib/bounce/notice-scan";
import { cutBeforeReturnedMessage, findEmbeddedHeaders, readOriginalMessage, type OriginalMessage } from "@/lib/bounce/original-headers";
import { buildRecipients } from "@/lib/bounce/recipients";
import { guessScenario } from "@/lib/bounce/scenario";
import { isFailureCode } from "@/lib/bounce/smtp-reply";
import { firstHeader, headerValues, type HeaderField } from "@/lib/bounce/text-lines";
import type { BounceAnalysis, BounceOutcome, BounceRecipient } from "@/lib/bounce/types";

const GOOGLE_OWN_FAILURE =
  /(?:storage|email) quota exceeded|inbox is out of storage|group you tried to contact|permission to post|your email to group|グループにメッセージを投稿/i;
const ADMIN_LOCAL_PART = /^(?:postmaster|mailer-daemon|root|abuse)@/i;

export interface AnalyzeOptions {
  /** Charset the transport declared for byte input; detected when absent. */
  charset?: string | null;
}

/**
 * Reads a bounce: a whole message, a report part, or a few pasted lines, in any charset and
 * transfer encoding. Pure: no I/O, nothing logged or kept. Never throws for any input; time is
 * bounded by the limits in `limits.ts`.
 */
export async function analyzeBounce(input: string | Uint8Array, options: AnalyzeOptions = {}): Promise<BounceOutcome> {
  if (isEmpty(input)) return { ok: false, reason: "empty" };
  const source = await readBounceSource(input, options.charset);
  const dsn = readReports(source);
  const scan = scanNotices(source.notices, dsn.recipients.some((entry) => entry.diagnostic !== null));
  const outer = source.outerHeaders;
  const original = readReturnedMessage(source);
  const notice = cutBeforeReturnedMessage(source.notices[0] ?? "");
  const outerFrom = extractAddress(firstHeader(outer, "from"));
  const reportingMta = dsn.message.reportingMta ?? scan.reportingMta ?? mailerDaemonHost(outerFrom);
  const reportedByGoogle = /@google(?:mail)?\.com$/.test(outerFrom ?? "") || reportingMta === "googlemail.com";

  if (dsn.recipients.length > 0 && dsn.recipients.every((entry) => isSuccess(entry.action, entry.status))) {
    return { ok: false, reason: "delivery_success" };
  }
  const reported = buildRecipients({
    dsn: dsn.recipients,
    scan,
    failedRecipients: headerValues(outer, "x-failed-recipients").flatMap((value) => value.split(",")).map((value) => extractAddress(value)).filter(isString),
    notice,
    googleSelf: reportedByGoogle && GOOGLE_OWN_FAILURE.test(notice),
    reportingIp: reportingMtaIp(outer, reportingMta),
  });
  // A report may also list recipients that were delivered; only the failures are of interest.
  const recipients = reported.filter((entry) => !isSuccess(entry.action, entry.status));
  const marker = hasBounceMarker(`${firstHeader(outer, "subject") ?? ""}\n${outerFrom ?? ""}\n${notice}`);
  if (!isBounce(recipients, dsn, scan.candidates.some((entry) => entry.source !== "generic"), marker)) {
    return { ok: false, reason: "no_failure_found" };
  }
  const primary = pickPrimary(recipients);
  const sender = dsn.message.sender ?? original?.returnPath ?? scan.sender ?? reportAddressee(outer);
  const bounce: BounceAnalysis = {
    ...primary,
    scenario: null,
    sender,
    from: original?.from ?? null,
    reportingMta,
    arrivalDate: dsn.message.arrivalDate,
    dkim: original?.dkim[0] ?? null,
    listId: original?.listId ?? null,
    reportedByGoogle,
    recipients,
  };
  bounce.scenario = guessScenario({
    primary,
    recipients,
    returnAddresses: [sender, extractAddress(firstHeader(outer, "to"))],
    viaList: original?.viaList ?? false,
    viaForward: original?.viaForward ?? false,
    senderAddresses: [original?.from ?? null, sender],
  });
  return { ok: true, bounce };
}

function isEmpty(input: string | Uint8Array): boolean {
  if (typeof input === "string") return input.trim() === "";
  for (const byte of input) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  return true;
}

/** The report part(s); failing those, report fields quoted in the text (pasted or embedded). */
function readReports(source: BounceSource): DsnReport {
  const fromParts = parseDsnFields(source.reports.join("\n\n"));
  if (fromParts.recipients.length > 0) return fromParts;
  const fromText = parseDsnFields(source.notices.join("\n\n"));
  return fromText.recipients.length > 0 ? { message: { ...fromText.message, ...definedOnly(fromParts.message) }, recipients: fromText.recipients } : fromParts;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== null)) as Partial<T>;
}

function readReturnedMessage(source: BounceSource): OriginalMessage | null {
  const fields = source.returnedHeaders.find((block) => block.length > 0) ?? findEmbeddedHeaders(source.notices.join("\n\n"));
  return fields ? readOriginalMessage(fields) : null;
}

/** RFC 3464 §2.3.3: `delivered`, `relayed` and `expanded` report success, as do 2.X.X codes. */
function isSuccess(action: string | null, status: string | null): boolean {
  if (action) return action === "delivered" || action === "relayed" || action === "expanded";
  return status?.startsWith("2") ?? false;
}

/**
 * A bounce shows a failure: an RFC 3463 class 4/5 status, a report saying failed or delayed, a
 * failure reply quoted in a known frame (or anywhere, if the text also reads like a failure
 * notice), or a failure notice naming a recipient.
 */
function isBounce(recipients: readonly BounceRecipient[], dsn: DsnReport, framed: boolean, marker: boolean): boolean {
  if (recipients.some((entry) => entry.status !== null && /^[45]/.test(entry.status))) return true;
  if (dsn.recipients.some((entry) => entry.action === "failed" || entry.action === "delayed" || entry.diagnostic)) return true;
  if (recipients.some((entry) => isFailureCode(entry.replyCode)) && (framed || marker)) return true;
  return marker && recipients.some((entry) => entry.recipient !== null || entry.reply !== null);
}

function pickPrimary(recipients: readonly BounceRecipient[]): BounceRecipient {
  const failed = recipients.filter((entry) => entry.action === "failed" || entry.action === "delayed");
  const first = failed.find((entry) => entry.gmail) ?? failed[0] ?? recipients[0];
  if (!first) throw new Error("a bounce has at least one recipient");
  return first;
}

function mailerDaemonHost(address: string | null): string | null {
  if (!address || !/^(?:mailer-daemon|postmaster)@/i.test(address)) return null;
  return normalizeDomain(address.slice(address.indexOf("@") + 1));
}

/** Bounces go to the envelope sender (RFC 5321 §4.5.5): the report's To names it, unless it went to an administrator. */
function reportAddressee(outer: readonly HeaderField[]): string | null {
  const to = extractAddress(firstHeader(outer, "to"));
  return to && !ADMIN_LOCAL_PART.test(to) ? to : null;
}

function isString(value: string | null): value is string {
  return value !== null;
}
