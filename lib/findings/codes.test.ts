import { describe, expect, it } from "vitest";
import { FINDING_CODES, isFindingCode } from "@/lib/findings/codes";
import { makeFinding, sortFindings } from "@/lib/findings/finding";
import { SEVERITIES } from "@/lib/findings/types";

/** Codes other parts of the product and its clients rely on: never rename one. */
const REQUIRED = [
  "spf.none",
  "spf.multiple_records",
  "spf.syntax",
  "spf.lookup_limit",
  "spf.void_limit",
  "spf.include_none",
  "spf.loop",
  "spf.all_pass",
  "spf.ptr",
  "spf.redirect_ignored",
  "spf.no_all",
  "spf.dns_error",
  "spf.not_authorized",
];

describe("finding codes", () => {
  it("has every required code with a known severity", () => {
    for (const code of REQUIRED) expect(isFindingCode(code), code).toBe(true);
    for (const { severity } of Object.values(FINDING_CODES)) expect(SEVERITIES).toContain(severity);
    expect(isFindingCode("spf.nope")).toBe(false);
    expect(isFindingCode("toString")).toBe(false);
  });

  it("builds findings with the default severity and sorts the most severe first", () => {
    const text = { ja: "テスト", en: "test" };
    const sorted = sortFindings([
      makeFinding("spf.analysis_truncated", text),
      makeFinding("spf.no_all", text, { domain: "a.example" }),
      makeFinding("spf.none", text, { domain: "b.example" }),
    ]);
    expect(sorted.map((f) => [f.code, f.severity])).toEqual([
      ["spf.none", "error"],
      ["spf.no_all", "warning"],
      ["spf.analysis_truncated", "info"],
    ]);
    expect(sorted[1]).toEqual({ code: "spf.no_all", severity: "warning", message: text, domain: "a.example" });
  });
});
