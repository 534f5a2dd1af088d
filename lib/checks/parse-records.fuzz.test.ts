// Fuzzing what parse-dmarc.test.ts and parse-dkim-key.test.ts leave out: `parseDmarcUri` on its
// own, and the time the DMARC and DKIM parsers take on records far longer than DNS can carry.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inspectDkimPublicKey } from "@/lib/checks/dkim-key";
import { parseDkimKeyRecord } from "@/lib/checks/parse-dkim-key";
import { isDmarcRecordText, parseDmarcRecord, parseDmarcUri, type DmarcReportUri } from "@/lib/checks/parse-dmarc";

// Run counts: sized so this file takes about 2 s on a 2-core CI machine.
/** parseDmarcUri on arbitrary and mailto-like text. */
const URI_RUNS = 3_000;
/** Long records (1 KB to 100 KB) per parser. */
const LONG_RUNS = 40;

/** The bound for one parse of up to 100 KB (a TXT record set holds at most ~64 KB). */
const LONG_LIMIT_MS = 50;

const URI_FRAGMENTS = [
  "mailto:", "MAILTO:", "https://", "dmarc", "rua", "@", "@@", "example.jp", "Example.JP", ".", "..", "-", "_", "!", "!10m", "!5", "!0k", "!x",
  "?", "subject=x", "%", "%40", "%2B", "%E3%81%82", "%zz", "%E0%A4%A", ",", ";", " ", "\t", "<", ">", "\"", "あ", "😀", "\ud800", "\u0000", "a".repeat(64),
];
const uriish = fc.array(fc.constantFrom(...URI_FRAGMENTS), { maxLength: 20 }).map((parts) => parts.join(""));

function uriInvariants(raw: string, parsed: DmarcReportUri): void {
  // The URI as written: the trimmed input without its `!size` suffix.
  if (parsed.maxSize === null) expect(parsed.uri).toBe(raw.trim());
  else {
    expect(parsed.maxSize).toMatch(/^\d+[kmgt]?$/i);
    expect(raw.trim()).toBe(`${parsed.uri}!${parsed.maxSize}`);
  }
  if (!parsed.valid) {
    expect(parsed.address).toBeNull();
    expect(parsed.domain).toBeNull();
    return;
  }
  expect(parsed.uri).toMatch(/^mailto:/i);
  expect(parsed.address).toMatch(/^[^@\s,;<>"]+@[^@\s,;<>"]+$/);
  expect(parsed.domain).toBe(parsed.domain?.toLowerCase());
  expect(parsed.address?.endsWith(`@${parsed.domain}`)).toBe(true);
  // The written form parses to the same mailbox again.
  expect(parseDmarcUri(`${parsed.uri}${parsed.maxSize ? `!${parsed.maxSize}` : ""}`)).toEqual(parsed);
}

describe("parseDmarcUri properties", () => {
  it(`never throws and keeps its invariants on arbitrary and mailto-like text (${URI_RUNS} cases)`, () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), uriish, fc.emailAddress().map((a) => `mailto:${a}`)), (raw) => {
        const parsed = parseDmarcUri(raw);
        uriInvariants(raw, parsed);
        if (parsed.valid) valid += 1;
      }),
      { numRuns: URI_RUNS, seed: 7489 },
    );
    // Enough cases reach the valid branch (fc.emailAddress often holds "!", "%" or "?", which a dmarc-uri cannot).
    expect(valid).toBeGreaterThan(URI_RUNS / 20);
  });
});

/** A record of a few KB to 100 KB: a tag, a fragment or junk repeated. */
const UNITS = [
  "v=DMARC1; ", "p=none;", "rua=mailto:a@example.jp,", "mailto:", "%", "!", "=", ";", " ", "\t", "\r\n ", "a", "@", "v=DKIM1; k=rsa; p=", "MIIBIjAN", "p=A B C ",
  "h=sha256:", "s=email:", "t=y:s:", "k=", "日本", "😀", "\ud800",
];
const longRecord = fc
  .tuple(fc.constantFrom("", "v=DMARC1; p=reject; rua=", "v=DKIM1; p="), fc.oneof(fc.constantFrom(...UNITS), fc.string({ minLength: 1, maxLength: 20 })), fc.integer({ min: 1_000, max: 100_000 }))
  .map(([head, unit, length]) => head + unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  expect(ms, `took ${ms.toFixed(1)} ms`).toBeLessThan(LONG_LIMIT_MS);
  return result;
}

describe(`time bounds on records up to 100 KB (${LONG_LIMIT_MS} ms a parse)`, () => {
  it(`parseDmarcRecord and isDmarcRecordText (${LONG_RUNS} cases)`, () => {
    fc.assert(
      fc.property(longRecord, (text) => {
        const parsed = timed(() => parseDmarcRecord(text));
        expect(parsed.text).toBe(text);
        expect(timed(() => isDmarcRecordText(text))).toBe(parsed.isDmarc);
      }),
      { numRuns: LONG_RUNS, seed: 1 },
    );
  });

  it(`parseDmarcUri (${LONG_RUNS} cases)`, () => {
    fc.assert(
      fc.property(longRecord, (text) => {
        uriInvariants(text, timed(() => parseDmarcUri(text)));
        uriInvariants(`mailto:${text}@example.jp`, timed(() => parseDmarcUri(`mailto:${text}@example.jp`)));
      }),
      { numRuns: LONG_RUNS, seed: 2 },
    );
  });

  it(`parseDkimKeyRecord, and inspecting the key it finds (${LONG_RUNS} cases)`, () => {
    fc.assert(
      fc.property(longRecord, (text) => {
        const parsed = timed(() => parseDkimKeyRecord(text));
        expect(parsed.text).toBe(text);
        if (parsed.publicKey && parsed.keyTypeKnown) {
          const inspection = timed(() => inspectDkimPublicKey(parsed.keyType as "rsa" | "ed25519", parsed.publicKey as string));
          expect(typeof inspection.ok).toBe("boolean");
        }
      }),
      { numRuns: LONG_RUNS, seed: 3 },
    );
  });

  it("inspectDkimPublicKey on 100 KB of base64 and of junk", () => {
    const base64 = Buffer.alloc(75_000, 0x41).toString("base64");
    for (const key of [base64, `${base64}!`, "A".repeat(100_000), "=".repeat(100_000), "MIIB".repeat(25_000)]) {
      for (const type of ["rsa", "ed25519"] as const) expect(timed(() => inspectDkimPublicKey(type, key)).ok).toBe(false);
    }
  });
});
