/**
 * lib/fix: what to change, in the customer's own DNS panel. Data (hosting profile, DNS
 * providers) and pure record generators; nothing here queries DNS. `hosting-profile.ts` reads
 * files and the environment (server only); everything else is pure.
 */
export {
  getHostingProfile,
  loadHostingProfile,
  readHostingProfile,
  resetHostingProfile,
  HostingProfileError,
  BUILT_IN_PROFILE_IDS,
  DEFAULT_PROFILE_ID,
} from "@/lib/fix/hosting-profile";
export { hostingProfileSchema, type HostingProfile } from "@/lib/fix/hosting-profile-schema";
export { isInitialDomain, isServerHost, profileWarnings, recommendedSpfRecord, spfTermForHost, usesHostDns } from "@/lib/fix/profile-terms";
export { DNS_PROVIDERS, getDnsProvider, resolveProvider } from "@/lib/fix/dns-providers";
export { DNS_PROVIDER_IDS, isDnsProviderId, type DnsProvider, type DnsProviderId, type PanelField, type PanelFieldKey } from "@/lib/fix/dns-provider-types";
export { detectProvider, providerOfNameserver, type ProviderDetection } from "@/lib/fix/detect-provider";
export {
  formatForPanel,
  guessZone,
  hostForPanel,
  makeRecord,
  quoteString,
  quotedStrings,
  splitCharacterStrings,
  valueForPanel,
  type PanelRow,
  type RecordInput,
} from "@/lib/fix/record-format";
export {
  planSpfFix,
  type AllChoice,
  type AllOption,
  type FixLookups,
  type PlanSpfFixInput,
  type RemovalReason,
  type RemovedTerm,
  type SpfFixPlan,
  type SpfFixSource,
  type TermLookups,
} from "@/lib/fix/spf-fix";
export { planDmarcRecord, type DmarcPlan, type PlanDmarcInput } from "@/lib/fix/dmarc-fix";
export { dkimPanelRows, planDkimSteps, type DkimPlan, type DkimRecordTemplate, type PlanDkimInput } from "@/lib/fix/dkim-fix";
export type { Confidence, FixRecord, FixRecordType, FixWarning, HelpLink } from "@/lib/fix/types";
