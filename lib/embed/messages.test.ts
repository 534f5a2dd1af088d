import { describe, expect, it } from "vitest";
import { embedHeight, isResizeMessage, MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT, resizeMessage } from "@/lib/embed/messages";

describe("resizeMessage", () => {
  it("is namespaced and versioned, with the height rounded up", () => {
    expect(resizeMessage(812.2)).toEqual({ source: "todoku", type: "resize", version: 1, height: 813 });
  });
  it("clamps the height to what the loader accepts", () => {
    expect(embedHeight(0)).toBe(MIN_EMBED_HEIGHT);
    expect(embedHeight(1e9)).toBe(MAX_EMBED_HEIGHT);
    expect(embedHeight(Number.NaN)).toBe(MIN_EMBED_HEIGHT);
    expect(embedHeight(Number.POSITIVE_INFINITY)).toBe(MIN_EMBED_HEIGHT);
  });
  it("always passes its own validator", () => {
    for (const h of [-5, 0, 99.5, 100, 640.01, 19_999.2, 20_000, 50_000]) expect(isResizeMessage(resizeMessage(h)), String(h)).toBe(true);
  });
});

describe("isResizeMessage", () => {
  const good = { source: "todoku", type: "resize", version: 1, height: 640 };
  it("accepts exactly the version-1 shape", () => {
    expect(isResizeMessage(good)).toBe(true);
    expect(isResizeMessage({ height: 640, version: 1, type: "resize", source: "todoku" })).toBe(true);
  });
  it("refuses other namespaces, types, versions and extra or missing keys", () => {
    for (const data of [
      { ...good, source: "other" },
      { ...good, type: "navigate" },
      { ...good, version: 2 },
      { ...good, version: "1" },
      { ...good, extra: true },
      { source: "todoku", type: "resize", version: 1 },
      [good],
      JSON.stringify(good),
      null,
      undefined,
      640,
    ]) {
      expect(isResizeMessage(data), JSON.stringify(data)).toBe(false);
    }
  });
  it("refuses heights that are not sane integers", () => {
    for (const height of [99, 20_001, 640.5, -1, Number.NaN, Number.POSITIVE_INFINITY, "640", null]) {
      expect(isResizeMessage({ ...good, height }), String(height)).toBe(false);
    }
  });
});
