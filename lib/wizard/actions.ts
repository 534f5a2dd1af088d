import type { Severity } from "@/lib/findings/types";

/**
 * Every action the diagnosis can recommend, with its default severity (`error` = must do for
 * mail to arrive, `warning` = should do, `info` = to know). Ids are a public API (API responses,
 * share links, the support summary): append new ones, never rename or remove one.
 */
export const ACTION_IDS = {
  /** No SPF record yet: add the hosting profile's record. */
  "spf.add_record": { severity: "error" },
  /** Several SPF records: merge into one and delete the others (RFC 7208 §4.5 → permerror). */
  "spf.merge_records": { severity: "error" },
  /** An SPF record exists but does not authorize the server that sends the mail. */
  "spf.authorize_server": { severity: "error" },
  /** The SPF record has syntax errors: replace it with the corrected one. */
  "spf.fix_syntax": { severity: "error" },
  /** The SPF record needs more than 10 DNS lookups (RFC 7208 §4.6.4): remove or replace includes. */
  "spf.reduce_lookups": { severity: "error" },
  /** The record ends in +all / ?all: anyone may send as the domain. */
  "spf.tighten_all": { severity: "warning" },
  "dmarc.add_record": { severity: "warning" },
  "dkim.enable": { severity: "warning" },
  /** The sending IP's reverse DNS is missing or does not match: only the IP's owner can fix it. */
  "ptr.ask_host": { severity: "warning" },
  /** Forwarding to Gmail: what DNS can and cannot fix, and the real options. */
  "forward.explain": { severity: "info" },
  /** The mailing list's own domain must authorize the server that delivers list mail. */
  "list.authorize_server": { severity: "error" },
  /** The failing address is not a list member: a member's server forwards to Gmail. */
  "list.contact_forwarder": { severity: "info" },
  /** Lists that keep the poster's From fail DMARC for posters on strict domains. */
  "list.dmarc_from": { severity: "info" },
  /** The recipient address does not exist / is disabled / is full: nothing in DNS to fix. */
  "recipient.check_address": { severity: "info" },
  /** Gmail refused for a reason DNS does not fix (reputation, content, rate, format). */
  "mail.not_dns": { severity: "info" },
  /** The domain's nameservers do not let the customer add records: move DNS first. */
  "dns.switch_provider": { severity: "error" },
  /** After changing DNS: caches keep the old answer for up to the TTL. */
  "wait.propagation": { severity: "info" },
} as const satisfies Record<string, { severity: Severity }>;

export type ActionId = keyof typeof ACTION_IDS;

export function isActionId(value: unknown): value is ActionId {
  return typeof value === "string" && Object.hasOwn(ACTION_IDS, value);
}
