import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeBounce } from "@/lib/bounce/analyze";
import type { BounceCategory } from "@/lib/bounce/categories";
import { SISIMAI_REASON_CATEGORIES, type SisimaiReason } from "@/lib/bounce/sisimai-mapping";
import type { BounceAnalysis } from "@/lib/bounce/types";

interface ManifestEntry {
  file: string;
  expected: { status: string; replycode?: string; reason: string; status_is_sisimai_internal_code: boolean };
}

const DIR = path.resolve(process.cwd(), "../shared/testdata/bounces");
const MANIFEST = JSON.parse(readFileSync(path.join(DIR, "manifest.json"), "utf8")) as ManifestEntry[];

/** Our own reading of each fixture, checked by hand against the file (Sisimai's reason allows several). */
const CATEGORY: Record<string, BounceCategory> = {
  "rhost-google-01.eml": "recipient_inactive",
  "rhost-google-02.eml": "recipient_unknown",
  "rhost-google-03.eml": "spf_fail",
  "rhost-google-04.eml": "auth_unauthenticated",
  "rhost-google-05.eml": "mailbox_full",
  "rhost-google-06.eml": "ptr",
  "rhost-google-07.eml": "recipient_inactive",
  "rhost-google-08.eml": "message_format",
  "lhost-postfix-28.eml": "message_format",
  "lhost-postfix-29.eml": "message_format",
  "lhost-postfix-31.eml": "recipient_unknown",
  "lhost-postfix-58.eml": "reputation",
  "lhost-postfix-59.eml": "recipient_rate",
  "lhost-postfix-70.eml": "dmarc_policy",
  "lhost-sendmail-31.eml": "message_format",
  "lhost-sendmail-34.eml": "message_format",
  "lhost-sendmail-43.eml": "message_format",
  "lhost-sendmail-58.eml": "dmarc_policy",
  "lhost-sendmail-59.eml": "auth_unauthenticated",
  "lhost-sendmail-60.eml": "spf_fail",
  "lhost-qmail-14.eml": "dmarc_policy",
  "lhost-qmail-20.eml": "dmarc_policy",
  "lhost-dragonfly-01.eml": "dmarc_policy",
  "lhost-opensmtpd-01.eml": "recipient_unknown",
  "lhost-amazonses-20.eml": "recipient_inactive",
  "lhost-gmail-01.eml": "recipient_unknown",
  "lhost-gmail-03.eml": "message_format",
  "lhost-gmail-04.eml": "reputation",
  "lhost-gmail-05.eml": "policy",
  "lhost-gmail-06.eml": "mailbox_full",
  "lhost-gmail-07.eml": "tls",
  "lhost-gmail-08.eml": "other",
  "lhost-gmail-09.eml": "other",
  "lhost-gmail-10.eml": "other",
  "lhost-gmail-11.eml": "other",
  "lhost-gmail-15.eml": "other",
  "lhost-gmail-16.eml": "mailbox_full",
  "lhost-gmail-17.eml": "other",
  "lhost-gmail-18.eml": "recipient_unknown",
  "lhost-gmail-19.eml": "mailbox_full",
  "rhost-gsuite-01.eml": "recipient_unknown",
  "rhost-gsuite-02.eml": "recipient_unknown",
  "rhost-gsuite-03.eml": "recipient_unknown",
  "rhost-gsuite-04.eml": "recipient_unknown",
  "rhost-gsuite-05.eml": "recipient_unknown",
  "rhost-gsuite-06.eml": "other",
  "rhost-gsuite-07.eml": "other",
  "rhost-gsuite-08.eml": "recipient_unknown",
  "rhost-gsuite-09.eml": "recipient_unknown",
  "rhost-gsuite-10.eml": "recipient_unknown",
  "rhost-gsuite-11.eml": "policy",
  "rhost-gsuite-12.eml": "reputation",
  "rhost-gsuite-13.eml": "recipient_unknown",
  "rhost-gsuite-14.eml": "recipient_unknown",
  "rhost-gsuite-15.eml": "recipient_unknown",
  "lhost-googleworkspace-01.eml": "relay_denied",
  "lhost-googlegroups-01.eml": "policy",
  "lhost-googlegroups-02.eml": "policy",
  "lhost-postfix-04.eml": "recipient_unknown",
  "lhost-postfix-07.eml": "recipient_unknown",
  "lhost-postfix-49.eml": "other",
  "lhost-postfix-50.eml": "other",
  "lhost-mfilter-01.eml": "recipient_unknown",
  "lhost-mfilter-05.eml": "other",
  "lhost-ezweb-07.eml": "recipient_unknown",
  "lhost-kddi-01.eml": "mailbox_full",
  "lhost-biglobe-01.eml": "mailbox_full",
  "rhost-nttdocomo-01.eml": "recipient_unknown",
  "rhost-kddi-01.eml": "recipient_unknown",
  "lhost-domino-02.eml": "recipient_unknown",
  "lhost-dragonfly-02.eml": "dmarc_policy",
  "lhost-dragonfly-05.eml": "auth_unauthenticated",
  "lhost-dragonfly-06.eml": "ptr",
  "lhost-sendmail-57.eml": "recipient_unknown",
  "lhost-postfix-68.eml": "policy",
  "lhost-postfix-71.eml": "dmarc_policy",
  "lhost-exim-29.eml": "spf_fail",
  "lhost-office365-03.eml": "spf_fail",
};

const results = new Map<string, BounceAnalysis>();
const tally = { status: { passed: 0, total: 0 }, replyCode: { passed: 0, total: 0 }, mapping: { passed: 0, total: 0 } };

beforeAll(async () => {
  for (const entry of MANIFEST) {
    const outcome = await analyzeBounce(readFileSync(path.join(DIR, entry.file)));
    if (outcome.ok) results.set(entry.file, outcome.bounce);
  }
});

afterAll(() => {
  const show = ({ passed, total }: { passed: number; total: number }) => `${passed}/${total}`;
  console.log(`corpus: status ${show(tally.status)}, reply code ${show(tally.replyCode)}, category mapping ${show(tally.mapping)} (${MANIFEST.length} files)`);
});

function result(file: string): BounceAnalysis {
  const bounce = results.get(file);
  if (!bounce) throw new Error(`${file} was not read as a bounce`);
  return bounce;
}

describe("Sisimai corpus (../shared/testdata/bounces)", () => {
  it("has the 78 files the manifest lists", () => {
    expect(MANIFEST).toHaveLength(78);
    expect(Object.keys(CATEGORY).sort()).toEqual(MANIFEST.map((entry) => entry.file).sort());
  });

  describe.each(MANIFEST)("$file", (entry) => {
    const { expected } = entry;
    if (expected.status_is_sisimai_internal_code) {
      it.skip(`status: Sisimai's internal code ${expected.status} never appears in mail, so there is nothing to compare`, () => {});
    } else {
      it(`status ${expected.status}`, () => {
        tally.status.total += 1;
        expect(result(entry.file).status).toBe(expected.status);
        tally.status.passed += 1;
      });
    }

    it(`reply code ${expected.replycode ?? "(none)"}`, () => {
      tally.replyCode.total += 1;
      expect(result(entry.file).replyCode).toBe(expected.replycode ?? null);
      tally.replyCode.passed += 1;
    });

    it(`category is one Sisimai's "${expected.reason}" maps to, and the one read by hand`, () => {
      tally.mapping.total += 1;
      const category = result(entry.file).category;
      const allowed: readonly BounceCategory[] = SISIMAI_REASON_CATEGORIES[expected.reason as SisimaiReason] ?? [];
      expect(allowed).toContain(category);
      tally.mapping.passed += 1;
      expect(category).toBe(CATEGORY[entry.file]);
    });
  });
});

describe("facts read from the corpus", () => {
  it("joins Gmail's multi-line 5.7.26 reply and keeps the session token apart", () => {
    const bounce = result("rhost-google-04.eml");
    expect(bounce.reply).toBe(
      "This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [relay3.example.com] with ip: [192.0.2.22] = did not pass For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication",
    );
    expect(bounce.session).toBe("c2-202200202020202020222222cat.127 - gsmtp");
    expect(bounce).toMatchObject({ domain: "relay3.example.com", ip: "192.0.2.22", ipSource: "reply", gmail: true });
  });

  it("prefers Sendmail's full transcript over its one-line Diagnostic-Code", () => {
    expect(result("lhost-sendmail-60.eml")).toMatchObject({
      domain: "email.example.jp",
      ip: "203.0.113.22",
      reply: expect.stringContaining("fails to pass SPF checks with the ip: [203.0.113.22]"),
    });
    expect(result("rhost-google-07.eml").reply).toContain("?p=DisabledUser");
  });

  it("reads the forward path from Original-Recipient, `expanded from` and X-Actual-Recipient", () => {
    expect(result("rhost-google-03.eml")).toMatchObject({ scenario: "forward", originalRecipient: "neko@example.co.jp", recipient: "kijitora@google.example.com" });
    expect(result("rhost-google-06.eml")).toMatchObject({ scenario: "forward", originalRecipient: "michitsuna@example.org" });
    expect(result("lhost-sendmail-58.eml")).toMatchObject({ scenario: "forward", originalRecipient: "info@example.jp", domain: "cpanel.com" });
  });

  it("says direct for Gmail DMARC / SPF refusals of the sender's own domain", () => {
    expect(result("lhost-postfix-70.eml")).toMatchObject({ scenario: "direct", domain: "libsisimai.org", from: "postmaster@libsisimai.org" });
    expect(result("lhost-qmail-14.eml")).toMatchObject({ scenario: "direct", domain: "example.jp", gmail: true });
  });

  it("never takes the IP of Gmail's own MX or of the customer's client", () => {
    // lhost-gmail-01: the returned message was sent from 192.0.2.135 (a home line); qmail names Gmail's MX 74.125.204.27.
    expect(result("lhost-gmail-01.eml").ip).toBeNull();
    expect(result("lhost-qmail-14.eml").ip).toBeNull();
    // The reply names no IP and the report went straight into a mailbox: nothing to say.
    expect(result("lhost-postfix-59.eml").ip).toBeNull();
  });

  it("tells Gmail's refusals from other servers' and from Google's own notices", () => {
    expect(result("lhost-gmail-01.eml")).toMatchObject({ gmail: false, reportedByGoogle: true });
    expect(result("lhost-gmail-19.eml")).toMatchObject({ gmail: true, reportedByGoogle: true });
    expect(result("lhost-googlegroups-02.eml")).toMatchObject({ gmail: true, category: "policy" });
    expect(result("lhost-postfix-71.eml")).toMatchObject({ gmail: false, domain: "libsisimai.org" });
  });

  it("reads every recipient of a two-recipient report", () => {
    expect(result("lhost-sendmail-31.eml").recipients.map((entry) => entry.recipient)).toEqual(["kijitora@example.net", "sabatora@example.net"]);
  });

  it("reads the Original-Recipient, sender and reporting MTA of a Postfix DSN", () => {
    expect(result("rhost-google-03.eml")).toMatchObject({
      sender: "nginx@mail4.example.com",
      from: "kijitora@google.example.com",
      reportingMta: "mail4.example.com",
      remoteMta: "gmail-smtp-in.l.google.com",
      arrivalDate: "Thu,  9 Apr 2022 23:34:45 +0900 (JST)",
      action: "failed",
      temporary: false,
    });
  });
});

describe("SISIMAI-MAPPING.md", () => {
  it("lists the same mapping as sisimai-mapping.ts", () => {
    const markdown = readFileSync(path.resolve(process.cwd(), "lib/bounce/SISIMAI-MAPPING.md"), "utf8");
    const rows = Object.fromEntries(
      [...markdown.matchAll(/^\| `([a-z]+)` \| ([^|]+) \|/gm)].map((row) => [row[1], [...(row[2] ?? "").matchAll(/`([a-z_]+)`/g)].map((cell) => cell[1])]),
    );
    expect(rows).toEqual(Object.fromEntries(Object.entries(SISIMAI_REASON_CATEGORIES).map(([reason, categories]) => [reason, [...categories]])));
  });
});
