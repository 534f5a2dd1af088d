import { bypassCache } from "@/lib/dns/bypass-cache";
import { withDeadline } from "@/lib/dns/deadline";
import { getDnsClient, getDnsConfig } from "@/lib/dns/default-client";
import { getHostingProfile } from "@/lib/fix/hosting-profile";
import type { DiagnoseDeps } from "@/lib/wizard/diagnose";

/**
 * What a diagnosis needs in this process: the shared DNS client bounded by the analysis
 * deadline (skipping cached answers when `fresh`), the hosting profile, and the authoritative
 * queries' port, timeout and retries (the same DNS settings as every other query).
 */
export function serverDiagnoseDeps(options: { fresh?: boolean } = {}): DiagnoseDeps {
  const config = getDnsConfig();
  const shared = getDnsClient();
  const dns = withDeadline(options.fresh ? bypassCache(shared) : shared, config.analysisDeadlineMs);
  return {
    dns,
    signal: dns.signal,
    profile: getHostingProfile(),
    authPort: config.authPort,
    authTimeoutMs: config.timeoutMs,
    authRetries: config.retries,
  };
}
