import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readNumberSettings } from "@/lib/config/number-settings";

const SETTINGS = {
  timeoutMs: { variable: "X_TIMEOUT_MS", schema: z.coerce.number().int().min(1).max(60_000) },
  retries: { variable: "X_RETRIES", schema: z.coerce.number().int().min(0).max(10) },
};
const DEFAULTS = { timeoutMs: 1500, retries: 2 };

describe("readNumberSettings", () => {
  it("takes valid values, keeps defaults for unset or blank ones", () => {
    const warnings: string[] = [];
    expect(readNumberSettings({ X_TIMEOUT_MS: " 900 ", X_RETRIES: "" }, SETTINGS, DEFAULTS, warnings)).toEqual({ timeoutMs: 900, retries: 2 });
    expect(warnings).toEqual([]);
  });

  it("falls back on a bad value and says which variable, why, and what is used", () => {
    const warnings: string[] = [];
    expect(readNumberSettings({ X_TIMEOUT_MS: "0", X_RETRIES: "many" }, SETTINGS, DEFAULTS, warnings)).toEqual(DEFAULTS);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^X_TIMEOUT_MS="0" ignored \(.+\); using 1500$/);
    expect(warnings[1]).toMatch(/^X_RETRIES="many" ignored \(.+\); using 2$/);
  });
});
