import type { HostingProfile, HostingProfileWarning } from "@/lib/fix/hosting-profile-schema";
import type { FixWarning } from "@/lib/fix/types";

/** Compiled patterns per profile object (profiles are immutable once loaded). */
const compiled = new WeakMap<HostingProfile, { host: RegExp; initial: RegExp | null }>();

function patterns(profile: HostingProfile) {
  let entry = compiled.get(profile);
  if (!entry) {
    entry = {
      host: new RegExp(profile.serverHost.pattern, "i"),
      initial: profile.initialDomain ? new RegExp(profile.initialDomain.pattern, "i") : null,
    };
    compiled.set(profile, entry);
  }
  return entry;
}

function normalize(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}

/** True when `name` is one of the host's sending servers (e.g. www1234.sakura.ne.jp). */
export function isServerHost(profile: HostingProfile, name: string): boolean {
  return patterns(profile).host.test(normalize(name));
}

/**
 * True when `name` is an account's "initial domain" (e.g. example.sakura.ne.jp), the name
 * customers wrongly authorize instead of the server host. A server host is never one.
 */
export function isInitialDomain(profile: HostingProfile, name: string): boolean {
  const n = normalize(name);
  const initial = patterns(profile).initial;
  return initial !== null && initial.test(n) && !isServerHost(profile, n);
}

/**
 * The SPF term that authorizes a server host, e.g. `a:www1234.sakura.ne.jp`. Always the host's
 * name, never its address: the host's IP can change, and an `a:` follows it (RFC 7208 §5.3).
 */
export function spfTermForHost(profile: HostingProfile, host: string): string {
  return profile.spf.hostTerm.replaceAll("{host}", normalize(host));
}

/** The host's recommended full record for a domain sending through `host`. */
export function recommendedSpfRecord(profile: HostingProfile, host: string, domain: string): string {
  return profile.spf.recommendedRecord.replaceAll("{host}", normalize(host)).replaceAll("{domain}", normalize(domain));
}

/** Whether the domain's DNS is the host's own (its provider id matches the profile's). */
export function usesHostDns(profile: HostingProfile, providerId: string): boolean {
  return providerId === profile.dnsProviderId;
}

/** The profile's warnings about one topic that apply with this DNS provider, as fix warnings. */
export function profileWarnings(profile: HostingProfile, topic: HostingProfileWarning["topic"], providerId: string): FixWarning[] {
  const own = usesHostDns(profile, providerId);
  return profile.warnings
    .filter((w) => w.topic === topic && (w.appliesWhen === "always" || (w.appliesWhen === "own-dns") === own))
    .map((w) => ({ id: w.id, severity: w.severity, message: w.message }));
}
