import { describe, expect, it } from "vitest";
import { planDmarcRecord } from "@/lib/fix/dmarc-fix";

describe("planDmarcRecord (RFC 7489)", () => {
  it("starts with p=none and the report address", () => {
    const plan = planDmarcRecord({ domain: "Example.JP", reportAddress: "dmarc@example.jp", provider: "sakura" });
    expect(plan.kind).toBe("add");
    expect(plan.name).toBe("_dmarc.example.jp");
    expect(plan.record).toMatchObject({
      name: "_dmarc.example.jp",
      host: "_dmarc",
      type: "TXT",
      rawValue: "v=DMARC1; p=none; rua=mailto:dmarc@example.jp",
      value: '"v=DMARC1; p=none; rua=mailto:dmarc@example.jp"',
    });
    expect(plan.warnings).toEqual([]);
    expect(plan.explanation.map((e) => e.ja).join("")).toContain("dmarc@example.jp");
  });

  it("without a report address: no rua, and says what rua is for", () => {
    const plan = planDmarcRecord({ domain: "example.jp", provider: "xserver" });
    expect(plan.record?.rawValue).toBe("v=DMARC1; p=none");
    expect(plan.record?.host).toBe("_dmarc");
    expect(plan.explanation.some((e) => e.ja.includes("rua=mailto:") && e.en.includes("aggregate report"))).toBe(true);
  });

  it("a subdomain's record, as the panel wants its host", () => {
    const plan = planDmarcRecord({ domain: "mail.example.co.jp", provider: "cloudflare" });
    expect(plan.record).toMatchObject({ name: "_dmarc.mail.example.co.jp", zone: "example.co.jp", host: "_dmarc.mail" });
  });

  it("never touches an existing policy", () => {
    for (const existing of [["v=DMARC1; p=reject"], ["v=DMARC1;p=quarantine; rua=mailto:a@example.jp"], ["V = DMARC1; p=none"]]) {
      const plan = planDmarcRecord({ domain: "example.jp", existing, reportAddress: "dmarc@example.jp" });
      expect(plan.kind).toBe("none");
      expect(plan.record).toBeNull();
    }
    expect(planDmarcRecord({ domain: "example.jp", existing: ["v=DMARC1; p=reject"] }).existingPolicy).toBe("reject");
  });

  it("an inherited organizational-domain policy counts as existing", () => {
    const plan = planDmarcRecord({ domain: "mail.example.jp", existing: ["v=DMARC1; p=quarantine"], existingAt: "_dmarc.example.jp" });
    expect(plan.kind).toBe("none");
    expect(plan.explanation[0]?.ja).toContain("_dmarc.example.jp");
  });

  it("ignores TXT values that are not DMARC records", () => {
    expect(planDmarcRecord({ domain: "example.jp", existing: ["hello", "v=spf1 -all"] }).kind).toBe("add");
  });

  it("several records: no new one, a warning", () => {
    const plan = planDmarcRecord({ domain: "example.jp", existing: ["v=DMARC1; p=none", "v=DMARC1; p=reject"] });
    expect(plan.kind).toBe("none");
    expect(plan.warnings.map((w) => w.id)).toEqual(["dmarc.multiple"]);
  });

  it("rejects an unusable report address", () => {
    const plan = planDmarcRecord({ domain: "example.jp", reportAddress: "a,b@example.jp" });
    expect(plan.record?.rawValue).toBe("v=DMARC1; p=none");
    expect(plan.warnings.map((w) => w.id)).toEqual(["dmarc.invalid_report_address"]);
  });

  it("accepts mailto: and warns about another domain's consent record (RFC 7489 §7.1)", () => {
    const plan = planDmarcRecord({ domain: "example.jp", reportAddress: "mailto:reports@dmarc-service.example" });
    expect(plan.record?.rawValue).toBe("v=DMARC1; p=none; rua=mailto:reports@dmarc-service.example");
    expect(plan.warnings[0]?.id).toBe("dmarc.external_report_address");
    expect(plan.warnings[0]?.message.en).toContain("example.jp._report._dmarc.dmarc-service.example");
    expect(planDmarcRecord({ domain: "mail.example.jp", reportAddress: "dmarc@example.jp" }).warnings).toEqual([]);
  });
});
