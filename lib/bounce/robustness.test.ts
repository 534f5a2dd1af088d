import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeBounce } from "@/lib/bounce/analyze";
import { BOUNCE_CATEGORY_IDS } from "@/lib/bounce/categories";
import { MAX_INPUT_BYTES } from "@/lib/bounce/limits";
import { NOT_A_BOUNCE_REASONS } from "@/lib/bounce/not-a-bounce";
import type { BounceOutcome } from "@/lib/bounce/types";

/** The bound the issue sets: under one second for 1 MB of anything. */
const LIMIT_MS = 1_000;
const MB = MAX_INPUT_BYTES;
const CORPUS = path.resolve(process.cwd(), "../shared/testdata/bounces");
const corpus = readdirSync(CORPUS)
  .filter((file) => file.endsWith(".eml"))
  .map((file) => new Uint8Array(readFileSync(path.join(CORPUS, file))));

function expectWellFormed(outcome: BounceOutcome): void {
  if (!outcome.ok) {
    expect(Object.keys(NOT_A_BOUNCE_REASONS)).toContain(outcome.reason);
    return;
  }
  expect(BOUNCE_CATEGORY_IDS).toContain(outcome.bounce.category);
  expect(outcome.bounce.recipients.length).toBeGreaterThan(0);
  for (const recipient of outcome.bounce.recipients) expect(BOUNCE_CATEGORY_IDS).toContain(recipient.category);
}

async function timed(input: string | Uint8Array): Promise<{ ms: number; outcome: BounceOutcome }> {
  const started = performance.now();
  const outcome = await analyzeBounce(input);
  return { ms: performance.now() - started, outcome };
}

const fill = (unit: string): string => unit.repeat(Math.ceil(MB / Math.max(1, unit.length))).slice(0, MB);

const ADVERSARIAL: Record<string, () => string | Uint8Array> = {
  "1 MB of 550- reply lines": () => fill("550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n"),
  "1 MB of bare `550-` lines": () => fill("550-\n"),
  "one 1 MB line": () => "x".repeat(MB),
  "one 1 MB line of reply tokens": () => fill("550-5.7.26 "),
  "1 MB of newlines": () => "\n".repeat(MB),
  "1 MB of base64 body": () => `Subject: x\nContent-Transfer-Encoding: base64\n\n${Buffer.from("y".repeat(760_000)).toString("base64").replace(/.{76}/g, "$&\n")}`,
  "1 MB of base64 without headers": () => Buffer.from("z".repeat(780_000)).toString("base64").replace(/.{76}/g, "$&\n"),
  "deeply nested MIME": () => `Content-Type: multipart/mixed; boundary=b0\n\n${Array.from({ length: 30_000 }, (_, i) => `--b${i}\nContent-Type: multipart/mixed; boundary=b${i + 1}\n\n`).join("")}`.slice(0, MB),
  "thousands of report parts": () => `Content-Type: multipart/report; boundary=x\n\n${fill("--x\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@example.com\nStatus: 5.7.1\n\n")}`.slice(0, MB),
  "1 MB of report fields": () => fill("Final-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.7.26\nDiagnostic-Code: smtp; 550-5.7.26 x\n"),
  "1 MB of Postfix paragraphs": () => fill("<a@example.com>: host gmail-smtp-in.l.google.com[192.0.2.1] said: 550-5.7.26 x\n    550 5.7.26 y - gsmtp\n\n"),
  "1 MB of qmail paragraphs": () => fill("<a@example.com>:\n192.0.2.1 failed after I sent the message.\nRemote host said: 550-5.7.26 x\n"),
  "1 MB of Sendmail transcript": () => fill("<<< 550-5.7.26 The MAIL FROM domain\n"),
  "1 MB of @ signs": () => fill("a@"),
  "1 MB of long address-like lines": () => fill(`${"a".repeat(1_900)}@${"b".repeat(90)}\n`),
  "1 MB of Japanese labels": () => fill("■ エラー内容：550 5.1.1 宛先不明 <a@example.jp>\n"),
  "1 MB of ISO-2022-JP escapes": () => fill("\x1b$B%F%9%H\x1b(B"),
  "1 MB of unterminated ISO-2022-JP": () => fill(`\x1b$B${"A".repeat(5_000)}`),
  "1 MB of header lines": () => `Received: x\n${fill("X-A: b\n")}`,
  "1 MB of '> '-quoted report lines": () => fill("> Status: 5.7.26\n> Diagnostic-Code: smtp; 550-5.7.26 x\n"),
  "1 MB of encoded words": () => `Subject: ${fill("=?UTF-8?B?44GC?= ")}\n\nbody`,
  "1 MB of blank-separated header blocks": () => fill("\nFrom: a@example.jp\nSubject: s\nDate: d\n"),
  "1 MB of Shift_JIS-looking bytes": () => new Uint8Array(MB).fill(0x82),
  "1 MB of random bytes": () => Uint8Array.from({ length: MB }, (_, i) => (i * 7919 + 13) % 251),
  "a real bounce padded to 1 MB": () => {
    const real = readFileSync(path.join(CORPUS, "rhost-google-04.eml"), "latin1");
    return real + fill("Nyaan Nyaan Nyaan\n").slice(real.length);
  },
};

const timings: string[] = [];

beforeAll(async () => {
  // Load and compile the modules once, so the timings below measure parsing only.
  await analyzeBounce("550 5.7.26 warm-up");
});

afterAll(() => {
  console.log(`parse time for 1 MB inputs (limit ${LIMIT_MS} ms):\n${timings.join("\n")}`);
});

describe("parse time stays bounded for 1 MB of anything", () => {
  it.each(Object.entries(ADVERSARIAL))("%s", async (name, build) => {
    const input = build();
    const { ms, outcome } = await timed(input);
    timings.push(`  ${name.padEnd(36)} ${ms.toFixed(0).padStart(5)} ms`);
    expectWellFormed(outcome);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it("truncates input beyond the limit instead of reading it", async () => {
    const { ms, outcome } = await timed(`550 5.7.26 x\n${"y".repeat(4 * MB)}`);
    expect(outcome.ok).toBe(true);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it("any text repeated to 1 MB", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 80, unit: "binary" }), async (unit) => {
        const { ms, outcome } = await timed(fill(unit));
        expectWellFormed(outcome);
        expect(ms).toBeLessThan(LIMIT_MS);
      }),
      { numRuns: 12 },
    );
  });
});

const TOKENS = [
  "550-5.7.26 ", "550 5.7.26 ", "421-4.7.0 ", "<<< ", ">>> RCPT To:<a@example.com>\n", "... while talking to gmail-smtp-in.l.google.com.:\n",
  "Final-Recipient: rfc822; ", "Original-Recipient: rfc822;", "Action: failed\n", "Status: 5.", "Diagnostic-Code: smtp; ", "Remote-MTA: dns; ",
  "Content-Type: multipart/report; boundary=b\n\n", "--b\n", "--b--\n", "Content-Type: message/delivery-status\n\n", "Content-Type: message/rfc822\n\n",
  "Content-Transfer-Encoding: base64\n", "Content-Transfer-Encoding: quoted-printable\n", "=?ISO-2022-JP?B?GyRCJCIbKEI=?=", "\x1b$B$\"\x1b(B",
  "<a@example.com>: host x[192.0.2.1] said: ", "Remote host said: ", "SPF [example.jp] with ip: [203.0.113.25]", "[2001:db8::1      13] ",
  "DKIM-Signature: v=1; d=example.jp; s=s1\n", "List-Id: <l.example.jp>\n", "■ エラー内容：", "宛先：", "- gsmtp", "@", "\n", "\r\n", "\n\n", " ", "\t",
];

const fuzz = fc.oneof(
  fc.string({ maxLength: 2_000 }),
  fc.string({ maxLength: 2_000, unit: "grapheme" }),
  fc.string({ maxLength: 2_000, unit: "binary" }),
  fc.uint8Array({ maxLength: 4_000 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((parts) => parts.join("")),
  fc
    .tuple(fc.nat(corpus.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(400), fc.uint8Array({ maxLength: 40 })), { maxLength: 8 }))
    .map(([index, edits]) => {
      // A real bounce with slices cut out and noise spliced in.
      let bytes = corpus[index] ?? new Uint8Array();
      for (const [at, cut, noise] of edits) {
        const start = bytes.length === 0 ? 0 : at % bytes.length;
        bytes = new Uint8Array([...bytes.subarray(0, start), ...noise, ...bytes.subarray(Math.min(bytes.length, start + cut))]);
      }
      return bytes;
    }),
);

describe("property: arbitrary input", () => {
  it("never throws, always answers in the documented shape, and stays within the bound", async () => {
    await fc.assert(
      fc.asyncProperty(fuzz, async (input) => {
        const { ms, outcome } = await timed(input);
        expectWellFormed(outcome);
        expect(ms).toBeLessThan(LIMIT_MS);
      }),
      { numRuns: 400 },
    );
  });
});
