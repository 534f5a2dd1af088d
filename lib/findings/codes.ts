import type { Severity } from "@/lib/findings/types";

/**
 * Every finding code of the product with its default severity. Codes are a public API that
 * clients branch on: append new ones, never rename or remove one.
 */
export const FINDING_CODES = {
  "spf.none": { severity: "error" },
  "spf.invalid_domain": { severity: "error" },
  "spf.multiple_records": { severity: "error" },
  "spf.syntax": { severity: "error" },
  "spf.lookup_limit": { severity: "error" },
  "spf.lookup_near_limit": { severity: "warning" },
  "spf.void_limit": { severity: "error" },
  "spf.void_lookup": { severity: "warning" },
  "spf.include_none": { severity: "error" },
  "spf.redirect_none": { severity: "error" },
  "spf.loop": { severity: "error" },
  "spf.all_pass": { severity: "error" },
  "spf.include_all_pass": { severity: "error" },
  "spf.all_neutral": { severity: "warning" },
  "spf.ptr": { severity: "warning" },
  "spf.redirect_ignored": { severity: "warning" },
  "spf.terms_after_all": { severity: "warning" },
  "spf.no_all": { severity: "warning" },
  "spf.mx_too_many": { severity: "error" },
  "spf.record_too_long": { severity: "warning" },
  "spf.dns_error": { severity: "error" },
  "spf.not_authorized": { severity: "error" },
  "spf.analysis_truncated": { severity: "info" },

  /*
   * DMARC (lib/checks/dmarc.ts, RFC 7489). `domain` is the name the record was looked up at.
   * - none: no DMARC record at the domain nor at its organizational domain (§6.6.3).
   * - multiple_records: several v=DMARC1 records; receivers then apply no DMARC at all (§6.6.3 step 5).
   * - syntax: a tag is malformed, duplicated, or v=DMARC1 is missing / not first (§6.3, §6.4);
   *   a record that does not start with v=DMARC1 is ignored by receivers.
   * - no_policy: p= is missing or invalid (or sp= is invalid): receivers act as p=none when rua=
   *   holds a valid URI, otherwise ignore the record (§6.6.3 step 6); Gmail counts it as no policy.
   * - policy_none / policy_quarantine / policy_reject: what the published policy means for Gmail.
   * - pct_partial: pct below 100, the policy applies to part of the failing mail only (§6.3).
   * - inherited: the record comes from the organizational domain (§6.6.3 step 3).
   * - unknown_tag: a tag DMARC does not define; receivers ignore it (§6.3).
   * - no_rua: no aggregate-report address; reports help before tightening the policy.
   * - rua_invalid: a report URI receivers cannot use (no mailto:, bad address).
   * - report_auth_missing: reports go to another organization's domain that has not published
   *   `<domain>._report._dmarc.<destination>` (§7.1), so receivers drop them.
   * - dns_error: the lookup failed temporarily; the check could not decide.
   */
  "dmarc.none": { severity: "warning" },
  "dmarc.multiple_records": { severity: "error" },
  "dmarc.syntax": { severity: "error" },
  "dmarc.no_policy": { severity: "error" },
  "dmarc.policy_none": { severity: "info" },
  "dmarc.policy_quarantine": { severity: "info" },
  "dmarc.policy_reject": { severity: "info" },
  "dmarc.pct_partial": { severity: "info" },
  "dmarc.inherited": { severity: "info" },
  "dmarc.unknown_tag": { severity: "info" },
  "dmarc.no_rua": { severity: "info" },
  "dmarc.rua_invalid": { severity: "warning" },
  "dmarc.report_auth_missing": { severity: "warning" },
  "dmarc.dns_error": { severity: "error" },

  /*
   * DKIM (lib/checks/dkim.ts, RFC 6376, RFC 8301, RFC 8463). `domain` is `<selector>._domainkey.<domain>`.
   * - no_selector: no selector known, so no key can be looked up (check status `skipped`).
   * - none: no key record at the selector (also when a CNAME points at a name without one).
   * - revoked: the key record has an empty p= (§3.6.1): signatures with it never verify.
   * - key_too_short: RSA below 1024 bits; Gmail refuses such keys (RFC 8301 §3.2 too).
   * - key_weak: RSA 1024–2047 bits; accepted, 2048 recommended.
   * - key_unreadable: p= is not base64, or not a key of the type k= names.
   * - ed25519: an Ed25519 key (RFC 8463): valid, but keep an RSA key as well.
   * - testing: t=y, the domain says it is testing DKIM (§3.6.1).
   * - syntax: malformed tag list, duplicate tag, wrong v=, missing p=, unknown k=, s= without email.
   * - sha1_only: h= allows only sha1, which verifiers must no longer accept (RFC 8301 §3.1).
   * - multiple_records: several TXT records at the selector; verifiers may pick any (§3.6.2.2).
   * - dns_error: the lookup failed temporarily.
   */
  "dkim.no_selector": { severity: "info" },
  "dkim.none": { severity: "warning" },
  "dkim.revoked": { severity: "error" },
  "dkim.key_too_short": { severity: "error" },
  "dkim.key_weak": { severity: "warning" },
  "dkim.key_unreadable": { severity: "error" },
  "dkim.ed25519": { severity: "info" },
  "dkim.testing": { severity: "warning" },
  "dkim.syntax": { severity: "error" },
  "dkim.sha1_only": { severity: "error" },
  "dkim.multiple_records": { severity: "warning" },
  "dkim.dns_error": { severity: "error" },

  /*
   * Reverse DNS of the sending IP (lib/checks/ptr.ts). Gmail requires a PTR whose name resolves
   * back to the same IP (forward-confirmed reverse DNS, RFC 1912 §2.1). Only the IP's owner
   * (the hosting company or ISP) can change a PTR. `domain` is the reverse name or the PTR name.
   * - no_ip: no sending IP given (check status `skipped`).
   * - none: the IP has no PTR record.
   * - mismatch: no PTR name resolves back to the IP.
   * - multiple: several PTR records (receivers may look at any one).
   * - generic: the PTR name looks like an ISP's generic or dynamic name.
   * - dns_error: the lookup failed temporarily.
   */
  "ptr.no_ip": { severity: "info" },
  "ptr.none": { severity: "error" },
  "ptr.mismatch": { severity: "error" },
  "ptr.multiple": { severity: "info" },
  "ptr.generic": { severity: "info" },
  "ptr.dns_error": { severity: "error" },

  /*
   * MX of the domain (lib/checks/mx.ts).
   * - none: no MX and no address: the domain cannot receive mail (bounces, reports are lost).
   * - implicit: no MX, mail goes to the domain's own address (RFC 5321 §5.1).
   * - null: a null MX (RFC 7505): the domain declares it receives no mail; receivers may
   *   refuse mail whose sender domain says so (RFC 7505 §4.2).
   * - null_mixed: a null MX next to other MX records (RFC 7505 §3 forbids it).
   * - cname: an MX host is an alias (CNAME), which RFC 2181 §10.3 forbids.
   * - no_address: an MX host has no A/AAAA record.
   * - ip_literal: an MX names an IP address instead of a host name (RFC 5321 §5.1).
   * - dns_error: a lookup failed temporarily.
   */
  "mx.none": { severity: "warning" },
  "mx.implicit": { severity: "info" },
  "mx.null": { severity: "warning" },
  "mx.null_mixed": { severity: "error" },
  "mx.cname": { severity: "warning" },
  "mx.no_address": { severity: "error" },
  "mx.ip_literal": { severity: "error" },
  "mx.dns_error": { severity: "error" },

  /*
   * Name servers of the zone holding the domain (lib/checks/ns.ts).
   * - none: the domain does not exist in DNS (NXDOMAIN) or no delegated zone holds it.
   * - single: only one name server (RFC 1034 §4.1 and RFC 2182 §5 ask for at least two).
   * - no_address: a name server's host name has no A/AAAA record.
   * - dns_error: a lookup failed temporarily.
   */
  "ns.none": { severity: "error" },
  "ns.single": { severity: "warning" },
  "ns.no_address": { severity: "warning" },
  "ns.dns_error": { severity: "error" },
} as const satisfies Record<string, { severity: Severity }>;

export type FindingCode = keyof typeof FINDING_CODES;

export function isFindingCode(value: unknown): value is FindingCode {
  return typeof value === "string" && Object.hasOwn(FINDING_CODES, value);
}
