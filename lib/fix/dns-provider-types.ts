import type { LocalizedText } from "@/lib/findings/types";
import type { Confidence, HelpLink } from "@/lib/fix/types";

export const DNS_PROVIDER_IDS = [
  "sakura",
  "xserver",
  "lolipop",
  "muumuu",
  "conoha",
  "onamae",
  "cloudflare",
  "route53",
  "google-cloud-dns",
  "godaddy",
  "generic",
] as const;
export type DnsProviderId = (typeof DNS_PROVIDER_IDS)[number];

export function isDnsProviderId(value: unknown): value is DnsProviderId {
  return typeof value === "string" && (DNS_PROVIDER_IDS as readonly string[]).includes(value);
}

/** The kind of input a panel field takes; `status` is a switch such as お名前.com's 状態. */
export type PanelFieldKey = "host" | "type" | "value" | "ttl" | "priority" | "status";

export interface PanelField {
  key: PanelFieldKey;
  label: LocalizedText;
  /** A value the customer always leaves as it is (e.g. 状態 = 有効). */
  fixedValue?: LocalizedText;
}

/**
 * How the panel wants the owner name:
 * - `relative`: the part below the zone ("_dmarc", "mail"); the apex is `apex` ("@" or blank).
 * - `fqdn`: the full name, with or without the trailing dot.
 */
export type HostStyle = { style: "relative"; apex: "@" | "" } | { style: "fqdn"; trailingDot: boolean };

export interface HostField {
  form: HostStyle;
  /**
   * The panel appends the zone itself (the field sits before ".example.jp"), so typing the full
   * name creates "mail.example.jp.example.jp" — the Xserver "host doubling" trap.
   */
  appendsDomain: boolean;
}

export interface TxtRules {
  /**
   * `customer`: the customer types the double quotes (Sakura's データ column shows
   * `"v=spf1 …"`, Route 53 wants each string quoted); `panel`: typed without quotes, the panel
   * adds them; `unknown`: we do not know — the value is given without quotes with a hint.
   */
  quoting: "customer" | "panel" | "unknown";
  /**
   * Values over 255 bytes (RFC 1035 §3.3.14): `customer` = type several quoted strings on one
   * line; `panel` = paste the whole value, the panel splits it; `unknown` = not known.
   */
  longValues: "customer" | "panel" | "unknown";
  /**
   * One record set per name and type (Route 53, Cloud DNS): every TXT value of the name goes in
   * the same set, one per line, instead of separate records.
   */
  oneRecordSetPerName: boolean;
}

export interface TtlRules {
  /** What to leave in the TTL field when we do not ask for a value. */
  defaultLabel: LocalizedText;
  /** Seconds of that default, when known. */
  defaultSeconds: number | null;
  /** Choices the panel offers (seconds), or empty when it is free input or unknown. */
  options: number[];
}

export interface NameserverRule {
  /** Regular expression over the lower-case NS name without trailing dot. */
  pattern: string;
  /** Examples, for documentation and tests. */
  examples: string[];
}

export interface DnsProvider {
  id: DnsProviderId;
  name: LocalizedText;
  nameservers: NameserverRule;
  panel: {
    /** The panel exists only in Japanese: English instructions name its fields in both languages. */
    japaneseOnly?: boolean;
    name: LocalizedText;
    /** Where the record list is, step by step ("A → B → C"). */
    path: LocalizedText;
  };
  /** The panel's fields in the order it shows them. */
  fields: PanelField[];
  host: HostField;
  txt: TxtRules;
  ttl: TtlRules;
  /**
   * `yes`: the customer can add any TXT/CNAME record; `limited`: the provider's default DNS may
   * not let them (Lolipop's uns01/uns02) — move DNS first.
   */
  editable: "yes" | "limited";
  /** Always shown with instructions for this provider. */
  warnings: { id: string; message: LocalizedText }[];
  help?: HelpLink;
  /** Per fact, how sure we are (see `Confidence`); `note` says what is unconfirmed. */
  confidence: {
    nameservers: Confidence;
    fields: Confidence;
    hostForm: Confidence;
    quoting: Confidence;
    note?: LocalizedText;
  };
}
