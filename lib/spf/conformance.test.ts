import { afterAll, describe, expect, it } from "vitest";
import { checkHost } from "@/lib/spf/evaluate";
import type { SpfResult } from "@/lib/spf/results";
import { loadSuite, type SuiteTest } from "@/lib/spf/testing/spf-suite";
import { ZonedataClient, type Zone } from "@/lib/spf/testing/zonedata-client";

/**
 * Tests of the RFC 4408 suite whose expectation the RFC 7208 suite changed (same id, same
 * inputs). They are judged by the RFC 7208 expectation; every one is also within the list the
 * 4408 suite accepts, only not its preferred (first) result.
 */
const RFC4408_CHANGED: Record<string, { rfc7208: SpfResult[]; reason: string }> = {
  txtonly: { rfc7208: ["fail"], reason: "RFC 7208 §3.1, §4.4: only TXT is queried; the SPF RR type is no longer used" },
  spfonly: { rfc7208: ["none"], reason: "RFC 7208 §3.1, §4.4: a record published only as type SPF (99) is not seen" },
  spftimeout: { rfc7208: ["fail"], reason: "RFC 7208 §4.4: the type 99 query that times out is never made" },
  txttimeout: { rfc7208: ["temperror"], reason: "RFC 7208 §4.4: a TXT timeout is a temperror; no fallback to type 99" },
  nospftxttimeout: { rfc7208: ["temperror"], reason: "RFC 7208 §4.4: a TXT timeout is a temperror" },
  spfoverride: { rfc7208: ["fail"], reason: "RFC 7208 §4.5: type 99 records no longer override TXT" },
  multitxt1: { rfc7208: ["permerror"], reason: "RFC 7208 §4.5: two v=spf1 TXT records are a permerror, type 99 cannot resolve it" },
  multispf2: { rfc7208: ["pass"], reason: "RFC 7208 §4.5: conflicting type 99 records are ignored, the single TXT record is used" },
  "invalid-domain-empty-label": { rfc7208: ["fail", "permerror"], reason: "RFC 7208 §4.3, §4.8: undefined; the 7208 suite prefers no-match (fail)" },
  "invalid-domain-long": { rfc7208: ["fail", "permerror"], reason: "RFC 7208 §4.3, §4.8: undefined; the 7208 suite prefers no-match (fail)" },
  "invalid-domain-long-via-macro": { rfc7208: ["fail", "permerror"], reason: "RFC 7208 §4.3, §4.8: undefined; the 7208 suite prefers no-match (fail)" },
  "exists-dnserr": { rfc7208: ["temperror"], reason: "RFC 7208 §5, §4.6.4: a DNS error in a mechanism's lookup is a temperror" },
  "cidr6-0-ip4": { rfc7208: ["neutral"], reason: "RFC 7208 §5: an IPv4 client never matches ip6" },
  "cidr6-ip4": { rfc7208: ["neutral"], reason: "RFC 7208 §5: an IPv4-mapped client is IPv4 and never matches ip6" },
  "mx-limit": { rfc7208: ["permerror"], reason: "RFC 7208 §4.6.4: more than 10 MX address lookups is a permerror" },
};

interface Verdict {
  ok: boolean;
  detail: string;
}

async function run(test: SuiteTest, zone: Zone, accepted: SpfResult[]): Promise<Verdict> {
  const got = await checkHost({ ip: test.host, sender: test.mailfrom, helo: test.helo }, new ZonedataClient(zone));
  const resultOk = accepted.includes(got.result);
  // "DEFAULT" is the driver's default explanation: no exp= text applies.
  const wantExp = test.explanation === "DEFAULT" ? undefined : test.explanation;
  const expOk = test.explanation === undefined || got.explanation === wantExp;
  return {
    ok: resultOk && expOk,
    detail: `${test.id} (${test.spec}): want ${accepted.join("|")}${test.explanation ? ` "${test.explanation}"` : ""}, got ${got.result}${got.explanation ? ` "${got.explanation}"` : ""}`,
  };
}

describe("RFC 7208 conformance suite", () => {
  const scenarios = loadSuite("rfc7208-tests.yml");
  const tally = { passed: 0, total: 0 };
  afterAll(() => console.log(`RFC 7208 suite: ${tally.passed}/${tally.total} passed`));

  it("has all 203 tests", () => {
    expect(scenarios.flatMap((s) => s.tests)).toHaveLength(203);
  });

  for (const scenario of scenarios) {
    describe(scenario.description, () => {
      for (const test of scenario.tests) {
        it(test.id, async () => {
          const verdict = await run(test, scenario.zone, test.results);
          tally.total++;
          if (verdict.ok) tally.passed++;
          expect(verdict.ok, verdict.detail).toBe(true);
        });
      }
    });
  }
});

describe("RFC 4408 conformance suite", () => {
  const scenarios = loadSuite("rfc4408-tests.yml");
  const tally = { passed: 0, total: 0, changed: 0 };
  afterAll(() =>
    console.log(
      `RFC 4408 suite: ${tally.passed}/${tally.total} passed (${tally.changed} judged by their RFC 7208 expectation: ${Object.keys(RFC4408_CHANGED).join(", ")})`,
    ),
  );

  it("lists only tests that exist, with an expectation the 4408 suite also accepts", () => {
    const byId = new Map(scenarios.flatMap((s) => s.tests).map((t) => [t.id, t]));
    for (const [id, change] of Object.entries(RFC4408_CHANGED)) {
      const test = byId.get(id);
      expect(test, id).toBeDefined();
      expect(change.rfc7208.some((r) => test?.results.includes(r)), id).toBe(true);
    }
  });

  for (const scenario of scenarios) {
    describe(scenario.description, () => {
      for (const test of scenario.tests) {
        const change = RFC4408_CHANGED[test.id];
        it(change ? `${test.id} (RFC 7208 changed: ${change.reason})` : test.id, async () => {
          const verdict = await run(test, scenario.zone, change ? change.rfc7208 : test.results);
          tally.total++;
          if (change) tally.changed++;
          if (verdict.ok) tally.passed++;
          expect(verdict.ok, verdict.detail).toBe(true);
        });
      }
    });
  }
});
