import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSpf } from "@/lib/spf/parse";
import type { ParsedSpf } from "@/lib/spf/types";

/** Fragments that exercise every branch of the grammar, glued at random. */
const FRAGMENTS = [
  "v=spf1", "V=SpF1", "v=spf10", " ", "  ", "\t", "\r\n", "\u0000", "\u00a0", "ａ", "€", "😀", "\ud800",
  "+", "-", "~", "?", "all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists", "redirect", "exp", "foo",
  ":", "=", "/", "//", ".", "..", "%", "%%", "%_", "%-", "%{", "}", "%{d}", "%{ir}", "%{L2r-.}", "%{c}", "%{d0}", "%{z}",
  "0", "1", "24", "32", "33", "032", "128", "129", "255", "256", "192.0.2.1", "::", "2001:db8::", "::ffff:1.2.3.4",
  "example.com", "com", "-com", "xn--zckzah", "_spf", "1up", "x-y_z.w",
];

const spfish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(""));
const withVersion = spfish.map((s) => `v=spf1 ${s}`);
const unicode = fc.string({ unit: "binary", maxLength: 300 });

/** Structural invariants every parse must satisfy, whatever the input. */
function checkInvariants(text: string, parsed: ParsedSpf): void {
  expect(parsed.text).toBe(text);
  let previousEnd = 0;
  for (const term of parsed.terms) {
    expect(term.start).toBeGreaterThanOrEqual(previousEnd);
    expect(term.end).toBeGreaterThan(term.start);
    expect(term.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(term.start, term.end)).toBe(term.text);
    expect(term.text.includes(" ")).toBe(false);
    previousEnd = term.end;
  }
  for (const error of parsed.errors) {
    expect(error.start).toBeGreaterThanOrEqual(0);
    expect(error.end).toBeGreaterThanOrEqual(error.start);
    expect(error.end).toBeLessThanOrEqual(text.length);
    expect(error.message.ja.length).toBeGreaterThan(0);
    expect(error.message.en.length).toBeGreaterThan(0);
  }
  expect(parsed.version).toBe(/^v=spf1( |$)/i.test(text));
  if (parsed.errors.length === 0) expect(parsed.terms.every((t) => t.kind !== "unknown")).toBe(true);
}

describe("parseSpf properties", () => {
  it("never throws and keeps its invariants on arbitrary Unicode (10,000 cases)", () => {
    const started = performance.now();
    fc.assert(
      fc.property(unicode, (text) => checkInvariants(text, parseSpf(text))),
      { numRuns: 10_000, seed: 4408 },
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("never throws and keeps its invariants on adversarial SPF-like text (10,000 cases)", () => {
    const started = performance.now();
    fc.assert(
      fc.property(fc.oneof(spfish, withVersion), (text) => checkInvariants(text, parseSpf(text))),
      { numRuns: 10_000, seed: 7208 },
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("parses huge adversarial records in linear time", () => {
    const huge = [
      `v=spf1 a:${"x/1".repeat(20_000)}`,
      `v=spf1 exists:${"%{".repeat(20_000)}`,
      `v=spf1 ${"a ".repeat(30_000)}`,
      `v=spf1 mx:${"%{d}.".repeat(10_000)}com/24//64`,
      `v=spf1 ip6:${":".repeat(50_000)}`,
    ];
    for (const text of huge) {
      const started = performance.now();
      const parsed = parseSpf(text);
      expect(performance.now() - started).toBeLessThan(250);
      expect(parsed.terms.length + parsed.errors.length).toBeGreaterThan(0);
    }
  });
});
