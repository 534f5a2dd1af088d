import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BOUNCE_CATEGORIES } from "@/lib/bounce/categories";
import { MAX_INPUT_BYTES } from "@/lib/bounce/limits";
import { NOT_A_BOUNCE_REASONS } from "@/lib/bounce/not-a-bounce";
import { POST } from "./route";

const URL_BASE = "http://localhost/api/v1/bounce";
const TESTDATA = path.resolve(process.cwd(), "lib/bounce/testdata");
const fixture = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(path.join(TESTDATA, name)));

function post(body: BodyInit | null, headers: Record<string, string>, query = ""): Promise<Response> {
  return POST(new Request(`${URL_BASE}${query}`, { method: "POST", headers, body, duplex: "half" } as RequestInit));
}

const json = (value: unknown, query = "", headers: Record<string, string> = {}) =>
  post(JSON.stringify(value), { "content-type": "application/json", ...headers }, query);

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return body.error;
}

describe("POST /api/v1/bounce", () => {
  it("answers a Gmail 5.7.26 bounce with the documented contract", async () => {
    const text = new TextDecoder().decode(fixture("gmail-unauthenticated-direct.eml"));
    const response = await json({ text });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({
      category: "auth_unauthenticated",
      temporary: false,
      gmail: true,
      scenario: "direct",
      replyCode: "550",
      status: "5.7.26",
      reply: expect.stringMatching(/^This mail has been blocked because the sender is unauthenticated\. Gmail requires all senders/),
      recipient: "hanako@example.com",
      originalRecipient: null,
      sender: "taro@example.jp",
      from: "taro@example.jp",
      reportingMta: "www1234.example.ne.jp",
      remoteMta: "gmail-smtp-in.l.google.com",
      ip: "203.0.113.25",
      domain: "example.jp",
      dkim: { domain: "example.jp", selector: "rs20260401" },
      listId: null,
      action: "failed",
      session: "d2e1a72fcca58-7a0bb1d3c2esi1234567b3a.512 - gsmtp",
      explanation: BOUNCE_CATEGORIES.auth_unauthenticated.explanation.ja,
      title: BOUNCE_CATEGORIES.auth_unauthenticated.title.ja,
      dnsFixable: true,
    });
    expect(body.recipients).toHaveLength(1);
  });

  it("accepts the raw mail as text/plain or message/rfc822, in any charset", async () => {
    const sjis = await post(fixture("paste-notice-sjis.txt"), { "content-type": "text/plain" });
    expect(sjis.status).toBe(200);
    expect(await sjis.json()).toMatchObject({ category: "auth_unauthenticated", recipient: "hanako@example.com", ip: "203.0.113.40" });

    const declared = await post(fixture("paste-notice-sjis.txt"), { "content-type": "text/plain; charset=Shift_JIS" });
    expect((await declared.json()).recipient).toBe("hanako@example.com");

    const eml = await post(fixture("gmail-spf-fail-iso2022jp.eml"), { "content-type": "message/rfc822" }, "?lang=en");
    expect(await eml.json()).toMatchObject({ category: "spf_fail", explanation: BOUNCE_CATEGORIES.spf_fail.explanation.en });
  });

  it("refuses a declared Content-Length over 1 MB before reading the body", async () => {
    const response = await post("small", { "content-type": "text/plain", "content-length": String(MAX_INPUT_BYTES + 1) });
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe("payload_too_large");
  });

  it("stops reading an undeclared body as soon as it passes 1 MB", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(65_536).fill(0x61);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1_000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await post(endless, { "content-type": "text/plain" }, "?lang=en");
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toEqual({ code: "payload_too_large", message: expect.stringContaining("1 MB") });
    expect(pulled).toBeLessThan(40);
  });

  it("refuses a JSON body over 1 MB", async () => {
    const response = await json({ text: "x".repeat(MAX_INPUT_BYTES) });
    expect(response.status).toBe(413);
  });

  it.each([["application/x-www-form-urlencoded"], ["multipart/form-data; boundary=x"], [""]])("answers 415 for content type %j", async (type) => {
    // A byte body, because a string body would get text/plain from the Request constructor.
    const response = await post(new TextEncoder().encode("text=550"), type ? { "content-type": type } : {});
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe("unsupported_media_type");
  });

  it.each([
    ["an empty text/plain body", () => post("", { "content-type": "text/plain" })],
    ["white space only", () => post("  \n ", { "content-type": "text/plain" })],
    ["an empty JSON text", () => json({ text: "" })],
    ["JSON without text", () => json({ mail: "550 5.7.26" })],
    ["malformed JSON", () => post("{text:", { "content-type": "application/json" })],
  ])("answers 400 for %s", async (_name, send) => {
    const response = await send();
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe("invalid_input");
  });

  it("explains not_a_bounce in Japanese by default and in English when asked", async () => {
    const ordinary = { text: "お世話になっております。単価は 550 円です。" };
    const ja = await json(ordinary);
    expect(ja.status).toBe(422);
    expect(await errorOf(ja)).toEqual({ code: "not_a_bounce", message: NOT_A_BOUNCE_REASONS.no_failure_found.ja });

    const en = await json(ordinary, "", { "accept-language": "en-US,en;q=0.9" });
    expect(await errorOf(en)).toEqual({ code: "not_a_bounce", message: NOT_A_BOUNCE_REASONS.no_failure_found.en });

    const success = await post(fixture("delivery-success.eml"), { "content-type": "message/rfc822" }, "?lang=en");
    expect(await errorOf(success)).toEqual({ code: "not_a_bounce", message: NOT_A_BOUNCE_REASONS.delivery_success.en });
  });

  it("declares the Node.js runtime and no caching", async () => {
    const route = await import("./route");
    expect(route.runtime).toBe("nodejs");
    expect(route.dynamic).toBe("force-dynamic");
  });
});
