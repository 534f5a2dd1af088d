import type { DnsClient } from "@/lib/dns/types";

/**
 * A view of a caching client whose queries skip the cached answers (the fresh answers are still
 * stored). For "check the current state" on a shared result: support staff want the zone as it is
 * now, not as this process last saw it.
 */
export function bypassCache(client: DnsClient): DnsClient {
  return { query: (name, type, options = {}) => client.query(name, type, { ...options, noCache: true }) };
}
