import type { DnsProvider } from "@/lib/fix/dns-provider-types";
import { field, LEAVE_TTL, ttlSeconds } from "@/lib/fix/providers/labels";

/**
 * Japanese hosts' DNS panels, from `shared/reference/dns-providers.md` (its [V]/[T]/[U] tags are
 * the `confidence` values). Only what the reference or the seed FAQ says is marked better than
 * "unverified"; anything else is our best reading of the panel and says so in `confidence.note`.
 */

export const SAKURA: DnsProvider = {
  id: "sakura",
  name: { ja: "さくらインターネット", en: "SAKURA internet" },
  nameservers: { pattern: "^ns[12]\\.dns\\.ne\\.jp$", examples: ["ns1.dns.ne.jp", "ns2.dns.ne.jp"] },
  panel: {
    japaneseOnly: true,
    name: { ja: "ドメインコントロールパネル", en: "Domain control panel" },
    path: {
      ja: "会員メニュー → 契約ドメインの確認 → ドメインコントロールパネル → 対象ドメインの「ゾーン編集」",
      en: "Member menu → your domains → Domain control panel → “ゾーン編集” (zone edit) of the domain",
    },
  },
  // The seed FAQ's example: エントリ名 @ / タイプ TXT / データ "v=spf1 …".
  fields: [field("host", "エントリ名", "Entry name"), field("type", "タイプ", "Type"), field("value", "データ", "Data")],
  host: { form: { style: "relative", apex: "@" }, appendsDomain: true },
  txt: { quoting: "customer", longValues: "unknown", oneRecordSetPerName: false },
  ttl: LEAVE_TTL,
  editable: "yes",
  warnings: [],
  confidence: {
    nameservers: "verified",
    fields: "verified",
    hostForm: "verified",
    quoting: "verified",
    note: {
      ja: "ゾーン編集画面までの経路、サブドメインのエントリ名（「_dmarc」など、ドメイン名を除いた部分）、長い値の入力方法は未確認です。",
      en: "The path to the zone editor, entry names of subdomains (the part before the domain, e.g. “_dmarc”) and how long values are entered are unconfirmed.",
    },
  },
};

export const XSERVER: DnsProvider = {
  id: "xserver",
  name: { ja: "エックスサーバー", en: "Xserver" },
  nameservers: { pattern: "^ns\\d+\\.xserver\\.jp$", examples: ["ns1.xserver.jp", "ns2.xserver.jp", "ns5.xserver.jp"] },
  panel: {
    japaneseOnly: true,
    name: { ja: "サーバーパネル", en: "Server panel" },
    path: {
      ja: "サーバーパネル → ドメイン「DNSレコード設定」 → 対象ドメインを選択 → 「DNSレコード追加」",
      en: "Server panel → Domain “DNSレコード設定” (DNS records) → pick the domain → “DNSレコード追加” (add record)",
    },
  },
  fields: [
    field("host", "ホスト名", "Host name"),
    field("type", "種別", "Type"),
    field("value", "内容", "Content"),
    field("ttl", "TTL", "TTL"),
    field("priority", "優先度", "Priority"),
  ],
  host: { form: { style: "relative", apex: "" }, appendsDomain: true },
  txt: { quoting: "panel", longValues: "unknown", oneRecordSetPerName: false },
  ttl: ttlSeconds(3600),
  editable: "yes",
  warnings: [
    {
      id: "xserver.host_doubling",
      message: {
        ja: "ホスト名の欄にはドメイン名を入れないでください。ドメイン名は自動で後ろに付くため、「mail.example.jp」と入れると「mail.example.jp.example.jp」になってしまいます。",
        en: "Do not type your domain in the host name field: the panel appends it, so “mail.example.jp” would become “mail.example.jp.example.jp”.",
      },
    },
    {
      id: "xserver.spf_setting",
      message: {
        ja: "サーバーパネルには「SPF設定」（標準設定 / Gmail許可 / カスタム設定）もあります。DNS レコード設定で SPF を直接書き換えた後にこの設定を変えると、SPF レコードが上書きされることがあります。",
        en: "The server panel also has an SPF setting (標準設定 / Gmail許可 / カスタム設定). Changing it after editing the SPF record by hand may overwrite the record.",
      },
    },
  ],
  confidence: {
    nameservers: "verified",
    fields: "third-party",
    hostForm: "third-party",
    quoting: "unverified",
    note: {
      ja: "項目名とホスト名の二重付与は公式以外の情報、値をダブルクォートなしで入れる点と TTL の初期値 3600 は未確認です。",
      en: "Field names and the host doubling come from secondary sources; entering values without quotes and the default TTL of 3600 are unconfirmed.",
    },
  },
};

export const LOLIPOP: DnsProvider = {
  id: "lolipop",
  name: { ja: "ロリポップ!（標準ネームサーバー）", en: "Lolipop (default nameservers)" },
  nameservers: { pattern: "^uns\\d+\\.lolipop\\.jp$", examples: ["uns01.lolipop.jp", "uns02.lolipop.jp"] },
  panel: {
    japaneseOnly: true,
    name: { ja: "ロリポップ!ユーザー専用ページ", en: "Lolipop user page" },
    path: {
      ja: "ロリポップ!標準のネームサーバーでは DNS レコードを自由に追加できないことがあります。",
      en: "Lolipop's default nameservers may not let you add DNS records freely.",
    },
  },
  fields: [field("host", "ホスト名", "Host"), field("type", "タイプ", "Type"), field("value", "値", "Value")],
  host: { form: { style: "relative", apex: "@" }, appendsDomain: true },
  txt: { quoting: "unknown", longValues: "unknown", oneRecordSetPerName: false },
  ttl: LEAVE_TTL,
  editable: "limited",
  warnings: [
    {
      id: "lolipop.switch_dns",
      message: {
        ja: "ロリポップ!標準のネームサーバー（uns01 / uns02.lolipop.jp）では、TXT レコードを自由に追加できないことがあります。ムームーDNS など、レコードを編集できる DNS にネームサーバーを切り替えてから設定してください。ムームーDNS の「カスタム設定」でロリポップ!のプリセットを選ぶと、ロリポップ!の SPF も自動で設定されます。",
        en: "Lolipop's default nameservers (uns01 / uns02.lolipop.jp) may not let you add TXT records. Switch the domain's nameservers to a DNS you can edit, such as ムームーDNS (Muumuu DNS), first. Picking the Lolipop preset in Muumuu DNS's custom settings also publishes Lolipop's SPF.",
      },
    },
  ],
  confidence: {
    nameservers: "third-party",
    fields: "unverified",
    hostForm: "unverified",
    quoting: "unverified",
    note: {
      ja: "標準ネームサーバーでレコードを追加できないという点は公式以外の情報で、公式ヘルプでは確認できていません。",
      en: "That the default nameservers block record edits comes from secondary sources; the official help has not confirmed it.",
    },
  },
};

export const MUUMUU: DnsProvider = {
  id: "muumuu",
  name: { ja: "ムームーDNS", en: "Muumuu DNS (ムームーDNS)" },
  nameservers: { pattern: "^dns\\d+\\.muumuu-domain\\.com$", examples: ["dns01.muumuu-domain.com", "dns02.muumuu-domain.com"] },
  panel: {
    japaneseOnly: true,
    name: { ja: "ムームードメイン コントロールパネル", en: "Muumuu Domain control panel" },
    path: {
      ja: "コントロールパネル → ドメイン操作 → ムームーDNS → 対象ドメインの「変更」 → カスタム設定 → 設定2",
      en: "Control panel → ドメイン操作 (domains) → ムームーDNS → “変更” (change) of the domain → カスタム設定 (custom settings) → 設定2 (setting 2)",
    },
  },
  fields: [
    field("host", "サブドメイン", "Subdomain"),
    field("type", "種別", "Type"),
    field("value", "内容", "Content"),
    field("priority", "優先度", "Priority"),
  ],
  host: { form: { style: "relative", apex: "" }, appendsDomain: true },
  txt: { quoting: "panel", longValues: "unknown", oneRecordSetPerName: false },
  ttl: LEAVE_TTL,
  editable: "yes",
  warnings: [
    {
      id: "muumuu.preset_spf",
      message: {
        ja: "「設定1」でロリポップ!などのサービスを選んでいると、そのサービスの SPF レコードが自動で設定されている場合があります。設定2 に SPF を追加すると SPF が 2 つになってしまうため、まず今の SPF を確認してください。",
        en: "If a service such as Lolipop is picked in “設定1” (setting 1), it may already publish an SPF record; adding another in setting 2 would give the domain two SPF records. Check the current SPF first.",
      },
    },
  ],
  confidence: {
    nameservers: "third-party",
    fields: "verified",
    hostForm: "verified",
    quoting: "unverified",
    note: {
      ja: "値をダブルクォートなしで入れる点と「優先度」欄は未確認です。",
      en: "Entering values without quotes and the priority column are unconfirmed.",
    },
  },
};

export const CONOHA: DnsProvider = {
  id: "conoha",
  name: { ja: "ConoHa WING", en: "ConoHa WING" },
  nameservers: { pattern: "^ns-a\\d+\\.conoha\\.io$", examples: ["ns-a1.conoha.io", "ns-a2.conoha.io", "ns-a3.conoha.io"] },
  panel: {
    japaneseOnly: true,
    name: { ja: "ConoHa コントロールパネル", en: "ConoHa control panel" },
    path: {
      ja: "コントロールパネル → WING → DNS → 対象ドメイン → 鉛筆アイコン（編集） → 「+」で行を追加",
      en: "Control panel → WING → DNS → the domain → pencil icon (edit) → “+” to add a row",
    },
  },
  fields: [field("type", "タイプ", "Type"), field("host", "名称", "Name"), field("ttl", "TTL", "TTL"), field("value", "値", "Value")],
  host: { form: { style: "relative", apex: "@" }, appendsDomain: true },
  txt: { quoting: "panel", longValues: "unknown", oneRecordSetPerName: false },
  ttl: ttlSeconds(3600),
  editable: "yes",
  warnings: [],
  confidence: {
    nameservers: "third-party",
    fields: "third-party",
    hostForm: "unverified",
    quoting: "unverified",
    note: {
      ja: "ドメイン直下を「@」で表す点、値をダブルクォートなしで入れる点、TTL の初期値は未確認です。",
      en: "“@” for the domain itself, values without quotes and the default TTL are unconfirmed.",
    },
  },
};

export const ONAMAE: DnsProvider = {
  id: "onamae",
  name: { ja: "お名前.com", en: "Onamae.com (お名前.com)" },
  nameservers: { pattern: "^\\d+\\.dnsv\\.jp$", examples: ["01.dnsv.jp", "02.dnsv.jp", "03.dnsv.jp", "04.dnsv.jp"] },
  panel: {
    japaneseOnly: true,
    name: { ja: "お名前.com Navi", en: "Onamae.com Navi" },
    path: {
      ja: "お名前.com Navi → ドメイン設定 → DNS関連機能の設定 → 対象ドメイン → DNSレコード設定を利用する → 設定する",
      en: "Onamae.com Navi → ドメイン設定 (domain settings) → DNS関連機能の設定 (DNS features) → the domain → DNSレコード設定を利用する (DNS records) → 設定する (configure)",
    },
  },
  fields: [
    field("host", "ホスト名", "Host name"),
    field("type", "TYPE", "TYPE"),
    field("ttl", "TTL", "TTL"),
    field("value", "VALUE", "VALUE"),
    field("status", "状態", "Status", { ja: "有効", en: "有効 (enabled)" }),
  ],
  host: { form: { style: "relative", apex: "" }, appendsDomain: true },
  txt: { quoting: "panel", longValues: "unknown", oneRecordSetPerName: false },
  ttl: ttlSeconds(3600),
  editable: "yes",
  warnings: [
    {
      id: "onamae.confirm_steps",
      message: {
        ja: "入力したら「追加」を押し、画面下の「確認画面へ進む」→「設定する」まで進めてください。途中で閉じると保存されません。",
        en: "After typing, press “追加” (add), then “確認画面へ進む” (confirm) and “設定する” (apply) at the bottom; closing the page earlier saves nothing.",
      },
    },
  ],
  confidence: {
    nameservers: "third-party",
    fields: "third-party",
    hostForm: "unverified",
    quoting: "unverified",
    note: {
      ja: "ホスト名を空欄にするとドメイン直下になる点、値をダブルクォートなしで入れる点、保存の手順は未確認です。",
      en: "A blank host name for the domain itself, values without quotes and the save steps are unconfirmed.",
    },
  },
};
