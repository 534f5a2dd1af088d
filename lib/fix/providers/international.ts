import type { DnsProvider } from "@/lib/fix/dns-provider-types";
import { field, LEAVE_TTL, ttlSeconds } from "@/lib/fix/providers/labels";

/**
 * International DNS services common among Japanese small businesses, and the generic fallback.
 * Not covered by `shared/reference/dns-providers.md`: the facts are the services' well-known
 * behaviour (nameserver names, field names), marked "third-party" where not checked against
 * their current documentation.
 */

/** Record sets (Route 53, Cloud DNS): all TXT values of a name live in one set. */
const RECORD_SET_WARNING = {
  ja: "このサービスでは、同じ名前の TXT レコードは 1 つの「レコードセット」にまとめます。すでに同じ名前の TXT レコード（google-site-verification など）があるときは、新しく作らずにそのレコードを編集し、値を 1 行に 1 つずつ、それぞれダブルクォートで囲んで並べてください。",
  en: "This service keeps all TXT values of one name in a single record set. If the name already has a TXT record (google-site-verification, for example), edit that record instead of creating a new one, and list the values one per line, each in double quotes.",
};

export const CLOUDFLARE: DnsProvider = {
  id: "cloudflare",
  name: { ja: "Cloudflare", en: "Cloudflare" },
  nameservers: { pattern: "^[a-z0-9-]+\\.ns\\.cloudflare\\.com$", examples: ["ada.ns.cloudflare.com", "bob.ns.cloudflare.com"] },
  panel: {
    name: { ja: "Cloudflare ダッシュボード", en: "Cloudflare dashboard" },
    path: { ja: "ダッシュボード → 対象ドメイン → DNS → レコード → 「レコードを追加」", en: "Dashboard → your domain → DNS → Records → “Add record”" },
  },
  fields: [field("type", "タイプ", "Type"), field("host", "名前", "Name"), field("value", "コンテンツ", "Content"), field("ttl", "TTL", "TTL")],
  host: { form: { style: "relative", apex: "@" }, appendsDomain: true },
  // Cloudflare's API documents that strings over 255 bytes are split automatically.
  txt: { quoting: "panel", longValues: "panel", oneRecordSetPerName: false },
  ttl: { defaultLabel: { ja: "自動", en: "Auto" }, defaultSeconds: 300, options: [60, 120, 300, 600, 900, 1800, 3600, 7200, 18000, 43200, 86400] },
  editable: "yes",
  warnings: [],
  help: { title: { ja: "Cloudflare: DNS レコードの管理", en: "Cloudflare: Manage DNS records" }, url: "https://developers.cloudflare.com/dns/manage-dns-records/how-to/create-dns-records/" },
  confidence: { nameservers: "verified", fields: "third-party", hostForm: "verified", quoting: "third-party" },
};

export const ROUTE53: DnsProvider = {
  id: "route53",
  name: { ja: "Amazon Route 53", en: "Amazon Route 53" },
  nameservers: {
    pattern: "^ns-\\d+\\.awsdns-\\d+\\.(com|net|org|co\\.uk)$",
    examples: ["ns-123.awsdns-15.com", "ns-1024.awsdns-00.org", "ns-1600.awsdns-08.co.uk", "ns-700.awsdns-22.net"],
  },
  panel: {
    name: { ja: "AWS マネジメントコンソール（Route 53）", en: "AWS Management Console (Route 53)" },
    path: {
      ja: "Route 53 → ホストゾーン → 対象ドメイン → 「レコードを作成」（同じ名前の TXT があるときはそのレコードを選んで「レコードを編集」）",
      en: "Route 53 → Hosted zones → your domain → “Create record” (or select the name's existing TXT record and “Edit record”)",
    },
  },
  fields: [
    field("host", "レコード名", "Record name"),
    field("type", "レコードタイプ", "Record type"),
    field("value", "値", "Value"),
    field("ttl", "TTL (秒)", "TTL (seconds)"),
  ],
  host: { form: { style: "relative", apex: "" }, appendsDomain: true },
  // Route 53 wants each character-string in double quotes, several per line for long values.
  txt: { quoting: "customer", longValues: "customer", oneRecordSetPerName: true },
  ttl: ttlSeconds(300),
  editable: "yes",
  warnings: [{ id: "route53.record_set", message: RECORD_SET_WARNING }],
  help: {
    title: { ja: "Route 53: TXT レコードの形式", en: "Route 53: TXT record format" },
    url: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ResourceRecordTypes.html#TXTFormat",
  },
  confidence: { nameservers: "verified", fields: "third-party", hostForm: "verified", quoting: "verified" },
};

export const GOOGLE_CLOUD_DNS: DnsProvider = {
  id: "google-cloud-dns",
  name: { ja: "Google Cloud DNS", en: "Google Cloud DNS" },
  nameservers: { pattern: "^ns-cloud-[a-z]\\d+\\.googledomains\\.com$", examples: ["ns-cloud-a1.googledomains.com", "ns-cloud-e4.googledomains.com"] },
  panel: {
    name: { ja: "Google Cloud コンソール（Cloud DNS）", en: "Google Cloud console (Cloud DNS)" },
    path: {
      ja: "ネットワーク サービス → Cloud DNS → 対象ゾーン → 「標準を追加」（同じ名前の TXT があるときはそのレコードセットを編集）",
      en: "Network services → Cloud DNS → your zone → “Add standard” (or edit the name's existing TXT record set)",
    },
  },
  fields: [
    field("host", "DNS 名", "DNS name"),
    field("type", "リソース レコードのタイプ", "Resource record type"),
    field("ttl", "TTL", "TTL"),
    field("value", "TXT データ", "TXT data"),
  ],
  host: { form: { style: "relative", apex: "" }, appendsDomain: true },
  txt: { quoting: "customer", longValues: "customer", oneRecordSetPerName: true },
  ttl: ttlSeconds(300),
  editable: "yes",
  warnings: [{ id: "google-cloud-dns.record_set", message: RECORD_SET_WARNING }],
  confidence: {
    nameservers: "verified",
    fields: "third-party",
    hostForm: "third-party",
    quoting: "unverified",
    note: {
      ja: "日本語画面の項目名と、値をダブルクォートで囲む必要があるかは未確認です（囲んで入力すれば確実です）。",
      en: "The Japanese field labels and whether quotes are required are unconfirmed (quoted values are always accepted).",
    },
  },
};

export const GODADDY: DnsProvider = {
  id: "godaddy",
  name: { ja: "GoDaddy", en: "GoDaddy" },
  nameservers: { pattern: "^p?ns\\d+\\.domaincontrol\\.com$", examples: ["ns01.domaincontrol.com", "ns02.domaincontrol.com"] },
  panel: {
    name: { ja: "GoDaddy ドメインポートフォリオ", en: "GoDaddy Domain Portfolio" },
    path: { ja: "マイ製品 → 対象ドメイン → DNS → 「新規追加」", en: "My Products → your domain → DNS → “Add New Record”" },
  },
  fields: [field("type", "タイプ", "Type"), field("host", "名前", "Name"), field("value", "値", "Value"), field("ttl", "TTL", "TTL")],
  host: { form: { style: "relative", apex: "@" }, appendsDomain: true },
  txt: { quoting: "panel", longValues: "unknown", oneRecordSetPerName: false },
  ttl: { defaultLabel: { ja: "1 時間", en: "1 Hour" }, defaultSeconds: 3600, options: [1800, 3600, 7200, 43200, 86400] },
  editable: "yes",
  warnings: [],
  confidence: { nameservers: "verified", fields: "third-party", hostForm: "verified", quoting: "third-party" },
};

export const GENERIC: DnsProvider = {
  id: "generic",
  name: { ja: "ご利用の DNS サービス", en: "Your DNS service" },
  nameservers: { pattern: "$^", examples: [] },
  panel: {
    name: { ja: "DNS の管理画面", en: "DNS control panel" },
    path: {
      ja: "ドメインのネームサーバーを管理している会社の管理画面で、DNS レコード（ゾーン）の編集画面を開いてください。",
      en: "Open the DNS records (zone) editor at the company that runs your domain's nameservers.",
    },
  },
  fields: [field("host", "ホスト名", "Host"), field("type", "タイプ", "Type"), field("value", "値", "Value"), field("ttl", "TTL", "TTL")],
  host: { form: { style: "relative", apex: "@" }, appendsDomain: true },
  txt: { quoting: "unknown", longValues: "unknown", oneRecordSetPerName: false },
  ttl: LEAVE_TTL,
  editable: "yes",
  warnings: [
    {
      id: "generic.host_form",
      message: {
        ja: "ホスト名の書き方は管理画面によって異なります。ドメイン名そのものは「@」か空欄、サブドメインはドメイン名を除いた部分だけを入れる画面が多いですが、ドメイン名まで含めた名前（末尾に「.」を付ける場合もあります）を求める画面もあります。入力例や既存のレコードの書き方に合わせてください。",
        en: "Panels differ in how they want the host: most take “@” or a blank for the domain itself and only the part before your domain for subdomains, but some want the full name (sometimes with a final dot). Follow the panel's examples and how its existing records are written.",
      },
    },
  ],
  confidence: {
    nameservers: "unverified",
    fields: "unverified",
    hostForm: "unverified",
    quoting: "unverified",
    note: { ja: "一般的な管理画面を想定した案内です。", en: "Generic instructions for a typical panel." },
  },
};
