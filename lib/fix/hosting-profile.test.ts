import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  BUILT_IN_PROFILE_IDS,
  getHostingProfile,
  HostingProfileError,
  isInitialDomain,
  isServerHost,
  loadHostingProfile,
  readHostingProfile,
  recommendedSpfRecord,
  resetHostingProfile,
  spfTermForHost,
} from "@/lib/fix/hosting-profile";
import { profileWarnings } from "@/lib/fix/profile-terms";
import { DNS_PROVIDERS } from "@/lib/fix/dns-providers";

const dir = mkdtempSync(join(tmpdir(), "todoku-profile-"));
const sakuraJson = () => JSON.parse(readFileSync(join(process.cwd(), "lib/fix/profiles/sakura.json"), "utf8")) as Record<string, unknown>;

function writeProfile(name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof data === "string" ? data : JSON.stringify(data));
  return path;
}

describe("built-in profiles", () => {
  it.each(BUILT_IN_PROFILE_IDS)("%s validates and points at a known DNS provider", (id) => {
    const profile = loadHostingProfile(id);
    expect(profile.id).toBe(id);
    expect(Object.keys(DNS_PROVIDERS)).toContain(profile.dnsProviderId);
    expect(isServerHost(profile, profile.serverHost.example)).toBe(true);
    for (const link of profile.helpLinks) expect(link.url).toMatch(/^https:\/\//);
  });

  it("sakura: the seed FAQ's record, nameservers and DKIM selector", () => {
    const sakura = loadHostingProfile("sakura");
    expect(recommendedSpfRecord(sakura, "www1234.sakura.ne.jp", "example.jp")).toBe("v=spf1 a:www1234.sakura.ne.jp mx ~all");
    expect(sakura.nameservers).toEqual(["ns1.dns.ne.jp", "ns2.dns.ne.jp"]);
    expect(new RegExp(sakura.dkim.selectorPattern ?? "").test("rs20261005")).toBe(true);
    expect(sakura.helpLinks.every((l) => /sakura\.ad\.jp\//.test(l.url))).toBe(true);
    expect(sakura.srs.offered).toBeNull();
  });

  it("tells the server host from the initial domain", () => {
    const sakura = loadHostingProfile("sakura");
    expect(isServerHost(sakura, "WWW1234.Sakura.ne.jp.")).toBe(true);
    expect(isServerHost(sakura, "www.2222.sakura.ne.jp")).toBe(false);
    expect(isServerHost(sakura, "example-account.sakura.ne.jp")).toBe(false);
    expect(isInitialDomain(sakura, "example-account.sakura.ne.jp")).toBe(true);
    expect(isInitialDomain(sakura, "kab137lab.sakura.ne.jp")).toBe(true);
    expect(isInitialDomain(sakura, "www1234.sakura.ne.jp")).toBe(false);
    expect(isInitialDomain(sakura, "example.jp")).toBe(false);
  });

  it("authorizes a host by name, never by address", () => {
    const sakura = loadHostingProfile("sakura");
    expect(spfTermForHost(sakura, "WWW1234.sakura.ne.jp.")).toBe("a:www1234.sakura.ne.jp");
    expect(loadHostingProfile("xserver").spf.recommendedRecord).toContain("a:{host}");
  });

  it("gives the SPF switch warning only with the host's own DNS", () => {
    const sakura = loadHostingProfile("sakura");
    expect(profileWarnings(sakura, "spf", "sakura").map((w) => w.id)).toEqual(["sakura.spf_switch_resets"]);
    expect(profileWarnings(sakura, "spf", "cloudflare").map((w) => w.id)).toEqual(["sakura.spf_switch_own_ns_only"]);
    expect(profileWarnings(sakura, "general", "cloudflare").map((w) => w.id)).toContain("sakura.wait_48h");
  });
});

describe("loadHostingProfile", () => {
  it("loads a profile from a JSON file path", () => {
    const path = writeProfile("custom.json", { ...sakuraJson(), id: "custom-host" });
    expect(loadHostingProfile(path).id).toBe("custom-host");
  });

  it("rejects an unknown id, naming the built-in ones", () => {
    expect(() => loadHostingProfile("nope")).toThrow(HostingProfileError);
    expect(() => loadHostingProfile("nope")).toThrow(/built-in: sakura, xserver/);
  });

  it("names the offending field of an invalid file", () => {
    const data = sakuraJson();
    const path = writeProfile("bad-pattern.json", { ...data, serverHost: { ...(data.serverHost as object), pattern: "^www(\\d+$" } });
    expect(() => loadHostingProfile(path)).toThrow(/serverHost\.pattern: not a valid regular expression/);
    const missing = writeProfile("missing.json", { ...data, spf: undefined });
    expect(() => loadHostingProfile(missing)).toThrow(/spf: /);
    const badSpf = writeProfile("bad-spf.json", { ...data, spf: { hostTerm: "a:{host}", recommendedRecord: "v=spf1 a:{host} mx ~al", confidence: "verified" } });
    expect(() => loadHostingProfile(badSpf)).toThrow(/spf\.recommendedRecord: not valid SPF/);
    const badExample = writeProfile("bad-example.json", { ...data, serverHost: { ...(data.serverHost as object), example: "example.jp" } });
    expect(() => loadHostingProfile(badExample)).toThrow(/serverHost\.example: does not match/);
  });

  it("reports unreadable and non-JSON files", () => {
    expect(() => loadHostingProfile(join(dir, "absent.json"))).toThrow(/cannot be read/);
    expect(() => loadHostingProfile(writeProfile("garbage.json", "{ not json"))).toThrow(/not valid JSON/);
  });
});

describe("readHostingProfile / getHostingProfile", () => {
  afterEach(() => resetHostingProfile());

  it("defaults to sakura", () => {
    expect(readHostingProfile({})).toEqual({ profile: loadHostingProfile("sakura"), warnings: [] });
  });

  it("picks a built-in id or a file from HOSTING_PROFILE", () => {
    expect(readHostingProfile({ HOSTING_PROFILE: "xserver" }).profile.id).toBe("xserver");
    const path = writeProfile("env.json", { ...sakuraJson(), id: "from-env" });
    expect(readHostingProfile({ HOSTING_PROFILE: path }).profile.id).toBe("from-env");
  });

  it("falls back to the default with a warning naming the field", () => {
    const data = sakuraJson();
    const path = writeProfile("fallback.json", { ...data, dnsProviderId: "nowhere" });
    const { profile, warnings } = readHostingProfile({ HOSTING_PROFILE: path });
    expect(profile.id).toBe("sakura");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/HOSTING_PROFILE=".*fallback\.json" ignored .*dnsProviderId: .*using "sakura"/);
  });

  it("reads the environment once and warns through the callback", () => {
    vi.stubEnv("HOSTING_PROFILE", "unknown-host");
    const warn = vi.fn();
    expect(getHostingProfile(warn).id).toBe("sakura");
    expect(getHostingProfile(warn).id).toBe("sakura");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[todoku profile\] HOSTING_PROFILE="unknown-host" ignored/);
    vi.unstubAllEnvs();
  });
});
