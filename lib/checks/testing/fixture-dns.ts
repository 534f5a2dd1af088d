import { afterAll, beforeAll } from "vitest";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import type { FixtureZones } from "@/lib/dns/fixture-server/entries";
import type { DnsClient } from "@/lib/dns/types";
import { createWireClient } from "@/lib/dns/wire-client";

/** Per attempt; TIMEOUT fixtures cost this much. */
export const TEST_TIMEOUT_MS = 300;

/**
 * Starts a fixture DNS server on loopback for the file's tests and returns a getter for a
 * wire client pointed at it (short timeout, no retry), the way the app's resolver client works.
 */
export function fixtureDnsForFile(zones: () => FixtureZones): { client: () => DnsClient; server: () => FixtureDnsServer } {
  let server: FixtureDnsServer | null = null;
  beforeAll(async () => {
    server = await startFixtureDnsServer({ zones: zones() });
  });
  afterAll(async () => {
    await server?.close();
  });
  const running = () => {
    if (!server) throw new Error("fixture DNS server not started");
    return server;
  };
  return {
    server: running,
    client: () => createWireClient({ servers: [{ host: running().host, port: running().port }], timeoutMs: TEST_TIMEOUT_MS, retries: 0 }),
  };
}
