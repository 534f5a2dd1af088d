import type { BounceAnalysis } from "@/lib/bounce";
import { guessServerHost, type DkimSelectorInput } from "@/lib/checks";
import { isSubdomain } from "@/lib/dns/names";
import type { DnsClient } from "@/lib/dns/types";
import type { HostingProfile } from "@/lib/fix/hosting-profile-schema";
import { isServerHost } from "@/lib/fix/profile-terms";
import type { DiagnoseInput } from "@/lib/schemas/diagnose-input";
import type { ResolvedValue } from "@/lib/wizard/types";

export interface ResolvedInputs {
  /** The domain whose DNS is checked and fixed. */
  domain: string;
  serverHost: ResolvedValue;
  ip: ResolvedValue;
  dkimSelectors: DkimSelectorInput[];
  /** The forward path's original sender domain (typed, or the domain Gmail named in the bounce). */
  originalDomain: string | null;
}

const given = (value: string | null | undefined, source: ResolvedValue["source"]): ResolvedValue =>
  value ? { value, source } : { value: null, source: null };

function sameOrSub(name: string, domain: string): boolean {
  return name === domain || isSubdomain(name, domain);
}

/**
 * Fills what the customer did not type from what we can know: the IP Gmail saw (bounce), the
 * server's host name (the bounce's reporting server, or the IP's forward-confirmed PTR when it is
 * one of the host's servers), the IP from the host name, and DKIM selectors from the signature in
 * the returned headers. Typed answers always win.
 */
export async function resolveInputs(
  input: DiagnoseInput,
  bounce: BounceAnalysis | null,
  dns: DnsClient,
  profile: HostingProfile,
  signal?: AbortSignal,
): Promise<ResolvedInputs> {
  const domain = input.scenario === "list" ? (input.listDomain ?? input.domain) : input.domain;

  let ip = given(input.ip, "input");
  if (!ip.value && bounce?.ip) ip = given(bounce.ip, "bounce");

  let serverHost = given(input.serverHost, "input");
  if (!serverHost.value && bounce?.reportingMta && isServerHost(profile, bounce.reportingMta)) {
    serverHost = given(bounce.reportingMta.toLowerCase(), "bounce");
  }
  if (!serverHost.value && ip.value) {
    const name = await guessServerHost(ip.value, dns, { signal });
    if (name && isServerHost(profile, name)) serverHost = given(name, "ptr");
  }
  if (!ip.value && serverHost.value) {
    const [v4, v6] = await Promise.all([dns.query(serverHost.value, "A", { signal }), dns.query(serverHost.value, "AAAA", { signal })]);
    const address = v4.records[0]?.data ?? v6.records[0]?.data;
    if (address) ip = given(address, "server_host");
  }

  const dkimSelectors: DkimSelectorInput[] = [];
  if (input.dkimSelector) dkimSelectors.push({ selector: input.dkimSelector, source: "input" });
  if (bounce?.dkim && sameOrSub(bounce.dkim.domain.toLowerCase(), domain)) {
    dkimSelectors.push({ selector: bounce.dkim.selector, source: "signature" });
  }

  // On the forward path Gmail names the original sender's domain in its reply.
  const bounceDomain = bounce?.domain?.toLowerCase() ?? bounce?.sender?.split("@")[1]?.toLowerCase() ?? null;
  const originalDomain = input.originalDomain ?? (input.scenario === "forward" && bounceDomain && bounceDomain !== domain ? bounceDomain : null);

  return { domain, serverHost, ip, dkimSelectors, originalDomain };
}
