import { describe, expect, it } from "vitest";
import { isGoogleHost, looksLikeGoogleReply, readReplyFacts, reportingMtaIp } from "@/lib/bounce/gmail-facts";

describe("readReplyFacts", () => {
  it.each([
    ["DKIM = did not pass SPF [example.jp] with ip: [203.0.113.25] = did not pass", "example.jp", "203.0.113.25"],
    ["Authentication results: DKIM = did not pass SPF example.jp with ip: 203.0.113.25 = did not pass", "example.jp", "203.0.113.25"],
    ["The MAIL FROM domain [mail.example.jp] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.24].", "mail.example.jp", "192.0.2.24"],
    ["The (E)MAIL FROM domain [example.jp] has an SPF record with a hard fail policy", "example.jp", null],
    ["Unauthenticated email from example.jp is not accepted due to domain's DMARC policy.", "example.jp", null],
    ["[203.0.113.25] The IP address sending this message does not have a PTR record setup", null, "203.0.113.25"],
    ["[198.51.100.9      18] Our system has detected that this message is likely suspicious", null, "198.51.100.9"],
    ["[2001:db8::25      13] Messages with multiple addresses in From: header are not accepted.", null, "2001:db8::25"],
    ["Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification", "example.jp", null],
    ["Your message was rejected due to example.org's DMARC policy.", "example.org", null],
    ["192.0.2.222 is not allowed to send from <example.net> per it's SPF Record.", "example.net", "192.0.2.222"],
    ["Bad SPF records for [example.org:192.0.2.2], see http://spf.pobox.com/", "example.org", "192.0.2.2"],
    ["Mail relay denied [203.0.113.9]. Invalid credentials for relay for one of the domains", null, "203.0.113.9"],
    ["Service unavailable; Client host [192.0.2.49] blocked using cbl.example.org", null, "192.0.2.49"],
  ])("%s", (text, domain, ip) => {
    expect(readReplyFacts(text)).toEqual({ domain, ip });
  });

  it("rejects addresses that are not IPs and names that are not domains", () => {
    expect(readReplyFacts("[2401:2500:102:3032:192.0.2.222      13] Messages with multiple addresses")).toEqual({ domain: null, ip: null });
    expect(readReplyFacts("SPF [not a domain] with ip: [999.1.1.1] = did not pass")).toEqual({ domain: null, ip: null });
  });

  it("does not take Gmail's own MX address from a transcript line", () => {
    expect(readReplyFacts("host gmail-smtp-in.l.google.com[142.251.170.27] said: 550 5.7.1 blocked").ip).toBeNull();
  });
});

describe("reportingMtaIp", () => {
  const received = (value: string) => ({ name: "received", value });

  it("takes the reporting MTA's address from the next hop's Received field", () => {
    expect(reportingMtaIp([received("from mail4.example.com (mx4.example.com [192.0.2.24]) by mx.example.jp (Postfix) with ESMTPS id X")], "mail4.example.com")).toBe("192.0.2.24");
    expect(reportingMtaIp([received("from relay.example.jp (unknown [192.0.2.20]) by mx.example.jp")], "relay.example.jp")).toBe("192.0.2.20");
  });

  it("ignores Received fields of other hosts and internal addresses", () => {
    expect(reportingMtaIp([received("from [192.168.1.23] (p1-ipoe.example.ne.jp [198.51.100.77]) by www1234.example.ne.jp")], "www1234.example.ne.jp")).toBeNull();
    expect(reportingMtaIp([received("from www1234.example.ne.jp (localhost [127.0.0.1]) by www1234.example.ne.jp")], "www1234.example.ne.jp")).toBeNull();
    expect(reportingMtaIp([received("from mail4.example.com (mx4.example.com [192.0.2.24])")], null)).toBeNull();
  });
});

describe("Google markers", () => {
  it.each([
    ["gmail-smtp-in.l.google.com", true],
    ["alt1.aspmx.l.google.com.", true],
    ["gmr-smtp-in.l.google.com", true],
    ["mx.example.jp", false],
    ["google.com.example.jp", false],
  ])("isGoogleHost(%s)", (host, expected) => {
    expect(isGoogleHost(host)).toBe(expected);
  });

  it("recognises Gmail's replies but not Google's notices about other servers", () => {
    expect(looksLikeGoogleReply("blocked. x1 - gsmtp", true)).toBe(true);
    expect(looksLikeGoogleReply("Gmail requires all senders to authenticate", true)).toBe(true);
    expect(looksLikeGoogleReply("The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720", false)).toBe(false);
    expect(looksLikeGoogleReply("<someone@gmail.com>... Access denied", true)).toBe(false);
  });
});
