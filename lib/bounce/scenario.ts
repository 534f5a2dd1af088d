import { domainOf, sameOrganization } from "@/lib/bounce/addresses";
import { AUTH_CATEGORIES } from "@/lib/bounce/categories";
import type { BounceRecipient, BounceScenario } from "@/lib/bounce/types";

/**
 * Which way the mail went, as a hint for the wizard (the customer confirms it):
 * - `list`: the returned message carries mailing-list fields, or the bounce went back to a list's
 *   administrative address (Mailman `-bounces`, Majordomo `owner-`, fml `-admin`).
 * - `forward`: the address the sender used was rewritten to one on another domain (RFC 3464
 *   Original-Recipient vs Final-Recipient, Postfix "expanded from", Sendmail X-Actual-Recipient),
 *   or the copy was marked as forwarded.
 * - `direct`: Gmail refused it for authentication, and the domain it checked is the sender's own.
 */
export interface ScenarioInput {
  primary: BounceRecipient;
  recipients: readonly BounceRecipient[];
  /** Addresses the report went back to or came from: envelope sender, report's To. */
  returnAddresses: readonly (string | null)[];
  viaList: boolean;
  viaForward: boolean;
  /** The returned message's From and envelope sender. */
  senderAddresses: readonly (string | null)[];
}

const LIST_ADMIN = /^(?:owner-[^@]+|[^@]+-(?:owner|admin|bounces?|errors?)(?:\+[^@]*)?)@/i;
const FORWARD_WORDS = /\bforwarded (?:message|mail|e-?mail)|(?:message|mail) (?:was |has been )?forwarded|転送(?:メール|された|設定)/i;

export function guessScenario(input: ScenarioInput): BounceScenario | null {
  if (input.viaList || input.returnAddresses.some((address) => address !== null && LIST_ADMIN.test(address))) return "list";
  if (input.viaForward || input.recipients.some(isRewrittenToOtherDomain) || FORWARD_WORDS.test(input.primary.reply ?? "")) return "forward";
  const { primary } = input;
  if (!primary.gmail || !AUTH_CATEGORIES.has(primary.category)) return null;
  const ownDomains = input.senderAddresses.map(domainOf).filter((domain): domain is string => domain !== null);
  if (primary.domain === null || ownDomains.length === 0 || ownDomains.some((domain) => sameOrganization(domain, primary.domain))) return "direct";
  return null;
}

function isRewrittenToOtherDomain(recipient: BounceRecipient): boolean {
  const original = domainOf(recipient.originalRecipient);
  const final = domainOf(recipient.recipient);
  return original !== null && final !== null && original !== final;
}
