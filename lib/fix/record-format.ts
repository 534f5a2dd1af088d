import { getDomain } from "tldts";
import type { Locale } from "@/lib/i18n/locales";
import type { DnsProvider, PanelFieldKey } from "@/lib/fix/dns-provider-types";
import { resolveProvider } from "@/lib/fix/dns-providers";
import { recordNotes } from "@/lib/fix/record-notes";
import type { FixRecord, FixRecordType } from "@/lib/fix/types";

/** RFC 1035 §3.3.14: a TXT record is one or more <character-string>s of at most 255 octets each. */
export const MAX_STRING_BYTES = 255;

const encoder = new TextEncoder();
const byteLength = (s: string) => encoder.encode(s).length;

/**
 * Cuts a TXT value into character-strings of at most 255 bytes (UTF-8), never inside a
 * character. Receivers join the strings without a separator (RFC 7208 §3.3, RFC 6376 §3.6.2.2),
 * so any cut is correct; we still cut after a space when the chunk has one, so a receiver that
 * wrongly joins with a space sees two spaces, which SPF allows (RFC 7208 §4.6.1, 1*SP).
 */
export function splitCharacterStrings(value: string): string[] {
  if (byteLength(value) <= MAX_STRING_BYTES) return [value];
  const out: string[] = [];
  let rest = value;
  while (byteLength(rest) > MAX_STRING_BYTES) {
    let bytes = 0;
    let end = 0;
    for (const ch of rest) {
      const size = byteLength(ch);
      if (bytes + size > MAX_STRING_BYTES) break;
      bytes += size;
      end += ch.length;
    }
    const space = rest.lastIndexOf(" ", end - 1);
    const cut = space > 0 ? space + 1 : end;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest !== "") out.push(rest);
  return out;
}

/** One character-string in zone-file presentation form: quoted, `"` and `\` escaped (RFC 1035 §5.1). */
export function quoteString(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A TXT value as quoted strings on one line: `"first 255 bytes" "rest"`. */
export function quotedStrings(value: string): string {
  return splitCharacterStrings(value).map(quoteString).join(" ");
}

function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, "");
}

/** The zone a name is most likely entered in: its registered domain (Public Suffix List), else the name. */
export function guessZone(name: string): string {
  const normalized = normalizeName(name);
  return getDomain(normalized) ?? normalized;
}

/** The owner name as the provider's host field wants it ("@", blank, "_dmarc", or the FQDN). */
export function hostForPanel(name: string, zone: string, provider: DnsProvider): string {
  const fqdn = normalizeName(name);
  const apex = normalizeName(zone);
  const form = provider.host.form;
  if (form.style === "fqdn") return form.trailingDot ? `${fqdn}.` : fqdn;
  if (fqdn === apex) return form.apex;
  if (fqdn.endsWith(`.${apex}`)) return fqdn.slice(0, -(apex.length + 1));
  // Outside the zone: only the full name can say it.
  return fqdn;
}

/** The text for the panel's value field, given how the panel treats quotes and long values. */
export function valueForPanel(type: FixRecordType, rawValue: string, provider: DnsProvider, otherValues: readonly string[] = []): string {
  if (type !== "TXT") return rawValue;
  const { quoting, longValues, oneRecordSetPerName } = provider.txt;
  const strings = splitCharacterStrings(rawValue);
  const quoted = quoting === "customer" || (strings.length > 1 && longValues === "customer");
  const own = quoted ? strings.map(quoteString).join(" ") : rawValue;
  // Record sets hold every TXT value of the name, one per line, each quoted.
  if (oneRecordSetPerName && otherValues.length > 0) return [...otherValues.map(quotedStrings), own].join("\n");
  return own;
}

export interface RecordInput {
  /** Owner name (FQDN; case and a trailing dot do not matter). */
  name: string;
  type: FixRecordType;
  /** The record's text, unquoted, strings joined. */
  rawValue: string;
  /** The zone it is entered in; default: the registered domain of `name`. */
  zone?: string;
  ttl?: number;
  /**
   * Other TXT values of the same name that stay: panels with one record set per name
   * (Route 53, Cloud DNS) need them in the same value field.
   */
  otherValues?: readonly string[];
}

/** A record in the shape every fix returns, written for one provider's panel. */
export function makeRecord(input: RecordInput, provider?: DnsProvider | string): FixRecord {
  const p = resolveProvider(provider);
  const name = normalizeName(input.name);
  const zone = input.zone ? normalizeName(input.zone) : guessZone(name);
  const otherValues = input.otherValues ?? [];
  const record: FixRecord = {
    name,
    zone,
    host: hostForPanel(name, zone, p),
    type: input.type,
    value: valueForPanel(input.type, input.rawValue, p, otherValues),
    rawValue: input.rawValue,
    strings: input.type === "TXT" ? splitCharacterStrings(input.rawValue) : [input.rawValue],
    providerId: p.id,
    notes: [],
  };
  if (input.ttl !== undefined) record.ttl = input.ttl;
  record.notes = recordNotes(record, p, otherValues.length > 0);
  return record;
}

/**
 * A field's name as the reader should look for it. Some panels exist only in Japanese, so an
 * English reader gets the Japanese label too: "Entry name (エントリ名)".
 */
export function fieldLabel(label: { ja: string; en: string }, locale: Locale, provider: DnsProvider): string {
  if (locale === "en" && provider.panel.japaneseOnly && label.ja !== label.en) return `${label.en} (${label.ja})`;
  return label[locale];
}

export interface PanelRow {
  key: PanelFieldKey;
  /** The field's name as the panel shows it, in the reader's language. */
  label: string;
  /** What to type or paste. */
  value: string;
  /** True for fields worth a copy button (host and value). */
  copy: boolean;
  /** How to fill the field, when it is not obvious. */
  hint?: string;
}

function hostHint(record: FixRecord, provider: DnsProvider, locale: Locale): string | undefined {
  const form = provider.host.form;
  const parts: string[] = [];
  if (record.host === "") parts.push(locale === "ja" ? "空欄のままにします。" : "Leave it blank.");
  const relative = record.host !== "" && record.host !== "@" && record.host !== record.name;
  if (form.style === "relative" && provider.host.appendsDomain && relative) {
    parts.push(
      locale === "ja"
        ? `「.${record.zone}」は自動で付くため入力しません。`
        : `The panel adds “.${record.zone}” itself: do not type it.`,
    );
  }
  if (provider.id === "generic") {
    parts.push(locale === "ja" ? `ドメイン名まで含めて入れる画面では「${record.name}」と入力します。` : `Panels that want the full name take “${record.name}”.`);
  }
  return parts.length > 0 ? parts.join(locale === "ja" ? "" : " ") : undefined;
}

/**
 * The rows the UI renders for one record, in the panel's field order and words. Fields that do
 * not apply to the record's type (priority for TXT/CNAME) are left out.
 */
export function formatForPanel(record: FixRecord, provider: DnsProvider | string, locale: Locale): PanelRow[] {
  const p = resolveProvider(provider);
  const shaped =
    p.id === record.providerId
      ? record
      : makeRecord({ name: record.name, zone: record.zone, type: record.type, rawValue: record.rawValue, ttl: record.ttl }, p);
  const rows: PanelRow[] = [];
  for (const f of p.fields) {
    const label = fieldLabel(f.label, locale, p);
    switch (f.key) {
      case "host": {
        const hint = hostHint(shaped, p, locale);
        rows.push({ key: "host", label, value: shaped.host, copy: true, ...(hint ? { hint } : {}) });
        break;
      }
      case "type":
        rows.push({ key: "type", label, value: shaped.type, copy: false });
        break;
      case "value": {
        const hint = shaped.notes.map((n) => n.message[locale]).join(locale === "ja" ? "" : " ");
        rows.push({ key: "value", label, value: shaped.value, copy: true, ...(hint ? { hint } : {}) });
        break;
      }
      case "ttl":
        rows.push({ key: "ttl", label, value: shaped.ttl !== undefined ? String(shaped.ttl) : p.ttl.defaultLabel[locale], copy: false });
        break;
      case "status":
        rows.push({ key: "status", label, value: f.fixedValue?.[locale] ?? "", copy: false });
        break;
      case "priority":
        break;
    }
  }
  return rows;
}
