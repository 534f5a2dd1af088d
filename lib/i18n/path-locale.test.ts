import { describe, expect, it } from "vitest";
import { localeFromPath, pathForLocale } from "./path-locale";

describe("path locale", () => {
  it("reads the language from the path, and ?lang= for the embed only", () => {
    expect(localeFromPath("/")).toBe("ja");
    expect(localeFromPath("/en")).toBe("en");
    expect(localeFromPath("/en/r/abc")).toBe("en");
    expect(localeFromPath("/english")).toBe("ja");
    expect(localeFromPath("/embed", new URLSearchParams("lang=en"))).toBe("en");
    expect(localeFromPath("/", new URLSearchParams("lang=en"))).toBe("ja");
  });
  it("maps a page to the other language", () => {
    expect(pathForLocale("/", "en")).toBe("/en");
    expect(pathForLocale("/en", "ja")).toBe("/");
    expect(pathForLocale("/r/abc", "en")).toBe("/en/r/abc");
    expect(pathForLocale("/en/r/abc", "ja")).toBe("/r/abc");
    expect(pathForLocale("/en/r/abc", "en")).toBe("/en/r/abc");
  });
});
