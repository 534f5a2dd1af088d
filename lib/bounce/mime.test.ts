import { describe, expect, it } from "vitest";
import { looksLikeMessage, readBounceSource } from "@/lib/bounce/mime";

describe("readBounceSource", () => {
  it("tells a message from pasted report fields", () => {
    expect(looksLikeMessage("From: MAILER-DAEMON@example.jp\nSubject: x\n\nbody")).toBe(true);
    expect(looksLikeMessage("From MAILER-DAEMON Tue Mar 02 09:44:33 1999\nReceived: x\n\nbody")).toBe(true);
    expect(looksLikeMessage("Final-Recipient: rfc822; a@example.com\nStatus: 5.7.26\n")).toBe(false);
    expect(looksLikeMessage("550-5.7.26 This mail has been blocked")).toBe(false);
  });

  it("gives a multipart body pasted without its header back its structure", async () => {
    const source = await readBounceSource("--b1\nContent-Type: text/plain\n\nnotice\n--b1\nContent-Type: message/delivery-status\n\nStatus: 5.7.26\n--b1--\n");
    expect(source.mime).toBe(true);
    expect(source.reports.join("")).toContain("Status: 5.7.26");
  });

  it("reads a message whose declared boundary never occurs", async () => {
    const source = await readBounceSource('Subject: x\nContent-Type: multipart/report; boundary="declared"\n\n--actual\nContent-Type: text/plain\n\nnotice text\n--actual--\n');
    expect(source.notices.join("")).toContain("notice text");
  });

  it("falls back to plain text when the MIME structure is nested too deep", async () => {
    const deep = "Content-Type: multipart/mixed; boundary=b0\n\n" + Array.from({ length: 60 }, (_, i) => `--b${i}\nContent-Type: multipart/mixed; boundary=b${i + 1}\n\n`).join("") + "550 5.7.26 x";
    const source = await readBounceSource(deep);
    expect(source.mime).toBe(false);
    expect(source.notices[0]).toContain("550 5.7.26 x");
  });
});

describe("readBounceSource: undeclared 8-bit Japanese", () => {
  it("re-reads a part without a charset label when UTF-8 does not fit", async () => {
    const head = new TextEncoder().encode("From: MAILER-DAEMON@example.ne.jp\nSubject: failure notice\nContent-Type: text/plain\n\n");
    // "配信できませんでした" in Shift_JIS.
    const body = Uint8Array.from([0x94, 0x7a, 0x90, 0x4d, 0x82, 0xc5, 0x82, 0xab, 0x82, 0xdc, 0x82, 0xb9, 0x82, 0xf1, 0x82, 0xc5, 0x82, 0xb5, 0x82, 0xbd, 0x0a]);
    const source = await readBounceSource(new Uint8Array([...head, ...body]));
    expect(source.notices.join("")).toContain("配信できませんでした");
  });
});
