import { z } from "zod";
import { readNumberSettings } from "@/lib/config/number-settings";

export interface ApiLimitsConfig {
  /** Requests per client per minute across the whole API; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Reverse proxies in front of the app that append to X-Forwarded-For (see `clientAddress`). */
  trustedProxyHops: number;
  /** Analyses (diagnose, reports, spf) running at once in this process. */
  maxConcurrentAnalyses: number;
  /** How long an analysis may wait for a free slot before the answer is 503 `busy`. */
  analysisQueueMs: number;
  /** Whether rate limits are counted in the shared database (`DATABASE_URL` is set). */
  sharedRateLimits: boolean;
}

export const API_LIMIT_DEFAULTS = {
  rateLimitPerMinute: 60,
  trustedProxyHops: 0,
  maxConcurrentAnalyses: 32,
  analysisQueueMs: 10_000,
} as const;

/** Each numeric setting, its environment variable and the values it accepts. */
const NUMERIC_SETTINGS = {
  rateLimitPerMinute: { variable: "RATE_LIMIT_PER_MINUTE", schema: z.coerce.number().int().min(0).max(1_000_000) },
  trustedProxyHops: { variable: "TRUSTED_PROXY_HOPS", schema: z.coerce.number().int().min(0).max(10) },
  maxConcurrentAnalyses: { variable: "MAX_CONCURRENT_ANALYSES", schema: z.coerce.number().int().min(1).max(10_000) },
  analysisQueueMs: { variable: "ANALYSIS_QUEUE_MS", schema: z.coerce.number().int().min(0).max(120_000) },
} as const;

/**
 * Reads the API's limits from the environment. Like the DNS settings, a bad value never stops the
 * app: it falls back to its default and `warnings` names the variable and the rule.
 */
export function readApiLimitsConfig(env: Record<string, string | undefined> = process.env): { config: ApiLimitsConfig; warnings: string[] } {
  const warnings: string[] = [];
  const numbers = readNumberSettings(env, NUMERIC_SETTINGS, API_LIMIT_DEFAULTS, warnings);
  return { config: { ...numbers, sharedRateLimits: Boolean(env.DATABASE_URL?.trim()) }, warnings };
}
