import type { LocalizedText } from "@/lib/findings/types";
import type { PanelField, PanelFieldKey, TtlRules } from "@/lib/fix/dns-provider-types";

/** A panel field from its key and its two labels (Japanese as the panel shows it first). */
export function field(key: PanelFieldKey, ja: string, en: string, fixedValue?: LocalizedText): PanelField {
  return fixedValue ? { key, label: { ja, en }, fixedValue } : { key, label: { ja, en } };
}

/** The TTL rule when we do not know the panel's default: leave whatever it proposes. */
export const LEAVE_TTL: TtlRules = {
  defaultLabel: { ja: "初期値のまま", en: "leave the default" },
  defaultSeconds: null,
  options: [],
};

export function ttlSeconds(seconds: number, options: number[] = []): TtlRules {
  return { defaultLabel: { ja: String(seconds), en: String(seconds) }, defaultSeconds: seconds, options };
}
