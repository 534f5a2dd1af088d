import { describe, expect, it } from "vitest";
import { findStatus, mtaName, parseDsnFields } from "@/lib/bounce/dsn-fields";

describe("parseDsnFields (RFC 3464)", () => {
  it("reads per-message and per-recipient fields with folded Diagnostic-Code", () => {
    const report = parseDsnFields(
      [
        "Reporting-MTA: dns; www1234.example.ne.jp",
        "X-Postfix-Sender: rfc822; taro@example.jp",
        "Arrival-Date: Sun, 12 Apr 2026 14:15:28 +0900 (JST)",
        "",
        "Final-Recipient: rfc822; hanako@example.com",
        "Original-Recipient: rfc822;info@example.jp",
        "Action: failed",
        "Status: 5.7.26",
        "Remote-MTA: dns; gmail-smtp-in.l.google.com.",
        "Diagnostic-Code: smtp; 550-5.7.26 Unauthenticated email from example.jp is",
        "    not accepted 550 5.7.26 x - gsmtp",
      ].join("\n"),
    );
    expect(report.message).toEqual({ reportingMta: "www1234.example.ne.jp", sender: "taro@example.jp", arrivalDate: "Sun, 12 Apr 2026 14:15:28 +0900 (JST)" });
    expect(report.recipients).toEqual([
      {
        finalRecipient: "hanako@example.com",
        originalRecipient: "info@example.jp",
        actualRecipient: null,
        action: "failed",
        status: "5.7.26",
        remoteMta: "gmail-smtp-in.l.google.com",
        diagnosticType: "smtp",
        diagnostic: "550-5.7.26 Unauthenticated email from example.jp is\nnot accepted 550 5.7.26 x - gsmtp",
      },
    ]);
  });

  it("separates recipients by blank lines or by a repeated field when blank lines were lost", () => {
    const withBlank = parseDsnFields("Final-Recipient: rfc822; a@example.com\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; b@example.com\nStatus: 5.2.2");
    const pasted = parseDsnFields("Final-Recipient: rfc822; a@example.com\nStatus: 5.1.1\nFinal-Recipient: rfc822; b@example.com\nStatus: 5.2.2");
    for (const report of [withBlank, pasted]) expect(report.recipients.map((entry) => [entry.finalRecipient, entry.status])).toEqual([["a@example.com", "5.1.1"], ["b@example.com", "5.2.2"]]);
  });

  it("accepts Exim's Action-before-Final-Recipient order and Sendmail's X-Actual-Recipient", () => {
    const report = parseDsnFields("Action: failed\nFinal-Recipient: RFC822; info@example.jp\nX-Actual-Recipient: RFC822; someone@example.com\nStatus: 5.7.1");
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]).toMatchObject({ action: "failed", finalRecipient: "info@example.jp", actualRecipient: "someone@example.com" });
  });

  it("ignores lines that are not report fields", () => {
    expect(parseDsnFields("Hello\nFrom: a@example.com\nSubject: x").recipients).toEqual([]);
  });
});

describe("field values", () => {
  it.each([
    ["5.7.26", "5.7.26"],
    ["5.0.0 (permanent failure)", "5.0.0"],
    ["4.07.001", "4.7.1"],
    ["192.0.2.1", null],
    ["none", null],
  ])("findStatus(%s)", (value, expected) => {
    expect(findStatus(value)).toBe(expected);
  });

  it.each([
    ["dns; gmail-smtp-in.l.google.com", "gmail-smtp-in.l.google.com"],
    ["dns; 192.0.2.222 (192.0.2.222, the server for the domain.)", "192.0.2.222"],
    ["DNS; lsean.ezweb.ne.jp. (27.85.176.228, the server for the domain ezweb.ne.jp.)", "lsean.ezweb.ne.jp"],
    ["dns;NEKONYAAN22.sotoneko.prod.outlook.com", "nekonyaan22.sotoneko.prod.outlook.com"],
  ])("mtaName(%s)", (value, expected) => {
    expect(mtaName(value)).toBe(expected);
  });
});
