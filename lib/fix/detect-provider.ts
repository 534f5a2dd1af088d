import type { LocalizedText } from "@/lib/findings/types";
import type { DnsProvider, DnsProviderId } from "@/lib/fix/dns-provider-types";
import { DNS_PROVIDERS } from "@/lib/fix/dns-providers";

export interface ProviderDetection {
  /** The provider whose panel the instructions are written for: `generic` unless detected. */
  provider: DnsProvider;
  /**
   * `detected`: every nameserver belongs to one provider; `mixed`: nameservers of several
   * providers, or known and unknown together; `unknown`: none is known; `none`: no NS given.
   */
  status: "detected" | "mixed" | "unknown" | "none";
  /** The nameservers (normalised) that matched `provider`, or every one when not detected. */
  matched: string[];
  /** Nameservers matching no known provider. */
  unmatched: string[];
  /** Each known provider seen, with its nameservers, for a "which one do you use?" question. */
  candidates: { id: DnsProviderId; nameservers: string[] }[];
  note?: LocalizedText;
}

const COMPILED = Object.values(DNS_PROVIDERS)
  .filter((p) => p.id !== "generic")
  .map((p) => ({ provider: p, pattern: new RegExp(p.nameservers.pattern) }));

function normalize(ns: string): string {
  return ns.trim().toLowerCase().replace(/\.$/, "");
}

/** The provider a single nameserver name belongs to, or null. */
export function providerOfNameserver(ns: string): DnsProvider | null {
  const name = normalize(ns);
  return COMPILED.find((c) => c.pattern.test(name))?.provider ?? null;
}

/**
 * The DNS provider serving a domain, from its NS records. A domain whose nameservers belong to
 * two companies (during a move, or with a secondary DNS) gets generic instructions and a note:
 * the customer must edit at whichever company is really in charge, often both.
 */
export function detectProvider(nameservers: readonly string[]): ProviderDetection {
  const names = [...new Set(nameservers.map(normalize).filter((n) => n !== ""))];
  const generic = DNS_PROVIDERS.generic;
  if (names.length === 0) {
    return {
      provider: generic,
      status: "none",
      matched: [],
      unmatched: [],
      candidates: [],
      note: {
        ja: "ネームサーバーが見つからなかったため、一般的な手順でご案内します。",
        en: "No nameservers were found, so the instructions are generic.",
      },
    };
  }
  const byProvider = new Map<DnsProviderId, string[]>();
  const unmatched: string[] = [];
  for (const name of names) {
    const provider = providerOfNameserver(name);
    if (!provider) unmatched.push(name);
    else byProvider.set(provider.id, [...(byProvider.get(provider.id) ?? []), name]);
  }
  const candidates = [...byProvider].map(([id, list]) => ({ id, nameservers: list }));
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only && unmatched.length === 0) {
    return { provider: DNS_PROVIDERS[only.id], status: "detected", matched: only.nameservers, unmatched, candidates };
  }
  if (candidates.length === 0) {
    return {
      provider: generic,
      status: "unknown",
      matched: [],
      unmatched,
      candidates,
      note: {
        ja: `ネームサーバー（${names.join("、")}）の運営会社を特定できなかったため、一般的な手順でご案内します。画面の項目名はご利用の管理画面に合わせて読み替えてください。`,
        en: `We could not tell which company runs the nameservers (${names.join(", ")}), so the instructions are generic; match the field names to your panel.`,
      },
    };
  }
  const known = candidates.map((c) => DNS_PROVIDERS[c.id].name);
  return {
    provider: generic,
    status: "mixed",
    matched: [],
    unmatched,
    candidates,
    note: {
      ja: `ネームサーバーが複数の会社にまたがっています（${[...known.map((n) => n.ja), ...unmatched].join("、")}）。ネームサーバーの移行中か、副 DNS を使っている可能性があります。実際にレコードを管理している側で設定してください（両方で同じ設定が必要な場合もあります）。`,
      en: `The nameservers belong to more than one company (${[...known.map((n) => n.en), ...unmatched].join(", ")}). The domain may be moving, or use a secondary DNS. Make the change where the records are really managed (sometimes at both).`,
    },
  };
}
