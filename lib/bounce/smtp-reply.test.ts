import { describe, expect, it } from "vitest";
import { groupReplyLines, parseSmtpReply } from "@/lib/bounce/smtp-reply";

describe("parseSmtpReply", () => {
  it("joins a Postfix-folded Gmail reply and keeps the session token apart", () => {
    const reply = parseSmtpReply(
      "550-5.7.26 The MAIL FROM domain [example.jp] has\n    an SPF record with a 550-5.7.26 hard fail policy (-all) but it fails to\n    pass SPF checks with the ip: 550-5.7.26 [203.0.113.25]. 550 5.7.26\n    https://support.google.com/mail/answer/81126#authentication\n    41be03b00d2f7-b3c1.345 - gsmtp (in reply to end of DATA command)",
    );
    expect(reply).toEqual({
      code: "550",
      status: "5.7.26",
      text: "The MAIL FROM domain [example.jp] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [203.0.113.25]. https://support.google.com/mail/answer/81126#authentication",
      session: "41be03b00d2f7-b3c1.345 - gsmtp",
    });
  });

  it("reads one reply line per text line (RFC 5321 §4.2.1) with transcript markers", () => {
    expect(parseSmtpReply("<<< 421-4.7.0 TLS required for RCPT domain,\n<<< 421 4.7.0 closing connection. x1 - gsmtp")).toEqual({
      code: "421",
      status: "4.7.0",
      text: "TLS required for RCPT domain, closing connection.",
      session: "x1 - gsmtp",
    });
  });

  it("keeps a Workspace rule's gcdp token with the session", () => {
    expect(parseSmtpReply("550 5.7.1 Policy prohibited. https://support.google.com/a/answer/172179 - gcdp abc123 - gsmtp")).toMatchObject({
      text: "Policy prohibited. https://support.google.com/a/answer/172179",
      session: "gcdp abc123 - gsmtp",
    });
  });

  it.each([
    ["554 554 5.7.0 Header error (state 18).", "554", "5.7.0", "Header error (state 18)."],
    ["550 #5.1.0 Address rejected.", "550", "5.1.0", "Address rejected."],
    ["550 : User unknown", "550", null, "User unknown"],
    ["5.7.1 Service unavailable", null, "5.7.1", "Service unavailable"],
    ["550 5.7.509 Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification", "550", "5.7.509", "Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification"],
    ["DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded with code NXDOMAIN", null, null, "DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded with code NXDOMAIN"],
  ])("%s", (raw, code, status, text) => {
    expect(parseSmtpReply(raw)).toMatchObject({ code, status, text });
  });

  it("does not take a number inside an IP address for a status", () => {
    expect(parseSmtpReply("[192.0.2.135]:25: socket error")).toMatchObject({ code: null, status: null });
  });

  it("returns null for nothing", () => {
    expect(parseSmtpReply("   ")).toBeNull();
  });
});

describe("groupReplyLines", () => {
  it("splits a transcript into replies and drops lines outside them", () => {
    const groups = groupReplyLines([
      "<<< 550-5.2.1 The email account that you tried to reach is inactive.",
      "<<< 550 5.2.1  https://support.google.com/mail/?p=DisabledUser x - gsmtp",
      "stray line",
      "<<< 503-5.5.1 RCPT first.",
      "<<< 503 5.5.1 specifications. x - gsmtp",
    ]);
    expect(groups.map((group) => group.length)).toEqual([2, 2]);
    expect(groups[1]?.[0]).toBe("503-5.5.1 RCPT first.");
  });
});
