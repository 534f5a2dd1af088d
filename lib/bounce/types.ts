import type { BounceCategory } from "@/lib/bounce/categories";
import type { NotABounceReason } from "@/lib/bounce/not-a-bounce";

/** RFC 3464 §2.3.3 action values. */
export type DsnAction = "failed" | "delayed" | "delivered" | "relayed" | "expanded";

/** How the mail travelled, as far as the bounce shows it; `null` when it does not say. */
export type BounceScenario = "direct" | "forward" | "list";

/**
 * Where `ip` came from: `reply` when the receiving server named the connecting IP in its reply
 * (Gmail's `[ip]` prefix, `SPF [domain] with ip: [ip]`); `reporting_mta` when the reply names
 * none and the bounce's own transport header shows the address of the server that reported the
 * failure, i.e. the one that talked to the receiver. Never an IP from the returned message's
 * Received headers: those record the customer's own client.
 */
export type IpSource = "reply" | "reporting_mta";

export interface BounceRecipient {
  /** The address delivery failed for (RFC 3464 Final-Recipient, or X-Actual-Recipient). */
  recipient: string | null;
  /** The address the sender used, when an alias or forward rewrote it (RFC 3464 Original-Recipient). */
  originalRecipient: string | null;
  action: DsnAction | null;
  /** RFC 3463 enhanced status code, e.g. `5.7.26`. */
  status: string | null;
  /** RFC 5321 reply code, e.g. `550`. */
  replyCode: string | null;
  /** The remote server's reply, continuation lines joined, code prefixes and session token removed. */
  reply: string | null;
  /** Gmail's trailing session token, e.g. `z2si1584129pfn.61 - gsmtp`. */
  session: string | null;
  remoteMta: string | null;
  category: BounceCategory;
  /** The receiver's answer was a temporary one (4xx / 4.x.x), or the mail is still being retried. */
  temporary: boolean;
  /** Gmail or another Google mail server refused the mail. */
  gmail: boolean;
  /** The sending IP the receiver saw, when the bounce says so. */
  ip: string | null;
  ipSource: IpSource | null;
  /** The domain the receiver checked (SPF / DMARC), when its reply names it. */
  domain: string | null;
}

export interface DkimSignatureInfo {
  domain: string;
  selector: string;
}

export interface BounceAnalysis extends BounceRecipient {
  scenario: BounceScenario | null;
  /** Envelope sender of the returned message (where bounces go). */
  sender: string | null;
  /** Header From address of the returned message. */
  from: string | null;
  reportingMta: string | null;
  /** RFC 3464 Arrival-Date, as written in the report. */
  arrivalDate: string | null;
  dkim: DkimSignatureInfo | null;
  listId: string | null;
  /** The report itself was written by Google (mailer-daemon@googlemail.com). */
  reportedByGoogle: boolean;
  /** One entry per recipient the report names; the top-level fields repeat the main one. */
  recipients: BounceRecipient[];
}

export type BounceOutcome = { ok: true; bounce: BounceAnalysis } | { ok: false; reason: NotABounceReason };
