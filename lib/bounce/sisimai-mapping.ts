import type { BounceCategory } from "@/lib/bounce/categories";

/**
 * Which of our categories a Sisimai reason (its bounce-reason vocabulary, as asserted for the
 * fixtures in `../shared/testdata/bounces/manifest.json`) may correspond to. Sisimai sorts by what
 * broke; we sort by what the customer can do about it, so one reason may map to several
 * categories. SISIMAI-MAPPING.md explains each row; a test keeps the two in step.
 */
export const SISIMAI_REASON_CATEGORIES = {
  authfailure: ["auth_unauthenticated", "spf_fail", "dkim_fail", "dmarc_policy", "dmarc_missing", "alignment", "spf_suspicious", "auth_dns_temporary"],
  requireptr: ["ptr"],
  failedstarttls: ["tls"],
  badreputation: ["reputation"],
  spamdetected: ["reputation"],
  blocked: ["reputation", "ptr", "other"],
  ratelimited: ["rate_limit", "recipient_rate"],
  speeding: ["rate_limit", "recipient_rate"],
  toomanyconn: ["rate_limit"],
  notcompliantrfc: ["message_format"],
  contenterror: ["message_format"],
  mesgtoobig: ["message_format"],
  emailtoolarge: ["message_format"],
  exceedlimit: ["message_format"],
  policyviolation: ["message_format", "policy"],
  virusdetected: ["message_format", "policy"],
  norelaying: ["relay_denied"],
  securityerror: ["relay_denied", "policy", "tls"],
  rejected: ["relay_denied", "policy"],
  userunknown: ["recipient_unknown"],
  hostunknown: ["recipient_unknown"],
  hasmoved: ["recipient_unknown"],
  notaccept: ["recipient_unknown", "other"],
  networkerror: ["recipient_unknown", "other"],
  filtered: ["recipient_unknown", "message_format", "policy", "reputation"],
  onhold: ["recipient_unknown", "other"],
  suspend: ["recipient_inactive"],
  mailboxfull: ["mailbox_full"],
  systemfull: ["other"],
  systemerror: ["other"],
  mailererror: ["other"],
  syntaxerror: ["other"],
  expired: ["other"],
  suppressed: ["other"],
  undefined: ["other"],
} as const satisfies Record<string, readonly BounceCategory[]>;

export type SisimaiReason = keyof typeof SISIMAI_REASON_CATEGORIES;
