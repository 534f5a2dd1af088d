import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadHostingProfile } from "@/lib/fix/hosting-profile";
import { planSpfFix, type SpfFixPlan } from "@/lib/fix/spf-fix";
import { termKey, errorsByTerm } from "@/lib/fix/spf-terms";
import { analyzeSpf } from "@/lib/spf/analyze";
import { isSpfRecordText, parseSpf } from "@/lib/spf/parse";
import { spfRecord, spfZone } from "@/lib/spf/testing/spf-arbitraries";
import { buildZone, ZonedataClient } from "@/lib/spf/testing/zonedata-client";

const sakura = loadHostingProfile("sakura");
const HOST_TERM = "a:www1234.sakura.ne.jp";
const DOCUMENTED = new Set(["duplicate", "duplicate_modifier", "second_all", "initial_domain", "weak_qualifier", "all_replaced", "redirect_to_include"]);

/** Terms the record generator must handle besides the SPF engine's own arbitrary. */
const EXTRA = fc.constantFrom(
  HOST_TERM,
  "~a:www1234.sakura.ne.jp",
  "-a:WWW1234.sakura.ne.jp.",
  "a:example-account.sakura.ne.jp",
  "include:other-account.sakura.ne.jp",
  "mx:example-account.sakura.ne.jp",
  "+all",
  "?all",
  "all",
  "-all",
  "~all",
  "redirect=_spf.d1.example",
  "exp=explain.%{d}",
  "exists:%{i}._spf.%{d}",
  "a:%{p}.m.example",
  "include:_spf.google.com",
  "mx",
  "a",
  "ip4:192.0.2.0/24",
  "ip4:192.0.2.300",
  "foo=bar",
  "include:",
);

const record = fc.tuple(spfRecord, fc.array(fc.tuple(EXTRA, fc.nat(12)), { maxLength: 4 })).map(([base, extras]) => {
  const parts = base.split(" ");
  for (const [term, at] of extras) parts.splice(1 + (at % parts.length), 0, term);
  return parts.join(" ");
});
/** A TXT record as given: one string, or the same text cut into two strings (RFC 7208 §3.3). */
const txt = fc.tuple(record, fc.nat(60), fc.boolean()).map(([text, at, split]) => (split ? [text.slice(0, at), text.slice(at)] : text));
const authorize = fc.constantFrom([HOST_TERM], [HOST_TERM, "include:_spf.google.com"], ["+A:WWW1234.Sakura.ne.jp."], [HOST_TERM, "mx"]);

/** Counted by hand from the text alone: the terms of RFC 7208 §4.6.4, redirect= only without all. */
function independentCount(value: string): number {
  const terms = value.split(" ").slice(1).filter((t) => t !== "");
  const hasAll = terms.some((t) => /^[-+~?]?all$/i.test(t));
  let count = 0;
  for (const t of terms) {
    const querying = /^[-+~?]?(include|a|mx|ptr|exists)(?=$|[:/])/i.test(t) || (/^redirect=/i.test(t) && !hasAll);
    if (querying) count += 1 + (/%\{p/i.test(t) ? 1 : 0);
  }
  return count;
}

function checkPlan(plan: SpfFixPlan, spfRecords: string[], authorized: readonly string[]): void {
  const value = plan.record.rawValue;
  const parsed = parseSpf(value);
  // Always one valid record.
  expect(parsed.errors).toEqual([]);
  expect(value.match(/(^|\s)v=spf1(?=\s|$)/gi)).toHaveLength(1);
  expect(value).not.toMatch(/[\r\n]/);
  // Exactly one all, or none and a redirect=.
  const alls = parsed.terms.filter((t) => t.kind === "mechanism" && t.name === "all");
  const redirects = parsed.terms.filter((t) => t.kind === "modifier" && t.name === "redirect");
  expect(alls.length === 1 || (alls.length === 0 && redirects.length === 1)).toBe(true);
  expect(plan.all).toBe(alls[0]?.text ?? null);
  // Each authorized term exactly once, as a pass.
  for (const text of authorized) {
    const wanted = parseSpf(`v=spf1 ${text.replace(/^\+/, "")}`).terms[0];
    if (!wanted) continue;
    const matches = parsed.terms.filter((t) => termKey(t, plan.domain) === termKey(wanted, plan.domain));
    expect(matches).toHaveLength(1);
    expect(matches[0]?.qualifier).toBe("+");
  }
  // No valid existing term lost, except by a documented replacement.
  const kept = new Set(parsed.terms.map((t) => t.text));
  spfRecords.forEach((text, r) => {
    const existing = parseSpf(text);
    const errors = errorsByTerm(existing);
    existing.terms.forEach((term, i) => {
      if ((errors[i] ?? []).length > 0) return;
      if (kept.has(term.text)) return;
      // (A repeated term can also have an invalid twin, e.g. a second redirect=: look for any documented removal.)
      const removal = plan.removedTerms.find((x) => x.term === term.text && x.record === r && DOCUMENTED.has(x.reason));
      expect(removal, `${term.text} of ${JSON.stringify(text)} lost in ${JSON.stringify(value)}`).toBeDefined();
    });
  });
  for (const removal of plan.removedTerms) expect(removal.message.ja.length * removal.message.en.length).toBeGreaterThan(0);
  // Kind and the records to touch.
  expect(plan.kind).toBe(spfRecords.length === 0 ? "add" : spfRecords.length > 1 ? "merge" : plan.kind === "none" ? "none" : "update");
  if (plan.kind === "none") expect(value).toBe(spfRecords[0]);
  if (plan.kind === "merge") expect([plan.replaces, ...plan.deleteRecords].sort()).toEqual([...spfRecords].sort());
  // Lookups: never under-reported against a count by hand of the result's own terms.
  expect(plan.lookups.after).toBeGreaterThanOrEqual(independentCount(value));
  expect(plan.lookups.limit).toBe(10);
  const overId = plan.warnings.some((w) => w.id === "spf.lookups_over_limit");
  expect(overId).toBe(plan.lookups.after > 10);
}

describe("planSpfFix properties", () => {
  it("from the records alone", () => {
    fc.assert(
      fc.property(
        fc.array(txt, { maxLength: 3 }),
        authorize,
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.constantFrom("keep" as const, "recommended" as const), { nil: undefined }),
        (records, authorized, includeMx, allChoice) => {
          const plan = planSpfFix({ domain: "d0.example", analysis: { records }, authorize: authorized, includeMx, allChoice, profile: sakura });
          const spfRecords = records.map((r) => (typeof r === "string" ? r : r.join(""))).filter(isSpfRecordText);
          checkPlan(plan, spfRecords, [...authorized, ...(includeMx ? ["mx"] : [])]);
          // Without include/redirect subtrees, the count is exact and equals the count by hand.
          if (plan.lookups.exact) expect(plan.lookups.after).toBe(independentCount(plan.record.rawValue));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("from a live analysis: the reported count is what a new analysis of the result counts", async () => {
    await fc.assert(
      fc.asyncProperty(spfZone, authorize, async (zone, authorized) => {
        const before = await analyzeSpf({ domain: "d0.example" }, new ZonedataClient(buildZone(zone)));
        const plan = planSpfFix({ domain: "d0.example", analysis: before, authorize: authorized, profile: sakura });
        checkPlan(plan, before.records, authorized);
        if (plan.kind !== "merge" && plan.lookups.before !== null) expect(plan.lookups.before).toBe(before.lookups.count);

        const isSpfEntry = (e: unknown) => {
          const t = (e as { TXT?: unknown }).TXT;
          return t !== undefined && isSpfRecordText(Array.isArray(t) ? t.join("") : String(t));
        };
        const entries = (zone["d0.example"] ?? []).filter((e) => !isSpfEntry(e));
        const published = { ...zone, "d0.example": [...entries, { TXT: plan.record.strings }] };
        const after = await analyzeSpf({ domain: "d0.example" }, new ZonedataClient(buildZone(published)));
        expect(after.tree?.status).toBe("ok");
        expect(after.tree?.record).toBe(plan.record.rawValue);
        if (plan.lookups.exact) expect(plan.lookups.after).toBe(after.lookups.count);
        else expect(plan.lookups.after).toBeLessThanOrEqual(after.lookups.count);
      }),
      { numRuns: 150 },
    );
  });
});
