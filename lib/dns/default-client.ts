import { createCachingClient, type CachingDnsClient } from "@/lib/dns/cache";
import { readDnsConfig, type DnsConfig, type DnsEnv } from "@/lib/dns/config";
import { createWireClient } from "@/lib/dns/wire-client";
import { getLogger } from "@/lib/log/logger";

interface ProcessDns {
  config: DnsConfig;
  client: CachingDnsClient;
}

/**
 * Kept on globalThis so that Next.js dev reloads, which re-evaluate modules, reuse one cache
 * and one concurrency bound instead of piling up copies.
 */
const GLOBAL_KEY = Symbol.for("todoku.lib.dns.default-client");
type GlobalWithDns = typeof globalThis & { [GLOBAL_KEY]?: ProcessDns };

/** A caching wire client built from a configuration; tests build their own with this. */
export function createDnsClient(config: DnsConfig): CachingDnsClient {
  const wire = createWireClient({
    servers: config.servers,
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxConcurrent: config.maxConcurrent,
  });
  return createCachingClient(wire, { maxEntries: config.cacheSize });
}

/** Bad settings are read on the first request that needs DNS: they go to the structured log. */
const logWarning = (message: string) => getLogger().warn({ component: "dns" }, message);

/** Builds the client from environment variables, reporting bad values through `warn`. */
export function createDnsClientFromEnv(env: DnsEnv = process.env, warn: (message: string) => void = logWarning): ProcessDns {
  const { config, warnings } = readDnsConfig(env);
  for (const warning of warnings) warn(`[todoku dns] ${warning}`);
  return { config, client: createDnsClient(config) };
}

function processDns(): ProcessDns {
  const store = globalThis as GlobalWithDns;
  store[GLOBAL_KEY] ??= createDnsClientFromEnv();
  return store[GLOBAL_KEY];
}

/** The process-wide DNS client: caching, bounded, configured from `DNS_*` variables on first use. */
export function getDnsClient(): CachingDnsClient {
  return processDns().client;
}

/** The configuration `getDnsClient()` was built with (e.g. `authPort` for `queryAuthoritative`). */
export function getDnsConfig(): DnsConfig {
  return processDns().config;
}

/** Drops the process-wide client so the next `getDnsClient()` reads the environment again. */
export function resetDnsClient(): void {
  delete (globalThis as GlobalWithDns)[GLOBAL_KEY];
}
