import { describe, expect, it } from "vitest";
import { localize } from "./localize";

describe("localize", () => {
  it("replaces every ja/en pair, however deep, and keeps everything else", () => {
    const value = {
      title: { ja: "題", en: "Title" },
      steps: [{ ja: "一", en: "one" }],
      panel: { ja: [{ label: "エントリ名" }], en: [{ label: "Entry" }] },
      name: { ja: "x", en: "y", extra: 1 },
      count: 3,
      none: null,
    };
    expect(localize(value, "en")).toEqual({
      title: "Title",
      steps: ["one"],
      panel: [{ label: "Entry" }],
      name: { ja: "x", en: "y", extra: 1 },
      count: 3,
      none: null,
    });
    expect(localize(value, "ja").panel).toEqual([{ label: "エントリ名" }]);
  });
});
