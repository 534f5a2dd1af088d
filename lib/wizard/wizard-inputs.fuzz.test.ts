// Fuzzing the wizard's inputs: the step forms' schemas and the state read from the URL. Anything
// a pasted or hand-edited link holds must land on a valid step, never throw, and survive a round
// trip through the query string.
import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { isSchemaMessageKey, localizeIssues, SCHEMA_MESSAGES } from "@/lib/schemas/messages";
import { anyText, domainish, fieldText, hugeText, jsonJunk, typedDomain } from "@/lib/schemas/testing/input-arbitraries";
import { ANSWER_FIELDS, flowQuery, readFlowState, stepsOf, type FlowState } from "@/lib/wizard/flow";
import { confirmSchema, QUESTION_SCHEMAS, startSchema } from "@/lib/wizard/question-schemas";
import { ENTRY_CHOICES, SCENARIOS } from "@/lib/wizard/scenarios";
import { PATHS } from "@/lib/wizard/tree";

// Run counts: sized so this file takes about 2 s on a 2-core CI machine.
/** fc.anything per schema. */
const ANYTHING_RUNS = 300;
/** Targeted form values per step schema, and confirm-step bodies. */
const FORM_RUNS = 500;
/** Query strings and search-param records for readFlowState. */
const URL_RUNS = 1_500;
/** 100 KB values. */
const HUGE_RUNS = 20;

/** One parse or one read of the URL, whatever it holds. */
const CALL_LIMIT_MS = 50;

const anything = fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withObjectString: true, withSparseArray: true, withMap: true, withDate: true });
const LOCALIZED = new Set<string>(Object.values(SCHEMA_MESSAGES).flatMap((m) => [m.ja, m.en]));

function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  expect(ms, `took ${ms.toFixed(1)} ms`).toBeLessThan(CALL_LIMIT_MS);
  return result;
}

function expectTranslatable(error: z.ZodError): void {
  for (const message of Object.values(localizeIssues(error, "ja"))) expect(LOCALIZED.has(message), message).toBe(true);
}

const SCHEMAS: [string, z.ZodType][] = [...Object.entries(QUESTION_SCHEMAS), ["startSchema", startSchema], ["confirmSchema", confirmSchema]];

describe.each(SCHEMAS)("%s", (_name, schema) => {
  it(`never throws on any value; failures are translatable (${ANYTHING_RUNS} cases)`, () => {
    fc.assert(
      fc.property(anything, (value) => {
        const result = timed(() => schema.safeParse(value));
        if (!result.success) expectTranslatable(result.error);
      }),
      { numRuns: ANYTHING_RUNS, seed: 11 },
    );
  });
});

const answerValue = fc.oneof(typedDomain, domainish, fc.constantFrom("yes", "no", "unknown", ""), anyText);

describe.each(Object.entries(QUESTION_SCHEMAS))("step form %s", (field, schema) => {
  it(`text answers give output that validates to itself, or message keys (${FORM_RUNS} cases)`, () => {
    fc.assert(
      fc.property(answerValue, (value) => {
        const result = timed(() => schema.safeParse({ [field]: value }));
        if (!result.success) {
          for (const issue of result.error.issues) expect(isSchemaMessageKey(issue.message), issue.message).toBe(true);
          return;
        }
        const again = timed(() => schema.safeParse(result.data));
        expect(again.success).toBe(true);
        expect(again.data).toEqual(result.data);
      }),
      { numRuns: FORM_RUNS, seed: 12 },
    );
  });

  it(`stays within ${CALL_LIMIT_MS} ms on 100 KB answers (${HUGE_RUNS} cases)`, () => {
    fc.assert(
      fc.property(hugeText(100_000), (value) => {
        timed(() => schema.safeParse({ [field]: value }));
      }),
      { numRuns: HUGE_RUNS, seed: 13 },
    );
  });
});

describe("confirm step", () => {
  const body = fc.record(
    {
      scenario: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SCENARIOS) }, { weight: 1, arbitrary: jsonJunk }),
      domain: fc.oneof(typedDomain, fieldText),
      originalDomain: fc.oneof(typedDomain, fieldText),
      listDomain: fc.oneof(typedDomain, fieldText),
      listMember: fc.oneof(fc.constantFrom("yes", "no", "unknown"), fieldText),
      serverHost: fc.oneof(typedDomain, fieldText),
    },
    { requiredKeys: ["scenario"] },
  );

  it(`keeps only the chosen path's answers, each valid for its own step (${FORM_RUNS} cases)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(body, (values) => {
        const result = timed(() => confirmSchema.safeParse(values));
        if (!result.success) {
          expectTranslatable(result.error);
          for (const issue of result.error.issues) {
            if (typeof values[issue.path[0] as keyof typeof values] === "string") expect(isSchemaMessageKey(issue.message), issue.message).toBe(true);
          }
          return;
        }
        accepted += 1;
        const { scenario, ...answers } = result.data;
        const steps: readonly string[] = PATHS[scenario].steps;
        for (const [id, value] of Object.entries(answers)) {
          expect(steps).toContain(id);
          const step = QUESTION_SCHEMAS[id as keyof typeof QUESTION_SCHEMAS];
          expect(step.parse({ [id]: value })).toEqual({ [id]: value });
        }
        // The confirmed answers confirm again to themselves.
        expect(confirmSchema.parse(result.data)).toEqual(result.data);
      }),
      { numRuns: FORM_RUNS, seed: 14 },
    );
    expect(accepted).toBeGreaterThan(FORM_RUNS / 10);
  });
});

/** Values a URL may hold for each parameter: the right words, near misses, and junk. */
const PARAM_VALUE = fc.oneof(
  fc.constantFrom(...ENTRY_CHOICES, ...SCENARIOS, "start", "bounce", "confirm", "results", "domain", "serverHost", "listMember", "DIRECT", " direct", "__proto__", ""),
  typedDomain,
  anyText,
  hugeText(3_000),
);
const PARAM_NAME = fc.constantFrom("path", "step", ...ANSWER_FIELDS, "bounce", "constructor", "__proto__", "x");

/** A query string with repeated, encoded and broken parameters. */
const queryString = fc.oneof(
  fc.array(fc.tuple(PARAM_NAME, PARAM_VALUE), { maxLength: 14 }).map((pairs) => {
    const params = new URLSearchParams();
    for (const [key, value] of pairs) params.append(key, value);
    return params.toString();
  }),
  fc.array(fc.oneof(fc.constantFrom("&", "=", "%", "%zz", "%E3%81", "+", "path", "step", "domain", "direct", "unsure", ";", "#"), anyText), { maxLength: 20 }).map((parts) => parts.join("")),
);

/** What Next.js passes a page: a record of string, string[] or undefined. */
const searchParamsRecord = fc.dictionary(PARAM_NAME, fc.oneof(PARAM_VALUE, fc.array(PARAM_VALUE, { maxLength: 3 }), fc.constant(undefined)), { maxKeys: 12 });

function expectValidState(state: FlowState): void {
  expect(state.path === null || (ENTRY_CHOICES as readonly string[]).includes(state.path)).toBe(true);
  expect(stepsOf(state.path)).toContain(state.step);
  if (state.path === null) expect(state.step).toBe("start");
  for (const [field, value] of Object.entries(state.answers)) {
    expect(ANSWER_FIELDS as readonly string[]).toContain(field);
    expect(typeof value).toBe("string");
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThanOrEqual(512);
  }
}

/** One trip through the address bar: the query the app writes, read back. */
const roundTrip = (state: FlowState) => readFlowState(new URLSearchParams(flowQuery(state).slice(1)));

function expectStableRoundTrip(state: FlowState): void {
  const once = roundTrip(state);
  expectValidState(once);
  expect(once.path).toBe(state.path);
  // A path's "start" is not written to the URL: reading it back opens the path's first question.
  expect(once.step).toBe(state.path !== null && state.step === "start" ? stepsOf(state.path)[1] : state.step);
  // Answers survive, except that a surrogate pair cut in half at 512 characters becomes U+FFFD.
  expect(once.answers).toEqual(Object.fromEntries(Object.entries(state.answers).map(([k, v]) => [k, v.toWellFormed()])));
  expect(roundTrip(once)).toEqual(once);
}

describe("readFlowState", () => {
  it(`lands on a valid step from any query string, and round-trips (${URL_RUNS} cases)`, () => {
    fc.assert(
      fc.property(queryString, (query) => {
        const state = timed(() => readFlowState(new URLSearchParams(query)));
        expectValidState(state);
        expectStableRoundTrip(state);
      }),
      { numRuns: URL_RUNS, seed: 15 },
    );
  });

  it(`lands on a valid step from any search-params record, and round-trips (${URL_RUNS} cases)`, () => {
    fc.assert(
      fc.property(searchParamsRecord, (params) => {
        const state = timed(() => readFlowState(params));
        expectValidState(state);
        expectStableRoundTrip(state);
      }),
      { numRuns: URL_RUNS, seed: 16 },
    );
  });
});
