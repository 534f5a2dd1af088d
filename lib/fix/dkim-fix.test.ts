import { describe, expect, it } from "vitest";
import { dkimPanelRows, planDkimSteps } from "@/lib/fix/dkim-fix";
import { hostingProfileSchema } from "@/lib/fix/hosting-profile-schema";
import { loadHostingProfile } from "@/lib/fix/hosting-profile";

const sakura = loadHostingProfile("sakura");

describe("planDkimSteps", () => {
  it("on the host's own DNS: enable in the panel, nothing to copy", () => {
    const plan = planDkimSteps({ domain: "example.jp", profile: sakura, provider: "sakura" });
    expect(plan.kind).toBe("enable");
    expect(plan.record).toBeNull();
    expect(plan.steps[0]?.ja).toContain("DKIM設定");
    expect(plan.steps.some((s) => s.ja.includes("自動で公開"))).toBe(true);
    expect(plan.help?.url).toBe("https://help.sakura.ad.jp/mail/2811/");
  });

  it("on another DNS: the record to copy, as that panel wants it, without inventing a key", () => {
    const plan = planDkimSteps({ domain: "example.jp", profile: sakura, provider: "cloudflare" });
    expect(plan.record).toMatchObject({ type: "TXT", nameExample: "rs20261005._domainkey.example.jp", hostExample: "rs20261005._domainkey", selectorPattern: "^rs\\d{8}$" });
    expect(JSON.stringify(plan)).not.toMatch(/p=[A-Za-z0-9+/]{20,}/);
    const rows = dkimPanelRows(plan.record!, "cloudflare", "ja");
    expect(rows.map((r) => r.label)).toEqual(["タイプ", "名前", "コンテンツ", "TTL"]);
    expect(rows.find((r) => r.key === "value")).toMatchObject({ value: "", copy: false });
    expect(rows.find((r) => r.key === "value")?.hint).toContain("v=DKIM1;");
  });

  it("Route 53: says how to split the long key", () => {
    const plan = planDkimSteps({ domain: "example.jp", profile: sakura, provider: "route53" });
    expect(plan.record?.hostExample).toBe("rs20261005._domainkey");
    expect(plan.steps.some((s) => s.en.includes("several quoted strings"))).toBe(true);
  });

  it("already published with the host's selector: nothing to do", () => {
    expect(planDkimSteps({ domain: "example.jp", profile: sakura, selectorFound: "rs20261005" }).kind).toBe("none");
    expect(planDkimSteps({ domain: "example.jp", profile: sakura, selectorFound: true }).kind).toBe("none");
  });

  it("a key of another service does not sign the host's mail", () => {
    const plan = planDkimSteps({ domain: "example.jp", profile: sakura, selectorFound: "google" });
    expect(plan.kind).toBe("enable");
    expect(plan.steps[0]?.en).toContain("“google”");
  });

  it("a host without DKIM, or unknown", () => {
    const data = JSON.parse(JSON.stringify(sakura)) as Record<string, Record<string, unknown>>;
    const without = hostingProfileSchema.parse({ ...data, dkim: { ...data.dkim, supported: false } });
    expect(planDkimSteps({ domain: "example.jp", profile: without }).kind).toBe("unsupported");
    const unknown = hostingProfileSchema.parse({ ...data, dkim: { ...data.dkim, supported: null } });
    expect(planDkimSteps({ domain: "example.jp", profile: unknown }).kind).toBe("unknown");
  });
});
