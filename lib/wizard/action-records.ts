import type { LocalizedText } from "@/lib/findings/types";
import type { DnsProvider } from "@/lib/fix/dns-provider-types";
import { formatForPanel, makeRecord } from "@/lib/fix/record-format";
import type { FixRecord } from "@/lib/fix/types";
import type { ActionRecord } from "@/lib/wizard/types";

/** A fix record with its panel rows written out in both languages (what the UI and snapshots show). */
export function toActionRecord(record: FixRecord, provider: DnsProvider, role: ActionRecord["role"]): ActionRecord {
  return { ...record, role, panel: { ja: formatForPanel(record, provider, "ja"), en: formatForPanel(record, provider, "en") } };
}

/** An existing TXT record the customer must delete, shaped like the others so they can find it. */
export function deletionRecord(name: string, rawValue: string, provider: DnsProvider, zone?: string): ActionRecord {
  return toActionRecord(makeRecord({ name, type: "TXT", rawValue, zone }, provider), provider, "delete");
}

/** "Open <panel> (<path>)." — the first step of every record change. */
export function openPanelStep(provider: DnsProvider): LocalizedText {
  return {
    ja: `${provider.panel.name.ja}を開きます（${provider.panel.path.ja}）。`,
    en: `Open ${provider.panel.name.en} (${provider.panel.path.en}).`,
  };
}

export const SAVE_AND_RECHECK: LocalizedText = {
  ja: "保存したら、このページの「もう一度確認する」を押してください。設定が DNS に保存されたかどうかをお知らせします。",
  en: "Save, then press “Check again” on this page: it tells you whether the change is saved at your DNS.",
};
