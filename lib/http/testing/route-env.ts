import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resetDnsClient } from "@/lib/dns/default-client";
import type { FixtureZones } from "@/lib/dns/fixture-server/entries";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { resetApiGuard } from "@/lib/http/api-guard";
import { closeStore } from "@/lib/store";

export interface RouteEnv {
  dns: FixtureDnsServer;
  /** A temporary folder, removed by `stop()`; the store's SQLite file is in it. */
  dir: string;
  /** Puts the environment back and closes the DNS server, the store and the folder. */
  stop(): Promise<void>;
}

/**
 * For tests that call the API route handlers: the routes read their settings from the environment
 * into process-wide singletons (DNS client, store, API guard), so this points the environment at a
 * fixture DNS server on loopback and a SQLite file in a temporary folder (never a DATABASE_URL),
 * and makes the singletons read it afresh. `env` adds or overrides settings.
 */
export async function startRouteEnv(zones: FixtureZones, env: Record<string, string> = {}): Promise<RouteEnv> {
  const saved = { ...process.env };
  const dns = await startFixtureDnsServer({ zones });
  const dir = mkdtempSync(join(tmpdir(), "todoku-route-"));
  delete process.env.DATABASE_URL;
  Object.assign(process.env, {
    DNS_SERVERS: `127.0.0.1:${dns.port}`,
    DNS_AUTH_PORT: String(dns.port),
    DNS_TIMEOUT_MS: "400",
    DNS_RETRIES: "0",
    DATABASE_PATH: join(dir, "store.sqlite"),
    ...env,
  });
  const reset = async () => {
    resetDnsClient();
    resetApiGuard();
    await closeStore();
  };
  await reset();
  return {
    dns,
    dir,
    async stop() {
      await closeStore();
      process.env = saved;
      await reset();
      await dns.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
