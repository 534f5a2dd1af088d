import { getServers } from "node:dns";
import { isIP, isIPv4, isIPv6 } from "node:net";

export interface DnsServer {
  /** An IPv4 or IPv6 address (without brackets). */
  host: string;
  port: number;
}

export const DNS_PORT = 53;

export class DnsServersError extends Error {
  constructor(
    message: string,
    /** The entries that could not be read, as written. */
    readonly entries: string[],
  ) {
    super(message);
    this.name = "DnsServersError";
  }
}

function parsePort(text: string, entry: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 1 && port <= 65535)) throw new DnsServersError(`"${entry}": port must be 1-65535`, [entry]);
  return port;
}

/**
 * Reads one `host[:port]`: `192.0.2.1`, `192.0.2.1:5300`, `2001:db8::1`, `[2001:db8::1]:5300`.
 * Only addresses are accepted: a resolver named by host name would need DNS to be found.
 */
export function parseDnsServer(entry: string, defaultPort = DNS_PORT): DnsServer {
  const text = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    const host = bracketed[1] ?? "";
    if (!isIPv6(host)) throw new DnsServersError(`"${entry}": ${host} is not an IPv6 address`, [entry]);
    return { host, port: bracketed[2] === undefined ? defaultPort : parsePort(bracketed[2], entry) };
  }
  if (isIPv6(text)) return { host: text, port: defaultPort };
  const [host = "", port, ...rest] = text.split(":");
  if (rest.length > 0) throw new DnsServersError(`"${entry}": write IPv6 addresses with a port as [address]:port`, [entry]);
  if (!isIPv4(host)) {
    throw new DnsServersError(`"${entry}": ${host || "(empty)"} is not an IP address (name servers must be given by address)`, [entry]);
  }
  return { host, port: port === undefined ? defaultPort : parsePort(port, entry) };
}

/**
 * Reads `DNS_SERVERS`: comma-separated `host[:port]` entries (blank entries are skipped).
 * Every bad entry is reported at once, so one fix makes the setting right.
 */
export function parseDnsServers(value: string, defaultPort = DNS_PORT): DnsServer[] {
  const servers: DnsServer[] = [];
  const problems: string[] = [];
  const bad: string[] = [];
  for (const entry of value.split(",")) {
    if (entry.trim() === "") continue;
    try {
      servers.push(parseDnsServer(entry, defaultPort));
    } catch (error) {
      if (!(error instanceof DnsServersError)) throw error;
      problems.push(error.message);
      bad.push(entry);
    }
  }
  if (problems.length > 0) throw new DnsServersError(`invalid DNS server ${problems.join("; ")}`, bad);
  if (servers.length === 0) throw new DnsServersError("no DNS server given", []);
  return servers;
}

/** The resolvers this process would use by default (`/etc/resolv.conf` through `node:dns`). */
export function systemDnsServers(): DnsServer[] {
  const servers: DnsServer[] = [];
  for (const entry of getServers()) {
    try {
      servers.push(parseDnsServer(entry));
    } catch {
      // getServers() only yields addresses; an entry it cannot give us is simply unusable.
    }
  }
  return servers.length > 0 ? servers : [{ host: "127.0.0.1", port: DNS_PORT }];
}

/** "192.0.2.1:53" or "[2001:db8::1]:53". */
export function formatServer(server: DnsServer): string {
  return isIP(server.host) === 6 ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`;
}
