import type { LocalizedText } from "@/lib/findings/types";
import type { Locale } from "@/lib/i18n/locales";
import type { DnsProvider } from "@/lib/fix/dns-provider-types";
import { resolveProvider } from "@/lib/fix/dns-providers";
import type { HostingProfile } from "@/lib/fix/hosting-profile-schema";
import { usesHostDns } from "@/lib/fix/profile-terms";
import { fieldLabel, guessZone, hostForPanel, type PanelRow } from "@/lib/fix/record-format";
import type { HelpLink } from "@/lib/fix/types";
import { normalizeDomain } from "@/lib/spf/domain-name";

export interface PlanDkimInput {
  domain: string;
  profile: HostingProfile;
  /** The DNS provider serving the domain (default: generic). */
  provider?: DnsProvider | string;
  /** A selector whose key was found in DNS (or true when found without knowing which). */
  selectorFound?: string | boolean | null;
  zone?: string;
}

/**
 * The DKIM record the customer copies from the host's panel into another DNS. Its value is the
 * host's public key, which only the host's panel shows: we give the place and the form, never a
 * value (RFC 6376 §3.6.1 keys are per domain and selector).
 */
export interface DkimRecordTemplate {
  type: "TXT" | "CNAME";
  /** An example owner name with the host's selector pattern, e.g. rs20261005._domainkey.example.jp. */
  nameExample: string;
  /** How that name goes in the provider's host field. */
  hostExample: string;
  /** The host's selector pattern, when known. */
  selectorPattern: string | null;
  /** Where the value comes from. */
  valueSource: LocalizedText;
}

export interface DkimPlan {
  /** `none`: DKIM is already published; `enable`: steps below; `unsupported`/`unknown`: the host does not offer it, or we do not know. */
  kind: "none" | "enable" | "unsupported" | "unknown";
  steps: LocalizedText[];
  /** Present when the key must be copied into another company's DNS. */
  record: DkimRecordTemplate | null;
  help: HelpLink | null;
  /** Where DKIM is turned on. */
  where: LocalizedText;
}

const VALUE_SOURCE: LocalizedText = {
  ja: "DKIM を有効にしたときにコントロールパネルに表示される値（「v=DKIM1;」で始まる長い文字列）を、そのまま貼り付けます。",
  en: "Paste the value the control panel shows after enabling DKIM (a long string starting with “v=DKIM1;”), exactly as shown.",
};

function longValueStep(provider: DnsProvider): LocalizedText | null {
  if (provider.txt.longValues === "panel") return null;
  return provider.txt.longValues === "customer"
    ? {
        ja: "DKIM の値は 255 バイトを超えることが多いため、この DNS では 255 バイト以下の文字列に分け、それぞれをダブルクォートで囲んで 1 行に並べて入力します（「\"…\" \"…\"」の形）。",
        en: "DKIM values are usually over 255 bytes: this DNS wants them as several quoted strings of at most 255 bytes on one line (\"…\" \"…\").",
      }
    : {
        ja: "DKIM の値は 255 バイトを超えることが多いため、入力できない場合は、255 バイト以下の文字列に分けてそれぞれをダブルクォートで囲み、空白で区切って入力してください。",
        en: "DKIM values are usually over 255 bytes; if the panel refuses the value, enter it as several quoted strings of at most 255 bytes, separated by spaces.",
      };
}

/**
 * How to turn on DKIM for a domain sending through the host: where in the host's panel, and —
 * when the domain's DNS is elsewhere — which record to copy into that DNS, written for its
 * panel. Pure; the key itself always comes from the host's panel.
 */
export function planDkimSteps(input: PlanDkimInput): DkimPlan {
  const domain = normalizeDomain(input.domain);
  const { profile } = input;
  const dkim = profile.dkim;
  const provider = resolveProvider(input.provider);
  const help = dkim.help ? { title: dkim.help.title, url: dkim.help.url } : null;
  const hostName = profile.name;

  const found = input.selectorFound;
  const selectorOk = typeof found === "string" ? (dkim.selectorPattern === null ? true : new RegExp(dkim.selectorPattern, "i").test(found)) : found === true;
  if (found && selectorOk) {
    return {
      kind: "none",
      steps: [
        {
          ja: `${domain} の DKIM はすでに設定されています${typeof found === "string" ? `（セレクタ「${found}」）` : ""}。作業は必要ありません。`,
          en: `DKIM is already set up for ${domain}${typeof found === "string" ? ` (selector “${found}”)` : ""}. Nothing to do.`,
        },
      ],
      record: null,
      help,
      where: dkim.where,
    };
  }
  if (dkim.supported === false || dkim.supported === null) {
    return {
      kind: dkim.supported === false ? "unsupported" : "unknown",
      steps: [
        dkim.supported === false
          ? {
              ja: `${hostName.ja} では DKIM 署名を利用できないため、SPF を正しく設定することが特に重要です。`,
              en: `${hostName.en} does not offer DKIM signing, so a correct SPF record matters all the more.`,
            }
          : {
              ja: `${hostName.ja} で DKIM 署名を利用できるかは確認できていません。サービスのヘルプをご確認ください。`,
              en: `We could not confirm whether ${hostName.en} offers DKIM signing; please check its help pages.`,
            },
      ],
      record: null,
      help,
      where: dkim.where,
    };
  }

  const steps: LocalizedText[] = [];
  if (typeof found === "string") {
    steps.push({
      ja: `セレクタ「${found}」の DKIM キーは見つかりましたが、${hostName.ja} のものではないようです。${hostName.ja} のサーバーから送るメールに署名するには、${hostName.ja} で DKIM を有効にしてください。`,
      en: `A DKIM key was found for selector “${found}”, but it does not look like ${hostName.en}'s. To sign mail sent from ${hostName.en}'s servers, enable DKIM there.`,
    });
  }
  steps.push({
    ja: `${hostName.ja} のコントロールパネルで、${domain} の DKIM を有効にします: ${dkim.where.ja}`,
    en: `Enable DKIM for ${domain} in ${hostName.en}'s control panel: ${dkim.where.en}`,
  });
  if (dkim.note) steps.push(dkim.note);

  const own = usesHostDns(profile, provider.id);
  let record: DkimRecordTemplate | null = null;
  if (own && dkim.publishesOnOwnDns === true) {
    steps.push({
      ja: `${domain} は ${hostName.ja} のネームサーバーを使っているため、DKIM を有効にすると必要なレコードも自動で公開されます。DNS の作業は必要ありません。`,
      en: `${domain} uses ${hostName.en}'s nameservers, so enabling DKIM also publishes the record. No DNS work is needed.`,
    });
  } else {
    const selector = dkim.selectorExample ?? "selector";
    const zone = input.zone ? normalizeDomain(input.zone) : guessZone(domain);
    const nameExample = `${selector}._domainkey.${domain}`;
    record = { type: dkim.recordType, nameExample, hostExample: hostForPanel(nameExample, zone, provider), selectorPattern: dkim.selectorPattern, valueSource: VALUE_SOURCE };
    steps.push({
      ja: `有効にすると、コントロールパネルに DKIM のレコード（名前が「${nameExample}」のような ${dkim.recordType} レコードと、その値）が表示されます。その名前と値を、${provider.panel.name.ja}（${provider.panel.path.ja}）に追加してください。ホスト名の欄は「${record.hostExample}」の形になります。`,
      en: `Once enabled, the panel shows the DKIM record: a ${dkim.recordType} record named like “${nameExample}” and its value. Add that name and value in ${provider.panel.name.en} (${provider.panel.path.en}); the host field takes the form “${record.hostExample}”.`,
    });
    const long = dkim.recordType === "TXT" ? longValueStep(provider) : null;
    if (long) steps.push(long);
  }
  steps.push({
    ja: "DKIM の署名は、設定が反映された後に送るメールから付きます。Gmail で受け取ったメールの「メッセージのソースを表示」で「DKIM: 'PASS'」と表示されれば完了です。",
    en: "Mail is signed from the time the setting takes effect. In Gmail, “Show original” on a received message shows “DKIM: 'PASS'” when it works.",
  });
  return { kind: "enable", steps, record, help, where: dkim.where };
}

/** The DKIM template as panel rows: the host is an example (the real selector comes from the panel), the value is left for the customer to paste. */
export function dkimPanelRows(template: DkimRecordTemplate, provider: DnsProvider | string, locale: Locale): PanelRow[] {
  const p = resolveProvider(provider);
  const rows: PanelRow[] = [];
  for (const f of p.fields) {
    const label = fieldLabel(f.label, locale, p);
    if (f.key === "host") rows.push({ key: "host", label, value: template.hostExample, copy: false, hint: locale === "ja" ? "例です。実際のセレクタはコントロールパネルの表示に合わせてください。" : "An example: use the selector the control panel shows." });
    else if (f.key === "type") rows.push({ key: "type", label, value: template.type, copy: false });
    else if (f.key === "value") rows.push({ key: "value", label, value: "", copy: false, hint: template.valueSource[locale] });
    else if (f.key === "ttl") rows.push({ key: "ttl", label, value: p.ttl.defaultLabel[locale], copy: false });
    else if (f.key === "status") rows.push({ key: "status", label, value: f.fixedValue?.[locale] ?? "", copy: false });
  }
  return rows;
}
