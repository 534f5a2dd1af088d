import { describe, expect, it } from "vitest";
import { frameAncestors, frameOptions, isEmbedPath, parseOrigin, readFramingConfig } from "@/lib/embed/frame-policy";

describe("isEmbedPath", () => {
  it("is /embed and what lies under it", () => {
    expect(isEmbedPath("/embed")).toBe(true);
    expect(isEmbedPath("/embed/")).toBe(true);
    expect(isEmbedPath("/embed/anything")).toBe(true);
  });
  it("is not fooled by look-alike prefixes", () => {
    for (const path of ["/", "/en", "/embedded", "/embed.js", "/embed-x", "/en/embed", "/r/embed", "/EMBED", "//embed", "/api/embed", ""]) {
      expect(isEmbedPath(path), path).toBe(false);
    }
  });
});

describe("parseOrigin", () => {
  it("accepts origins and normalizes them", () => {
    expect(parseOrigin("https://faq.example.jp")).toBe("https://faq.example.jp");
    expect(parseOrigin(" https://FAQ.Example.jp/ ")).toBe("https://faq.example.jp");
    expect(parseOrigin("http://127.0.0.1:3197")).toBe("http://127.0.0.1:3197");
    expect(parseOrigin("https://faq.example.jp:443")).toBe("https://faq.example.jp");
    expect(parseOrigin("https://faq.example.jp:8443")).toBe("https://faq.example.jp:8443");
    expect(parseOrigin("http://[::1]:8080")).toBe("http://[::1]:8080");
    expect(parseOrigin("https://サポート.example.jp")).toMatch(/^https:\/\/xn--[a-z0-9-]+\.example\.jp$/);
  });
  it("refuses what is not exactly an origin", () => {
    for (const value of [
      "",
      "faq.example.jp",
      "//faq.example.jp",
      "https://faq.example.jp/help",
      "https://faq.example.jp/?x=1",
      "https://faq.example.jp#top",
      "https://user:pw@faq.example.jp",
      "https://*.example.jp",
      "https://faq.example.jp;script-src *",
      "https://faq.example.jp 'unsafe-inline'",
      "'self'",
      "*",
      "ftp://faq.example.jp",
      "javascript:alert(1)",
      "data:text/html,x",
      "https://",
      "https://faq.example.jp:99999",
    ]) {
      expect(parseOrigin(value), value).toBeNull();
    }
  });
});

describe("readFramingConfig", () => {
  it("reads comma-separated origins, drops bad ones with a warning, keeps each once", () => {
    const { config, warnings } = readFramingConfig({ EMBED_ALLOWED_ORIGINS: "https://faq.example.jp, https://bad.example/path,,http://127.0.0.1:3197,https://FAQ.example.jp" });
    expect(config.embedAllowedOrigins).toEqual(["https://faq.example.jp", "http://127.0.0.1:3197"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("https://bad.example/path");
  });
  it("is empty without the variable", () => {
    expect(readFramingConfig({})).toEqual({ config: { embedAllowedOrigins: [] }, warnings: [] });
    expect(readFramingConfig({ EMBED_ALLOWED_ORIGINS: " , " })).toEqual({ config: { embedAllowedOrigins: [] }, warnings: [] });
  });
});

describe("frameAncestors and frameOptions", () => {
  const config = { embedAllowedOrigins: ["https://faq.example.jp", "http://127.0.0.1:3197"] };
  it("lets the app and the listed origins frame the embed, with no X-Frame-Options", () => {
    expect(frameAncestors("/embed", config)).toBe("frame-ancestors 'self' https://faq.example.jp http://127.0.0.1:3197");
    expect(frameOptions("/embed")).toBeNull();
  });
  it("lets only the app frame the embed when no origin is configured", () => {
    expect(frameAncestors("/embed", { embedAllowedOrigins: [] })).toBe("frame-ancestors 'self'");
  });
  it("refuses framing everywhere else, consistently in both headers", () => {
    for (const path of ["/", "/en", "/r/abc", "/en/r/abc", "/embedded", "/embed.js", "/en/embed"]) {
      expect(frameAncestors(path, config), path).toBe("frame-ancestors 'none'");
      expect(frameOptions(path), path).toBe("DENY");
    }
  });
});
