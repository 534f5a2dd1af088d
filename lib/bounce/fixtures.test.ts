import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeBounce } from "@/lib/bounce/analyze";
import { BOUNCE_CATEGORY_IDS } from "@/lib/bounce/categories";
import { readBounceSource } from "@/lib/bounce/mime";
import type { BounceAnalysis } from "@/lib/bounce/types";

const DIR = path.resolve(process.cwd(), "lib/bounce/testdata");

async function read(file: string): Promise<BounceAnalysis> {
  const outcome = await analyzeBounce(readFileSync(path.join(DIR, file)));
  if (!outcome.ok) throw new Error(`${file}: ${outcome.reason}`);
  return outcome.bounce;
}

type Expectation = Partial<BounceAnalysis> & { encoding: string };

/** One fixture per category and per encoding; see testdata/README.md. */
const FIXTURES: Record<string, Expectation> = {
  "gmail-unauthenticated-direct.eml": {
    encoding: "us-ascii, Postfix DSN with the returned message",
    category: "auth_unauthenticated", status: "5.7.26", replyCode: "550", gmail: true, scenario: "direct",
    ip: "203.0.113.25", ipSource: "reply", domain: "example.jp", dkim: { domain: "example.jp", selector: "rs20260401" },
    sender: "taro@example.jp", from: "taro@example.jp", recipient: "hanako@example.com", reportingMta: "www1234.example.ne.jp",
  },
  "gmail-spf-fail-iso2022jp.eml": {
    encoding: "ISO-2022-JP notice, text/rfc822-headers",
    category: "spf_fail", status: "5.7.26", replyCode: "550", scenario: "direct", ip: "203.0.113.25", domain: "example.jp",
  },
  "gmail-dkim-fail-qp.eml": { encoding: "UTF-8 quoted-printable notice", category: "dkim_fail", status: "5.7.30", replyCode: "550", dkim: { domain: "example.jp", selector: "mail2026" } },
  "gmail-dmarc-policy-base64.eml": { encoding: "UTF-8 base64 notice", category: "dmarc_policy", status: "5.7.26", domain: "example.jp", scenario: "direct" },
  "gmail-dmarc-missing-delayed.eml": { encoding: "us-ascii, delay notice", category: "dmarc_missing", status: "4.7.40", replyCode: "421", temporary: true, action: "delayed" },
  "gmail-alignment.eml": { encoding: "us-ascii", category: "alignment", status: "4.7.32", temporary: true, dkim: { domain: "mailer.example.com", selector: "s1" } },
  "gmail-spf-suspicious.eml": { encoding: "us-ascii", category: "spf_suspicious", status: "5.7.24" },
  "gmail-auth-dns-temporary.eml": { encoding: "us-ascii", category: "auth_dns_temporary", status: "4.7.26", replyCode: "451", temporary: true, domain: "example.jp" },
  "paste-postfix-body.txt": { encoding: "UTF-8 text pasted without headers", category: "ptr", status: "5.7.25", ip: "203.0.113.25", ipSource: "reply", scenario: null },
  "gmail-tls.eml": { encoding: "us-ascii", category: "tls", status: "5.7.29" },
  "jp-notice-reputation-eucjp.eml": { encoding: "EUC-JP Sendmail-style notice", category: "reputation", status: "5.7.1", replyCode: "550", ip: "192.0.2.50", recipient: "customer@example.com" },
  "gmail-rate-limit.eml": { encoding: "us-ascii", category: "rate_limit", status: "4.7.28", temporary: true },
  "exim-message-format.eml": { encoding: "us-ascii Exim report", category: "message_format", status: "5.7.1", replyCode: "550", ip: "192.0.2.61", recipient: "staff@example.com" },
  "gmail-relay-denied.eml": { encoding: "us-ascii", category: "relay_denied", status: "5.7.1", ip: "203.0.113.25", ipSource: "reply" },
  "gmail-recipient-unknown-sendmail.eml": { encoding: "us-ascii Sendmail transcript", category: "recipient_unknown", status: "5.1.1", replyCode: "550", recipient: "tanaka.ichiro@example.com", remoteMta: "aspmx.l.google.com" },
  "gmail-recipient-inactive.eml": { encoding: "us-ascii", category: "recipient_inactive", status: "5.2.1" },
  "gmail-mailbox-full.eml": { encoding: "us-ascii", category: "mailbox_full", status: "4.2.2", temporary: true },
  "gmail-recipient-rate.eml": { encoding: "us-ascii", category: "recipient_rate", status: "4.2.1", replyCode: "450" },
  "gmail-policy-gcdp.eml": { encoding: "us-ascii", category: "policy", status: "5.7.1", remoteMta: "aspmx.l.google.com" },
  "gmail-mail-loop.eml": { encoding: "us-ascii", category: "other", status: "5.4.6", replyCode: "554" },
  "forward-spf-fail.eml": {
    encoding: "us-ascii",
    category: "spf_fail", scenario: "forward", recipient: "yamada.forward@example.com", originalRecipient: "yamada@example.jp", domain: "shop.example.com", ip: "203.0.113.25",
  },
  "mailing-list.eml": {
    encoding: "us-ascii",
    category: "dmarc_policy", scenario: "list", listId: "Seminar announcements <seminar.lists.example.jp>", sender: "seminar-bounces@lists.example.jp", from: "speaker@example.com", domain: "example.com",
  },
  "jp-hosting-notice-sjis.eml": {
    encoding: "Shift_JIS hosting notice, no DSN part",
    category: "auth_unauthenticated", status: "5.7.26", replyCode: "550", recipient: "hanako@example.com", ip: "203.0.113.40", domain: "example.jp", scenario: "direct", from: "taro@example.jp", reportingMta: "sv1234.example.ne.jp",
  },
  "paste-notice-sjis.txt": { encoding: "Shift_JIS bytes, no header, no charset label", category: "auth_unauthenticated", recipient: "hanako@example.com", ip: "203.0.113.40", domain: "example.jp" },
  "paste-diagnostic-lines.txt": {
    encoding: "only the diagnostic lines",
    category: "auth_unauthenticated", status: "5.7.26", replyCode: "550", gmail: true, scenario: "direct", ip: "203.0.113.25", domain: "example.jp", recipient: null,
    session: "98e67ed59e1d1-3131f2e3d4csi1234567a91.3 - gsmtp",
  },
  "paste-headerless-multipart.txt": { encoding: "multipart body pasted from its first boundary", category: "auth_unauthenticated", status: "4.7.26", replyCode: "421", temporary: true, action: "delayed", ip: "203.0.113.25" },
};

/** The customers' own client addresses in the returned messages' Received fields: never the sending IP. */
const CLIENT_IPS = ["198.51.100.77", "198.51.100.91", "198.51.100.120", "198.51.100.150", "198.51.100.33", "192.0.2.140"];

describe("own fixtures (lib/bounce/testdata)", () => {
  it.each(Object.entries(FIXTURES))("%s", async (file, { encoding, ...expected }) => {
    expect(encoding).not.toBe("");
    expect(await read(file)).toMatchObject(expected);
  });

  it("covers every category and every fixture file", () => {
    const categories = new Set(Object.values(FIXTURES).map((entry) => entry.category));
    expect([...categories].sort()).toEqual([...BOUNCE_CATEGORY_IDS].sort());
    const files = readdirSync(DIR).filter((file) => /\.(eml|txt)$/.test(file));
    expect(files.sort()).toEqual([...Object.keys(FIXTURES), "delivery-success.eml", "not-a-bounce.txt"].sort());
  });

  it("never reports the customer's own client IP from the returned message's Received fields", async () => {
    for (const file of Object.keys(FIXTURES)) {
      const bounce = await read(file);
      expect(CLIENT_IPS, file).not.toContain(bounce.ip);
    }
  });

  it("reads the same notice whether the bytes come with or without their MIME header", async () => {
    const withHeader = await read("jp-hosting-notice-sjis.eml");
    const pasted = await read("paste-notice-sjis.txt");
    expect(pasted.reply).toBe(withHeader.reply);
    expect(withHeader.reply).toContain("SPF [example.jp] with ip: [203.0.113.40] = did not pass");
  });

  it.each([
    ["gmail-spf-fail-iso2022jp.eml", "一つ以上の宛先に対"],
    ["gmail-dkim-fail-qp.eml", "以下の宛先へのメールを配信できませんでした。"],
    ["gmail-dmarc-policy-base64.eml", "受け取りを拒否されたため届きませんでした。"],
    ["jp-notice-reputation-eucjp.eml", "以下の宛先へメールを配信できませんでした。"],
    ["jp-hosting-notice-sjis.eml", "お客様が送信されたメールは、以下の理由により配信できませんでした。"],
    ["paste-notice-sjis.txt", "お客様が送信されたメールは、以下の理由により配信できませんでした。"],
  ])("decodes the Japanese notice of %s", async (file, phrase) => {
    const source = await readBounceSource(readFileSync(path.join(DIR, file)));
    expect(source.notices.join("\n")).toContain(phrase);
  });

  it("answers not_a_bounce for a success report and for an ordinary mail", async () => {
    expect(await analyzeBounce(readFileSync(path.join(DIR, "delivery-success.eml")))).toEqual({ ok: false, reason: "delivery_success" });
    expect(await analyzeBounce(readFileSync(path.join(DIR, "not-a-bounce.txt")))).toEqual({ ok: false, reason: "no_failure_found" });
  });
});
