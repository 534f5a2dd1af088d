import { z } from "zod";
import { readNumberSettings } from "@/lib/config/number-settings";
import { DNS_PORT, parseDnsServers, systemDnsServers, type DnsServer } from "@/lib/dns/servers";

export interface DnsConfig {
  servers: DnsServer[];
  /** Where `servers` came from: `DNS_SERVERS`, or the system's resolvers. */
  serversSource: "env" | "system";
  timeoutMs: number;
  retries: number;
  maxConcurrent: number;
  cacheSize: number;
  authPort: number;
  /** Overall bound on one analysis's DNS work (every query of it ends by then). */
  analysisDeadlineMs: number;
}

export const DNS_DEFAULTS = {
  timeoutMs: 2000,
  retries: 1,
  maxConcurrent: 64,
  cacheSize: 5000,
  authPort: DNS_PORT,
  analysisDeadlineMs: 8000,
} as const;

/** Each numeric setting, its environment variable and the values it accepts. */
const NUMERIC_SETTINGS = {
  timeoutMs: { variable: "DNS_TIMEOUT_MS", schema: z.coerce.number().int().min(1).max(60_000) },
  retries: { variable: "DNS_RETRIES", schema: z.coerce.number().int().min(0).max(10) },
  maxConcurrent: { variable: "DNS_MAX_CONCURRENT", schema: z.coerce.number().int().min(1).max(10_000) },
  cacheSize: { variable: "DNS_CACHE_SIZE", schema: z.coerce.number().int().min(0).max(1_000_000) },
  authPort: { variable: "DNS_AUTH_PORT", schema: z.coerce.number().int().min(1).max(65_535) },
  analysisDeadlineMs: { variable: "ANALYSIS_DEADLINE_MS", schema: z.coerce.number().int().min(100).max(120_000) },
} as const;

export type DnsEnv = Record<string, string | undefined>;

/**
 * Reads the DNS settings from the environment. A bad value never stops the app: the setting
 * falls back to its default and `warnings` says which variable was wrong and why.
 */
export function readDnsConfig(env: DnsEnv = process.env): { config: DnsConfig; warnings: string[] } {
  const warnings: string[] = [];
  const numbers = readNumberSettings(env, NUMERIC_SETTINGS, DNS_DEFAULTS, warnings);

  let servers: DnsServer[] | null = null;
  const listed = env.DNS_SERVERS?.trim();
  if (listed) {
    try {
      servers = parseDnsServers(listed);
    } catch (error) {
      warnings.push(`DNS_SERVERS ignored (${(error as Error).message}); using the system's resolvers`);
    }
  }
  const config: DnsConfig = {
    servers: servers ?? systemDnsServers(),
    serversSource: servers ? "env" : "system",
    timeoutMs: numbers.timeoutMs,
    retries: numbers.retries,
    maxConcurrent: numbers.maxConcurrent,
    cacheSize: numbers.cacheSize,
    authPort: numbers.authPort,
    analysisDeadlineMs: numbers.analysisDeadlineMs,
  };
  return { config, warnings };
}
