import type { DnsProvider, DnsProviderId } from "@/lib/fix/dns-provider-types";
import { CLOUDFLARE, GENERIC, GODADDY, GOOGLE_CLOUD_DNS, ROUTE53 } from "@/lib/fix/providers/international";
import { CONOHA, LOLIPOP, MUUMUU, ONAMAE, SAKURA, XSERVER } from "@/lib/fix/providers/japanese";

export type { DnsProvider, DnsProviderId } from "@/lib/fix/dns-provider-types";

/**
 * Every DNS provider todoku writes panel-specific instructions for, keyed by id. The data lives
 * in `providers/*.ts`; detection walks this table in order (`generic` last, it matches nothing).
 */
export const DNS_PROVIDERS: Readonly<Record<DnsProviderId, DnsProvider>> = {
  sakura: SAKURA,
  xserver: XSERVER,
  lolipop: LOLIPOP,
  muumuu: MUUMUU,
  conoha: CONOHA,
  onamae: ONAMAE,
  cloudflare: CLOUDFLARE,
  route53: ROUTE53,
  "google-cloud-dns": GOOGLE_CLOUD_DNS,
  godaddy: GODADDY,
  generic: GENERIC,
};

export function getDnsProvider(id: DnsProviderId): DnsProvider {
  return DNS_PROVIDERS[id];
}

/** A provider object as given, or the one with that id; unknown ids give the generic provider. */
export function resolveProvider(provider: DnsProvider | string | undefined): DnsProvider {
  if (provider === undefined) return GENERIC;
  if (typeof provider !== "string") return provider;
  return Object.hasOwn(DNS_PROVIDERS, provider) ? DNS_PROVIDERS[provider as DnsProviderId] : GENERIC;
}
