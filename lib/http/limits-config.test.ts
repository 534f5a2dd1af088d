import { describe, expect, it } from "vitest";
import { API_LIMIT_DEFAULTS, readApiLimitsConfig } from "@/lib/http/limits-config";

describe("readApiLimitsConfig", () => {
  it("has the documented defaults and counts in memory without DATABASE_URL", () => {
    expect(readApiLimitsConfig({})).toEqual({
      config: { rateLimitPerMinute: 60, trustedProxyHops: 0, maxConcurrentAnalyses: 32, analysisQueueMs: 10_000, sharedRateLimits: false },
      warnings: [],
    });
  });

  it("reads every variable, 0 turning the rate limit off, and shares limits through DATABASE_URL", () => {
    const { config } = readApiLimitsConfig({
      RATE_LIMIT_PER_MINUTE: "0",
      TRUSTED_PROXY_HOPS: "2",
      MAX_CONCURRENT_ANALYSES: "4",
      ANALYSIS_QUEUE_MS: "0",
      DATABASE_URL: "postgres://todoku@db/todoku",
    });
    expect(config).toEqual({ rateLimitPerMinute: 0, trustedProxyHops: 2, maxConcurrentAnalyses: 4, analysisQueueMs: 0, sharedRateLimits: true });
  });

  it("falls back to the default with a warning for a bad value", () => {
    const { config, warnings } = readApiLimitsConfig({ RATE_LIMIT_PER_MINUTE: "-5", MAX_CONCURRENT_ANALYSES: "lots", TRUSTED_PROXY_HOPS: "1.5" });
    expect(config.rateLimitPerMinute).toBe(API_LIMIT_DEFAULTS.rateLimitPerMinute);
    expect(config.maxConcurrentAnalyses).toBe(API_LIMIT_DEFAULTS.maxConcurrentAnalyses);
    expect(config.trustedProxyHops).toBe(0);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^RATE_LIMIT_PER_MINUTE="-5" ignored \(.+\); using 60$/);
  });
});
