import { describe, expect, it } from "vitest";
import { classify, isTemporary } from "@/lib/bounce/classify";

const gmail = (status: string, replyCode: string, reply: string) => classify({ status, replyCode, reply, notice: null, gmail: true });

describe("classify: Gmail's replies (../shared/reference/gmail-smtp-errors.md §1)", () => {
  it.each([
    ["4.7.26", "421", "This email has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.", "auth_unauthenticated"],
    ["5.7.26", "550", "This mail has been blocked because the sender is unauthenticated.", "auth_unauthenticated"],
    ["5.7.26", "550", "The MAIL FROM domain [example.jp] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks", "spf_fail"],
    ["5.7.26", "550", "Unauthenticated email from example.jp is not accepted due to domain's DMARC policy.", "dmarc_policy"],
    ["4.7.26", "451", "Unauthenticated email from example.jp is not accepted due to domain's DMARC policy, but temporary DNS failures prevent authentication.", "auth_dns_temporary"],
    ["5.7.24", "550", "The SPF record of the sending domain has one or more suspicious entries.", "spf_suspicious"],
    ["5.7.27", "550", "This message was blocked because it didn't pass SPF authentication.", "spf_fail"],
    ["4.7.30", "421", "Your email has been rate limited because DKIM authentication didn't pass for this message.", "dkim_fail"],
    ["4.7.40", "421", "the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy.", "dmarc_missing"],
    ["4.7.32", "421", "the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.", "alignment"],
    ["5.7.1", "550", "This message does not have authentication information or fails to pass authentication checks.", "auth_unauthenticated"],
    ["4.7.0", "421", "The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP.", "ptr"],
    ["4.7.23", "451", "The sending IP address for this message doesn't have a PTR record", "ptr"],
    ["5.7.1", "550", "This message does not meet IPv6 sending guidelines regarding PTR records and authentication.", "ptr"],
    ["4.7.0", "421", "TLS required for RCPT domain, closing connection.", "tls"],
    ["4.7.29", "421", "Your email has been rate limited because you're not using a TLS connection.", "tls"],
    ["4.7.0", "421", "This message is suspicious due to the very low reputation of the sending domain.", "reputation"],
    ["5.7.1", "550", "This message is likely unsolicited email.", "reputation"],
    ["4.7.0", "421", "This message is suspicious due to the nature of the content or the links within.", "reputation"],
    ["4.7.28", "421", "Gmail has detected an unusual rate of unsolicited mail originating from your IP address.", "rate_limit"],
    ["4.7.28", "421", "Gmail has detected this message exceeded its quota for sending messages with the same Message-ID:.", "rate_limit"],
    ["5.7.1", "550", "Messages with multiple addresses in From: header are not accepted.", "message_format"],
    ["5.7.1", "550", "Messages missing a valid Message-ID: header are not accepted.", "message_format"],
    ["5.6.0", "554", "Email message is malformed. Not accepted.", "message_format"],
    ["5.7.0", "552", "This message was blocked because its content presents a potential security issue.", "message_format"],
    ["5.3.4", "552", "Your message exceeded Google's message size limits.", "message_format"],
    ["5.7.1", "550", "The IP you're using to send email is not authorized to send email directly to our servers.", "relay_denied"],
    ["5.7.0", "550", "Mail relay denied [203.0.113.9]. Invalid credentials for relay.", "relay_denied"],
    ["5.7.0", "530", "Authentication Required.", "relay_denied"],
    ["5.1.1", "550", "The email account that you tried to reach does not exist.", "recipient_unknown"],
    ["5.1.2", "553", "We weren't able to find the recipient domain.", "recipient_unknown"],
    ["5.2.1", "550", "The email account that you tried to reach is inactive.", "recipient_inactive"],
    ["4.2.1", "450", "The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.", "recipient_rate"],
    ["5.2.2", "552", "The recipient's inbox is out of storage space and inactive.", "mailbox_full"],
    ["5.7.1", "550", "The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.", "policy"],
    ["4.7.0", "421", "IP not in whitelist for RCPT domain, closing connection.", "policy"],
    ["5.4.6", "554", "Message exceeded 50 hops, this may indicate an email loop.", "other"],
  ])("%s %s %s", (status, code, reply, category) => {
    expect(gmail(status, code, reply)).toBe(category);
  });
});

describe("classify: codes alone", () => {
  it.each([
    ["5.7.26", true, "auth_unauthenticated"],
    ["5.7.27", true, "spf_fail"],
    ["5.7.27", false, "policy"],
    ["5.7.23", true, "ptr"],
    ["5.7.23", false, "spf_fail"],
    ["5.7.30", false, "tls"],
    ["5.7.40", true, "dmarc_missing"],
    ["5.1.1", false, "recipient_unknown"],
    ["5.2.2", false, "mailbox_full"],
    ["5.6.1", false, "message_format"],
    ["4.4.1", false, "other"],
  ])("%s (gmail: %s)", (status, isGmail, category) => {
    expect(classify({ status, replyCode: null, reply: null, notice: null, gmail: isGmail })).toBe(category);
  });

  it("reads Gmail's 504 5.7.40 (client authentication, S1 since 2025-08) as relay_denied", () => {
    expect(classify({ status: "5.7.40", replyCode: "504", reply: "Unrecognized authentication type.", notice: null, gmail: true })).toBe("relay_denied");
  });

  it("uses the notice only when neither the reply nor the code says anything", () => {
    expect(classify({ status: "5.0.0", replyCode: null, reply: null, notice: "Your message wasn't delivered because the address couldn't be found.", gmail: false })).toBe("recipient_unknown");
    expect(classify({ status: "5.1.1", replyCode: "550", reply: "User unknown", notice: "quota exceeded", gmail: false })).toBe("recipient_unknown");
  });

  it("reads Japanese wordings", () => {
    expect(classify({ status: null, replyCode: null, reply: "送信先のメールボックスが一杯です", notice: null, gmail: false })).toBe("mailbox_full");
    expect(classify({ status: null, replyCode: null, reply: "ユーザーは Domino ディレクトリには見つかりません。", notice: null, gmail: false })).toBe("recipient_unknown");
  });
});

describe("isTemporary (RFC 5321 §4.2.1, RFC 3463 §3.1)", () => {
  it.each([
    ["421", "4.7.26", "failed", true],
    ["550", "5.7.26", "delayed", false],
    [null, "4.4.1", "failed", true],
    [null, "4.0.0", "failed", false],
    [null, "5.0.0", "delayed", true],
    [null, null, null, false],
  ])("%s %s %s", (code, status, action, expected) => {
    expect(isTemporary(code, status, action)).toBe(expected);
  });
});
