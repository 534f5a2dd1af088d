import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/i18n/format-date";

describe("formatDateTime", () => {
  it("shows Japan time with its zone, in both languages", () => {
    expect(formatDateTime("2026-11-28T01:05:00Z", "ja")).toMatch(/2026.*11.*28.*10:05.*JST/);
    expect(formatDateTime("2026-11-28T01:05:00Z", "en")).toMatch(/28 Nov 2026.*10:05.*(JST|GMT\+9)/);
  });
});
