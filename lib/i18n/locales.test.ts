import { describe, expect, it } from "vitest";
import { pickLocale } from "./locales";

describe("pickLocale", () => {
  it("prefers an explicit supported choice", () => {
    expect(pickLocale("en", "ja")).toBe("en");
  });
  it("falls back to Accept-Language by quality", () => {
    expect(pickLocale(null, "fr;q=0.9, en-US;q=0.8, ja;q=0.1")).toBe("en");
    expect(pickLocale("de", "ja-JP,en;q=0.5")).toBe("ja");
  });
  it("defaults to Japanese", () => {
    expect(pickLocale(undefined, "fr, de")).toBe("ja");
    expect(pickLocale(undefined, undefined)).toBe("ja");
  });
});
