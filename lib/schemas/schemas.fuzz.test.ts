// Fuzzing the API's input schemas: `safeParse` never throws on any value, a success is
// normalised output that validates again to itself, a failure carries message keys the API can
// translate, and every call stays within its time bound, 100 KB strings included.
import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { bounceInputSchema, BOUNCE_INPUT_MESSAGES, BOUNCE_TEXT_MAX_BYTES, isBounceInputMessageKey, utf8ByteLength } from "@/lib/schemas/bounce-input";
import { diagnoseInputSchema, dkimSelectorSchema } from "@/lib/schemas/diagnose-input";
import { domainSchema, hostNameSchema, ipSchema, mailboxSchema, readDomain } from "@/lib/schemas/domain";
import { isSchemaMessageKey, localizeIssues, SCHEMA_MESSAGES } from "@/lib/schemas/messages";
import { spfQuerySchema } from "@/lib/schemas/spf-query";
import { anyText, diagnoseBody, domainish, fieldText, hugeText, ipish, jsonJunk, parsedJson, typedDomain } from "@/lib/schemas/testing/input-arbitraries";
import { parseIp } from "@/lib/spf/ip";
import { SCENARIOS } from "@/lib/wizard/scenarios";

// Run counts: sized so this file takes about 3 s on a 2-core CI machine. Raise them locally
// (e.g. ×20) when changing a schema.
/** Arbitrary values (fc.anything) per schema. */
const ANYTHING_RUNS = 300;
/** Targeted strings (domain-like, IP-like, Unicode) per field schema. */
const FIELD_RUNS = 1_000;
/** Whole request bodies for the diagnosis schema. */
const BODY_RUNS = 600;
/** Long strings (1 KB to 100 KB) per schema. */
const HUGE_RUNS = 25;

/** The bound for one `safeParse`, whatever the input: 100 KB strings included. */
const CALL_LIMIT_MS = 50;
/** For inputs near the 1 MB bounce limit, read byte by byte. */
const BOUNCE_LIMIT_MS = 100;

/** Anything at all, including what JSON cannot carry (the schemas also serve the forms). */
const anything = fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withObjectString: true });

function timedParse<S extends z.ZodType>(schema: S, value: unknown, limit = CALL_LIMIT_MS): ReturnType<S["safeParse"]> {
  const started = performance.now();
  const result = schema.safeParse(value) as ReturnType<S["safeParse"]>;
  const ms = performance.now() - started;
  expect(ms, `safeParse took ${ms.toFixed(1)} ms`).toBeLessThan(limit);
  return result;
}

const LOCALIZED = new Set<string>(Object.values(SCHEMA_MESSAGES).flatMap((m) => [m.ja, m.en]));

/** What the API would send: every field message is one of the schema messages, never zod's English. */
function expectTranslatable(error: z.ZodError): void {
  for (const locale of ["ja", "en"] as const) {
    for (const message of Object.values(localizeIssues(error, locale))) expect(LOCALIZED.has(message), message).toBe(true);
  }
}

function expectKeys(error: z.ZodError): void {
  for (const issue of error.issues) expect(isSchemaMessageKey(issue.message), `${issue.path.join(".")}: ${issue.message}`).toBe(true);
}

const FIELD_SCHEMAS = {
  domainSchema: { schema: domainSchema, input: fc.oneof(typedDomain, domainish, anyText) },
  hostNameSchema: { schema: hostNameSchema, input: fc.oneof(typedDomain, domainish, anyText) },
  ipSchema: { schema: ipSchema, input: fc.oneof(ipish, anyText) },
  mailboxSchema: { schema: mailboxSchema, input: fc.oneof(fc.emailAddress(), fc.tuple(anyText, typedDomain).map(([l, d]) => `${l}@${d}`), domainish, anyText) },
  dkimSelectorSchema: { schema: dkimSelectorSchema, input: fc.oneof(fc.domain(), domainish, anyText, fc.stringMatching(/^[a-zA-Z0-9._-]{1,80}$/)) },
} as const;

describe.each(Object.entries(FIELD_SCHEMAS))("%s", (_name, { schema, input }) => {
  it(`never throws on any value; failures are translatable (${ANYTHING_RUNS} cases)`, () => {
    fc.assert(
      fc.property(anything, (value) => {
        const result = timedParse(schema, value);
        if (!result.success) expectTranslatable(result.error);
        else expect(typeof result.data).toBe("string");
      }),
      { numRuns: ANYTHING_RUNS, seed: 101 },
    );
  });

  it(`on strings: normalised output that validates to itself, or message keys (${FIELD_RUNS} cases)`, () => {
    fc.assert(
      fc.property(input, (text) => {
        const result = timedParse(schema, text);
        if (!result.success) {
          expectKeys(result.error);
          return;
        }
        const again = timedParse(schema, result.data);
        expect(again.success).toBe(true);
        expect(again.data).toBe(result.data);
      }),
      { numRuns: FIELD_RUNS, seed: 202 },
    );
  });

  it(`stays within ${CALL_LIMIT_MS} ms on strings up to 100 KB (${HUGE_RUNS} cases)`, () => {
    fc.assert(
      fc.property(hugeText(100_000), (text) => {
        const result = timedParse(schema, text);
        if (!result.success) expectKeys(result.error);
      }),
      { numRuns: HUGE_RUNS, seed: 303 },
    );
  });
});

describe("readDomain", () => {
  it(`gives an A-label domain or a message key, and reads its own output the same (${FIELD_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(typedDomain, domainish, anyText), (text) => {
        const reading = readDomain(text);
        if (!reading.ok) {
          expect(isSchemaMessageKey(reading.error)).toBe(true);
          return;
        }
        expect(reading.domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
        expect(reading.domain.length).toBeLessThanOrEqual(253);
        expect(readDomain(reading.domain)).toEqual(reading);
      }),
      { numRuns: FIELD_RUNS, seed: 404 },
    );
  });
});

describe("ipSchema and the SPF engine agree", () => {
  it(`every address the schema accepts is one analyzeSpf can evaluate (${FIELD_RUNS} cases)`, () => {
    // GET /api/v1/spf hands the parsed ip to analyzeSpf, which throws on a non-address: a gap here would be a 500.
    fc.assert(
      fc.property(ipish, (text) => {
        const result = ipSchema.safeParse(text);
        if (result.success) expect(parseIp(result.data), result.data).not.toBeNull();
      }),
      { numRuns: FIELD_RUNS, seed: 505 },
    );
  });
});

/** Query parameters as the SPF route passes them: `Object.fromEntries(searchParams)`. */
const spfParams = fc.dictionary(fc.constantFrom("domain", "ip", "sender", "helo", "lang", "x", "__proto__"), fc.oneof(fieldText, fc.constant("")), { maxKeys: 6 });

describe("spfQuerySchema", () => {
  it(`never throws on any value (${ANYTHING_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(anything, parsedJson), (value) => {
        const result = timedParse(spfQuerySchema, value);
        if (!result.success) expectTranslatable(result.error);
      }),
      { numRuns: ANYTHING_RUNS, seed: 606 },
    );
  });

  it(`on query parameters: output that validates to itself, or message keys (${BODY_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.record({ domain: fc.oneof(typedDomain, fieldText) }), spfParams, (base, extra) => {
        const params: Record<string, string> = { ...base, ...extra };
        const result = timedParse(spfQuerySchema, params);
        if (!result.success) {
          expectKeys(result.error);
          return;
        }
        const again = timedParse(spfQuerySchema, result.data);
        expect(again.success).toBe(true);
        expect(again.data).toEqual(result.data);
      }),
      { numRuns: BODY_RUNS, seed: 707 },
    );
  });
});

/** Fields that customers type as text: a string there always fails with a message key. */
const TEXT_FIELDS = ["scenario", "domain", "originalDomain", "listDomain", "serverHost", "ip", "dkimSelector"] as const;

describe("diagnoseInputSchema", () => {
  it(`never throws on any value; failures are translatable (${ANYTHING_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(anything, parsedJson), (value) => {
        const result = timedParse(diagnoseInputSchema, value);
        if (!result.success) expectTranslatable(result.error);
      }),
      { numRuns: ANYTHING_RUNS, seed: 808 },
    );
  });

  it(`on request bodies: output that validates to itself, or translatable issues (${BODY_RUNS} cases)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(diagnoseBody(), (body) => {
        const result = timedParse(diagnoseInputSchema, body);
        if (!result.success) {
          expectTranslatable(result.error);
          // A text field given as a string is always refused with a key (the form shows its own sentence).
          for (const issue of result.error.issues) {
            const field = issue.path[0];
            if (issue.path.length === 1 && (TEXT_FIELDS as readonly unknown[]).includes(field) && typeof body[field as string] === "string") {
              expect(isSchemaMessageKey(issue.message), `${String(field)}: ${issue.message}`).toBe(true);
            }
          }
          return;
        }
        accepted += 1;
        const data = result.data;
        expect(SCENARIOS).toContain(data.scenario);
        expect(domainSchema.safeParse(data.domain)).toMatchObject({ success: true, data: data.domain });
        expect(Object.keys(data)).not.toContain("unknownField");
        const again = timedParse(diagnoseInputSchema, data);
        expect(again.success).toBe(true);
        expect(again.data).toEqual(data);
      }),
      { numRuns: BODY_RUNS, seed: 909 },
    );
    // The generator must reach both branches often enough for the checks to mean something.
    expect(accepted).toBeGreaterThan(BODY_RUNS / 5);
    expect(accepted).toBeLessThan(BODY_RUNS * 0.9);
  });

  it(`stays within ${CALL_LIMIT_MS} ms with 100 KB in every text field (${HUGE_RUNS} cases)`, () => {
    fc.assert(
      fc.property(hugeText(100_000), fc.constantFrom(...SCENARIOS), (text, scenario) => {
        const body = { scenario, domain: text, originalDomain: text, listDomain: text, serverHost: text, ip: text, dkimSelector: text, provider: text, bounce: text, expect: [{ name: text, type: "TXT", value: text }] };
        const result = timedParse(diagnoseInputSchema, body);
        if (!result.success) expectTranslatable(result.error);
      }),
      { numRuns: HUGE_RUNS, seed: 1010 },
    );
  });
});

describe("bounceInputSchema", () => {
  it(`never throws; issues are bounce message keys, or the body is not an object (${ANYTHING_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(anything, parsedJson, fc.record({ text: fc.oneof(anyText, jsonJunk) })), (value) => {
        const result = timedParse(bounceInputSchema, value);
        if (result.success) {
          expect(result.data.text.trim().length).toBeGreaterThan(0);
          return;
        }
        for (const issue of result.error.issues) {
          // POST /api/v1/bounce maps the one non-key issue (a body that is no object) to its own generic message.
          if (isBounceInputMessageKey(issue.message)) continue;
          expect(issue).toMatchObject({ code: "invalid_type", path: [] });
        }
      }),
      { numRuns: ANYTHING_RUNS, seed: 1111 },
    );
  });

  it(`reads up to 1 MB within ${BOUNCE_LIMIT_MS} ms, and refuses past it with bounce.text.too_large (${HUGE_RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.constantFrom("a", "あ", "😀", "\ud800", "550 5.7.26 x\n"), fc.integer({ min: BOUNCE_TEXT_MAX_BYTES - 16, max: BOUNCE_TEXT_MAX_BYTES + 16 }), (unit, bytes) => {
        const text = unit.repeat(Math.ceil(bytes / new TextEncoder().encode(unit).length));
        const size = new TextEncoder().encode(text).length;
        const result = timedParse(bounceInputSchema, { text }, BOUNCE_LIMIT_MS);
        if (size <= BOUNCE_TEXT_MAX_BYTES) expect(result.success).toBe(true);
        else expect(result.error?.issues[0]?.message).toBe("bounce.text.too_large");
        if (!result.success) expect(BOUNCE_INPUT_MESSAGES[result.error.issues[0]?.message as keyof typeof BOUNCE_INPUT_MESSAGES]).toBeDefined();
      }),
      { numRuns: HUGE_RUNS, seed: 1212 },
    );
  });

  it(`counts UTF-8 bytes exactly as TextEncoder does, lone surrogates included (${FIELD_RUNS} cases)`, () => {
    // The 1 MB limit is checked with this count; an undercount let 1.5 MB of lone surrogates through.
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: fc.constantFrom("\ud800", "\udc00", "\udbff\udfff", "a", "é", "あ"), maxLength: 50 })), (text) => {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { numRuns: FIELD_RUNS, seed: 1313 },
    );
  });
});
