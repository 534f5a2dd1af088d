import { describe, expect, it } from "vitest";
import { loadHostingProfile, spfTermForHost } from "@/lib/fix/hosting-profile";
import { planSpfFix, type PlanSpfFixInput } from "@/lib/fix/spf-fix";
import { analyzeSpf } from "@/lib/spf/analyze";
import { parseSpf } from "@/lib/spf/parse";
import { FINDINGS_ZONE, FOURTEEN_LOOKUPS } from "@/lib/spf/testing/fixtures";
import { buildZone, ZonedataClient } from "@/lib/spf/testing/zonedata-client";

const sakura = loadHostingProfile("sakura");
const HOST = "www1234.sakura.ne.jp";
const TERM = spfTermForHost(sakura, HOST);

function plan(records: (string | string[])[], extra: Partial<PlanSpfFixInput> = {}) {
  return planSpfFix({ domain: "example.jp", analysis: { records }, authorize: [TERM], profile: sakura, ...extra });
}
const ids = (p: ReturnType<typeof plan>) => p.warnings.map((w) => w.id);

describe("planSpfFix: no record yet (add)", () => {
  it("gives the profile's recommended record", () => {
    const p = plan([], { provider: "sakura" });
    expect(p.kind).toBe("add");
    expect(p.record.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp mx ~all");
    expect(p.record).toMatchObject({ name: "example.jp", host: "@", type: "TXT", value: '"v=spf1 a:www1234.sakura.ne.jp mx ~all"' });
    expect(p).toMatchObject({ replaces: null, deleteRecords: [], keptTerms: [], all: "~all", allOptions: null });
    expect(p.addedTerms).toEqual([TERM, "mx", "~all"]);
    expect(p.lookups).toMatchObject({ before: 0, after: 2, limit: 10, exact: true });
    expect(ids(p)).toEqual(["sakura.spf_switch_resets"]);
    expect(p.summary.ja).toContain("追加してください");
  });

  it("leaves mx out when asked, and warns differently on other DNS", () => {
    const p = plan([], { includeMx: false, provider: "cloudflare" });
    expect(p.record.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp ~all");
    expect(ids(p)).toEqual(["sakura.spf_switch_own_ns_only"]);
  });

  it("ignores TXT records that are not SPF", () => {
    expect(plan(["google-site-verification=abc", "v=spf10 -all"]).kind).toBe("add");
  });

  it("fills {domain} of another host's template and counts its include as unknown", () => {
    const xserver = loadHostingProfile("xserver");
    const p = planSpfFix({ domain: "example.jp", analysis: { records: [] }, authorize: [spfTermForHost(xserver, "sv12345.xserver.jp")], profile: xserver });
    expect(p.record.rawValue).toBe("v=spf1 a:sv12345.xserver.jp a:example.jp mx include:spf.sender.xserver.jp ~all");
    expect(p.lookups).toMatchObject({ after: 4, exact: false });
    expect(ids(p)).toContain("spf.lookups_inexact");
  });

  it("works from a live analysis without a record", async () => {
    const analysis = await analyzeSpf({ domain: "nospf.example" }, new ZonedataClient(buildZone(FINDINGS_ZONE)));
    const p = planSpfFix({ domain: "nospf.example", analysis, authorize: [TERM], profile: sakura });
    expect(p.kind).toBe("add");
    expect(ids(p)).not.toContain("spf.current_unknown");
  });

  it("warns when the current record could not be read", async () => {
    const analysis = await analyzeSpf({ domain: "slow.example" }, new ZonedataClient(buildZone(FINDINGS_ZONE)));
    const p = planSpfFix({ domain: "slow.example", analysis, authorize: [TERM], profile: sakura });
    expect(p.kind).toBe("add");
    expect(ids(p)).toContain("spf.current_unknown");
  });
});

describe("planSpfFix: one record", () => {
  it("adds the server before all and keeps the rest in order (update)", () => {
    const p = plan(["v=spf1 include:_spf.google.com ~all"]);
    expect(p.kind).toBe("update");
    expect(p.record.rawValue).toBe("v=spf1 include:_spf.google.com a:www1234.sakura.ne.jp ~all");
    expect(p.replaces).toBe("v=spf1 include:_spf.google.com ~all");
    expect(p.keptTerms).toEqual(["include:_spf.google.com", "~all"]);
    expect(p.addedTerms).toEqual([TERM]);
    expect(p.removedTerms).toEqual([]);
    expect(ids(p)).toContain("spf.edit_existing");
  });

  it("changes nothing when the server is already authorized (none)", () => {
    for (const record of ["v=spf1 a:www1234.sakura.ne.jp mx ~all", "V=SPF1  +a:WWW1234.Sakura.ne.jp. ~all "]) {
      const p = plan([record], { provider: "sakura" });
      expect(p.kind).toBe("none");
      expect(p.record.rawValue).toBe(record);
      expect(p.replaces).toBeNull();
      expect(ids(p)).not.toContain("sakura.spf_switch_resets");
    }
  });

  it("joins the strings of one TXT record before reading it (RFC 7208 §3.3)", () => {
    expect(plan([["v=spf1 a:www1234.sak", "ura.ne.jp ~all"]]).kind).toBe("none");
  });

  it("replaces the initial domain by the server host name, in place", () => {
    const p = plan(["v=spf1 ip4:192.0.2.1 a:example-account.sakura.ne.jp mx ~all"]);
    expect(p.record.rawValue).toBe("v=spf1 ip4:192.0.2.1 a:www1234.sakura.ne.jp mx ~all");
    expect(p.removedTerms).toMatchObject([{ term: "a:example-account.sakura.ne.jp", reason: "initial_domain", replacedBy: TERM }]);
    expect(p.removedTerms[0]?.message.ja).toContain("初期ドメイン");
    const include = plan(["v=spf1 include:example-account.sakura.ne.jp ~all"]);
    expect(include.record.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp ~all");
  });

  it("drops the initial domain when the host is already there", () => {
    const p = plan(["v=spf1 a:example-account.sakura.ne.jp a:www1234.sakura.ne.jp ~all"]);
    expect(p.record.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp ~all");
    expect(p.removedTerms).toMatchObject([{ reason: "initial_domain" }]);
    expect(p.removedTerms[0]?.replacedBy).toBeUndefined();
  });

  it("keeps the initial domain with a warning when no host term is given", () => {
    const p = plan(["v=spf1 a:example-account.sakura.ne.jp ~all"], { authorize: [] });
    expect(p.kind).toBe("none");
    expect(p.warnings.find((w) => w.id === "spf.initial_domain")?.term).toBe("a:example-account.sakura.ne.jp");
  });

  it("makes a softfail host term a pass", () => {
    const p = plan(["v=spf1 ~a:www1234.sakura.ne.jp -all"]);
    expect(p.record.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp -all");
    expect(p.removedTerms).toMatchObject([{ term: "~a:www1234.sakura.ne.jp", reason: "weak_qualifier" }]);
  });

  it("removes duplicates and a second all", () => {
    const p = plan(["v=spf1 mx MX:example.jp a ~all -all"]);
    expect(p.record.rawValue).toBe("v=spf1 mx a a:www1234.sakura.ne.jp ~all");
    expect(p.removedTerms.map((r) => [r.term, r.reason])).toEqual([
      ["MX:example.jp", "duplicate"],
      ["-all", "second_all"],
    ]);
  });

  it("drops terms with syntax errors and says why (spf.fix_syntax)", () => {
    const p = plan(["v=spf1 ip4:192.0.2.300 a:www1234.sakura.ne.jp ~all"]);
    expect(p.kind).toBe("update");
    expect(p.record.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp ~all");
    expect(p.removedTerms).toMatchObject([{ term: "ip4:192.0.2.300", reason: "syntax" }]);
    expect(p.removedTerms[0]?.message.en).toMatch(/192\.0\.2\.300/);
    expect(ids(p)).toContain("spf.syntax_fixed");
  });

  it("adds ~all when the record has neither all nor redirect", () => {
    const p = plan(["v=spf1 mx exp=explain.example.jp"]);
    expect(p.record.rawValue).toBe("v=spf1 mx a:www1234.sakura.ne.jp ~all exp=explain.example.jp");
    expect(ids(p)).toContain("spf.all_added");
  });

  it("keeps exp= and macros", () => {
    const p = plan(["v=spf1 exists:%{i}._spf.example.jp exp=explain.%{d} -all"]);
    expect(p.record.rawValue).toBe("v=spf1 exists:%{i}._spf.example.jp exp=explain.%{d} a:www1234.sakura.ne.jp -all");
  });

  it("moves all after terms that followed it, with a warning", () => {
    const p = plan(["v=spf1 -all include:_spf.google.com"]);
    expect(p.record.rawValue).toBe("v=spf1 include:_spf.google.com a:www1234.sakura.ne.jp -all");
    expect(p.warnings.find((w) => w.id === "spf.all_moved")?.message.en).toContain("include:_spf.google.com");
  });

  it("never flattens the host to an address", () => {
    expect(plan(["v=spf1 ~all"]).record.rawValue).not.toMatch(/ip[46]:/);
  });

  it("skips an invalid authorize term with a warning", () => {
    const p = plan(["v=spf1 mx ~all"], { authorize: ["ip4:192.0.2.1/99", "all", TERM] });
    expect(p.record.rawValue).toBe("v=spf1 mx a:www1234.sakura.ne.jp ~all");
    expect(p.warnings.filter((w) => w.id === "spf.invalid_authorize").map((w) => w.term)).toEqual(["ip4:192.0.2.1/99", "all"]);
  });

  it("adds mx on request", () => {
    expect(plan(["v=spf1 ~all"], { includeMx: true }).record.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp mx ~all");
  });
});

describe("planSpfFix: all", () => {
  it("+all: recommends ~all by default and offers both", () => {
    const p = plan(["v=spf1 mx +all"]);
    expect(p.record.rawValue).toBe("v=spf1 mx a:www1234.sakura.ne.jp ~all");
    expect(p.all).toBe("~all");
    expect(p.allOptions).toEqual([
      { choice: "keep", all: "+all", value: "v=spf1 mx a:www1234.sakura.ne.jp +all" },
      { choice: "recommended", all: "~all", value: "v=spf1 mx a:www1234.sakura.ne.jp ~all" },
    ]);
    expect(p.warnings.find((w) => w.id === "spf.all_pass")?.severity).toBe("error");
    expect(p.removedTerms).toMatchObject([{ term: "+all", reason: "all_replaced", replacedBy: "~all" }]);
  });

  it("+all kept when the customer says so, still flagged", () => {
    const p = plan(["v=spf1 mx all"], { allChoice: "keep" });
    expect(p.record.rawValue).toBe("v=spf1 mx a:www1234.sakura.ne.jp all");
    expect(ids(p)).toContain("spf.all_pass");
  });

  it("?all: kept by default, ~all offered", () => {
    const p = plan(["v=spf1 a:www1234.sakura.ne.jp ?all"]);
    expect(p.kind).toBe("none");
    expect(p.allOptions?.map((o) => o.value)).toEqual(["v=spf1 a:www1234.sakura.ne.jp ?all", "v=spf1 a:www1234.sakura.ne.jp ~all"]);
    expect(ids(p)).toContain("spf.all_neutral");
    expect(plan(["v=spf1 a:www1234.sakura.ne.jp ?all"], { allChoice: "recommended" }).record.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp ~all");
  });

  it("-all kept, with a note that it is stricter", () => {
    const p = plan(["v=spf1 mx -all"]);
    expect(p.all).toBe("-all");
    expect(ids(p)).toContain("spf.all_fail_kept");
  });
});

describe("planSpfFix: redirect=", () => {
  it("adds before the redirect and never adds all next to it", () => {
    const p = plan(["v=spf1 redirect=_spf.example.jp"]);
    expect(p.record.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp redirect=_spf.example.jp");
    expect(p.all).toBeNull();
    expect(ids(p)).toContain("spf.redirect_kept");
    expect(ids(p)).not.toContain("spf.all_added");
  });

  it("keeps a redirect already ignored because of all, and says so", () => {
    const p = plan(["v=spf1 -all redirect=_spf.example.jp"]);
    expect(p.record.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp -all redirect=_spf.example.jp");
    expect(ids(p)).toContain("spf.redirect_ignored");
  });
});

describe("planSpfFix: several records (merge)", () => {
  it("merges every term once and lists the others to delete", () => {
    const records = ["v=spf1 include:_spf.google.com ~all", "v=spf1 a:www1234.sakura.ne.jp mx -all"];
    const p = plan(records, { provider: "route53" });
    expect(p.kind).toBe("merge");
    expect(p.record.rawValue).toBe("v=spf1 include:_spf.google.com a:www1234.sakura.ne.jp mx ~all");
    expect(p.replaces).toBe(records[0]);
    expect(p.deleteRecords).toEqual([records[1]]);
    expect(p.removedTerms).toMatchObject([{ term: "-all", reason: "second_all", record: 1 }]);
    expect(p.lookups.before).toBeNull();
    expect(ids(p)).toEqual(expect.arrayContaining(["spf.delete_records", "spf.record_set_replace"]));
    expect(p.summary.ja).toContain("2 個");
  });

  it("edits the record that already has the merged value", () => {
    const p = plan(["v=spf1 ~all", "v=spf1 a:www1234.sakura.ne.jp ~all"]);
    expect(p.record.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp ~all");
    expect(p.replaces).toBe("v=spf1 a:www1234.sakura.ne.jp ~all");
    expect(p.deleteRecords).toEqual(["v=spf1 ~all"]);
    // The same text twice (split differently into strings): one is edited, the other deleted.
    const twice = plan(["v=spf1 a:www1234.sakura.ne.jp ~all", ["v=spf1 a:www1234", ".sakura.ne.jp ~all"]]);
    expect(twice.deleteRecords).toEqual(["v=spf1 a:www1234.sakura.ne.jp ~all"]);
  });

  it("turns a redirect that would sit next to all into an include", () => {
    const p = plan(["v=spf1 mx ~all", "v=spf1 redirect=_spf.example.jp"]);
    expect(p.record.rawValue).toBe("v=spf1 mx include:_spf.example.jp a:www1234.sakura.ne.jp ~all");
    expect(p.removedTerms).toMatchObject([{ term: "redirect=_spf.example.jp", reason: "redirect_to_include", replacedBy: "include:_spf.example.jp" }]);
  });

  it("keeps a single redirect when no record has all", () => {
    const p = plan(["v=spf1 mx", "v=spf1 redirect=_spf.example.jp"]);
    expect(p.record.rawValue).toBe("v=spf1 mx a:www1234.sakura.ne.jp redirect=_spf.example.jp");
  });
});

describe("planSpfFix: lookups (RFC 7208 §4.6.4)", () => {
  const withA = (n: number) => `v=spf1 ${Array.from({ length: n }, (_, i) => `a:h${i}.example.jp`).join(" ")} ~all`;

  it.each([
    [8, 9, "spf.lookups_near_limit"],
    [9, 10, "spf.lookups_near_limit"],
    [10, 11, "spf.lookups_over_limit"],
  ])("%i existing + the host = %i lookups: %s", (existing, after, id) => {
    const p = plan([withA(existing)]);
    expect(p.lookups).toMatchObject({ before: existing, after, limit: 10, exact: true });
    expect(ids(p)).toContain(id);
    expect(parseSpf(p.record.rawValue).errors).toEqual([]);
  });

  it("no warning at 8", () => {
    const p = plan([withA(7)]);
    expect(p.lookups.after).toBe(8);
    expect(ids(p).filter((id) => id.startsWith("spf.lookups"))).toEqual([]);
  });

  it("says when the addition pushes the record over", () => {
    expect(plan([withA(10)]).warnings.find((w) => w.id === "spf.lookups_over_limit")?.message.en).toContain("the added terms push it over");
  });

  it("reuses the analysis tree's counts for kept includes", async () => {
    const client = new ZonedataClient(buildZone({ ...FINDINGS_ZONE, ...FOURTEEN_LOOKUPS }));
    const fourteen = await analyzeSpf({ domain: "fourteen.example" }, client);
    const p = planSpfFix({ domain: "fourteen.example", analysis: fourteen, authorize: [TERM], profile: sakura });
    expect(p.lookups).toMatchObject({ before: 14, after: 15, exact: true });
    expect(p.lookups.perTerm.find((t) => t.term === "include:p1.example")?.lookups).toBe(5);
    expect(ids(p)).toContain("spf.lookups_over_limit");

    const good = await analyzeSpf({ domain: "good.example" }, client);
    const q = planSpfFix({ domain: "good.example", analysis: good, authorize: [TERM], profile: sakura });
    expect(q.record.rawValue).toBe("v=spf1 ip4:192.0.2.0/24 include:_spf.provider.example a:www1234.sakura.ne.jp -all");
    expect(q.lookups).toMatchObject({ before: 1, after: 2, exact: true });
  });

  it("merging a live analysis with several records: counts what it can", async () => {
    const analysis = await analyzeSpf({ domain: "multi.example" }, new ZonedataClient(buildZone(FINDINGS_ZONE)));
    const p = planSpfFix({ domain: "multi.example", analysis, authorize: [TERM], profile: sakura });
    expect(p.kind).toBe("merge");
    expect(p.record.rawValue).toBe("v=spf1 include:good.example a:www1234.sakura.ne.jp -all");
    expect(p.lookups).toMatchObject({ before: null, after: 2, exact: false });
  });
});

describe("planSpfFix: record size", () => {
  it("warns near the RFC 7208 §3.4 size guideline", () => {
    const many = `v=spf1 ${Array.from({ length: 30 }, (_, i) => `ip4:198.51.100.${i}`).join(" ")} ~all`;
    const p = plan([many], { provider: "route53" });
    expect(ids(p)).toContain("spf.record_long");
    expect(p.record.strings.length).toBeGreaterThan(1);
    expect(p.record.value.startsWith('"')).toBe(true);
  });
});
