import { describe, expect, it } from "vitest";
import { analyzeBounce } from "@/lib/bounce/analyze";
import type { BounceAnalysis } from "@/lib/bounce/types";

async function bounce(input: string | Uint8Array): Promise<BounceAnalysis> {
  const outcome = await analyzeBounce(input);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.bounce;
}

describe("analyzeBounce: what customers paste", () => {
  it("reads a single reply line", async () => {
    expect(await bounce("550 5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy.")).toMatchObject({
      category: "dmarc_policy",
      status: "5.7.26",
      replyCode: "550",
      domain: "example.jp",
      recipient: null,
      recipients: [expect.objectContaining({ category: "dmarc_policy" })],
    });
  });

  it("reads pasted report fields", async () => {
    const pasted = "Final-Recipient: rfc822; hanako@example.com\nAction: failed\nStatus: 5.7.25\nDiagnostic-Code: smtp; 550-5.7.25 [203.0.113.25] The IP address sending this message does not have a PTR record setup.";
    expect(await bounce(pasted)).toMatchObject({ category: "ptr", recipient: "hanako@example.com", ip: "203.0.113.25", action: "failed" });
  });

  it("reads CRLF line ends and bytes the same as a string", async () => {
    const text = "Reporting-MTA: dns; www1234.example.ne.jp\r\n\r\nFinal-Recipient: rfc822; hanako@example.com\r\nAction: failed\r\nStatus: 5.2.2\r\n";
    const fromString = await bounce(text);
    expect(await bounce(new TextEncoder().encode(text))).toEqual(fromString);
    expect(fromString).toMatchObject({ category: "mailbox_full", reportingMta: "www1234.example.ne.jp" });
  });

  it("accepts a reply without an enhanced code only inside a failure notice", async () => {
    expect(await analyzeBounce("421 Service not available")).toEqual({ ok: false, reason: "no_failure_found" });
    expect(await bounce("Your message could not be delivered.\n\n421 Service not available")).toMatchObject({ replyCode: "421", temporary: true });
  });

  it("names the reasons it is not a bounce", async () => {
    expect(await analyzeBounce("")).toEqual({ ok: false, reason: "empty" });
    expect(await analyzeBounce(" \n\t ")).toEqual({ ok: false, reason: "empty" });
    expect(await analyzeBounce(new Uint8Array([0x20, 0x0a]))).toEqual({ ok: false, reason: "empty" });
    expect(await analyzeBounce("Hello, the meeting is at 5.30 in room 550.")).toEqual({ ok: false, reason: "no_failure_found" });
    expect(await analyzeBounce("Final-Recipient: rfc822; a@example.com\nAction: delivered\nStatus: 2.0.0")).toEqual({ ok: false, reason: "delivery_success" });
  });

  it("reads Gmail's notice of its own full mailbox without a reply code", async () => {
    const notice = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\nDelivery to the following recipient failed permanently:\n\n     hanako@example.com\n\nTechnical details of permanent failure:\nStorage quota exceeded\n";
    expect(await bounce(notice)).toMatchObject({ category: "mailbox_full", gmail: true, reportedByGoogle: true, recipient: "hanako@example.com", reply: "Storage quota exceeded" });
  });
});

describe("analyzeBounce: a bounce quoted with '> ' before it was pasted", () => {
  it("reads through one level of quoting", async () => {
    const quoted = [
      "> Final-Recipient: rfc822; hanako@example.com",
      "> Action: failed",
      "> Status: 5.7.26",
      "> Diagnostic-Code: smtp; 550-5.7.26 Unauthenticated email from example.jp is not",
      ">     accepted due to domain's DMARC policy. 550 5.7.26 x1 - gsmtp",
    ].join("\n");
    expect(await bounce(quoted)).toMatchObject({ category: "dmarc_policy", recipient: "hanako@example.com", domain: "example.jp", session: "x1 - gsmtp" });
  });
});
