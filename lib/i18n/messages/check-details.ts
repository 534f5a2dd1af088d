import type { DkimSelectorSource } from "@/lib/checks/dkim";
import type { DmarcPolicy } from "@/lib/checks/parse-dmarc";
import type { DnsStatus } from "@/lib/dns/types";
import type { Catalog } from "@/lib/i18n/messages/catalog";
import type { SpfNodeStatus } from "@/lib/spf/analyze-types";
import type { SpfResult } from "@/lib/spf/results";
import type { CheckName } from "@/lib/wizard/types";

/**
 * The words of the results' details, one block per check (the SPF include tree, DMARC, DKIM,
 * reverse DNS, MX, NS), used by the details section and the support summary. `resultsMessages`
 * includes them; Japanese is the reference, English has the same shape.
 */
const ja = {
  details: {
    heading: "詳しい確認結果",
    intro: "確認した内容をすべて表示します。必要なときに開いてください。",
    check: { spf: "SPF", dmarc: "DMARC", dkim: "DKIM", ptr: "逆引き（PTR）", mx: "MX（メールの受け取り先）", ns: "ネームサーバー（NS）" } satisfies Record<CheckName, string>,
    findings: "気づいた点",
    noFindings: "指摘事項はありません。",
    none: "なし",
    dnsStatus: { ok: "正常", nxdomain: "名前が存在しない", nodata: "データなし", servfail: "サーバーエラー (SERVFAIL)", refused: "拒否 (REFUSED)", timeout: "応答なし", error: "通信エラー" } satisfies Record<DnsStatus, string>,
  },
  spf: {
    records: "SPF レコード",
    noRecord: "SPF レコードはありません。",
    result: (ip: string) => `${ip} から送ったときの判定`,
    noIp: "送信元の IP アドレスが分からないため、判定していません。",
    resultLabel: {
      pass: "合格 (pass)",
      fail: "不合格 (fail)",
      softfail: "ソフトフェイル (softfail)",
      neutral: "中立 (neutral)",
      none: "SPF なし (none)",
      permerror: "レコードのエラー (permerror)",
      temperror: "一時的なエラー (temperror)",
    } satisfies Record<SpfResult, string>,
    lookups: "DNS 参照回数",
    lookupsValue: (count: number, limit: number) => `${count} 回（上限 ${limit} 回）`,
    overLimit: "上限超え",
    voids: "空の参照",
    voidsValue: (count: number, limit: number) => `${count} 回（上限 ${limit} 回）`,
    addressLookups: (n: number) => `mx・ptr のアドレス参照：${n} 回（上限とは別に数えます）`,
    exceededAt: (index: number, term: string, domain: string) => `${index} 回目の参照で上限を超えます：${domain} の「${term}」`,
    tree: "参照の流れ（include のツリー）",
    nodeLookups: (lookups: number, voids: number) => `この中の参照 ${lookups} 回${voids > 0 ? `・空の参照 ${voids} 回` : ""}`,
    nodeStatus: {
      ok: "正常",
      syntax: "書き方の誤り",
      none: "SPF なし",
      multiple: "レコードが複数",
      dns_error: "DNS エラー",
      loop: "循環（再度は展開しません）",
      truncated: "省略（確認の上限）",
    } satisfies Record<SpfNodeStatus, string>,
    termLookups: (indexes: number[], over: boolean) => `参照 ${indexes.join("・")} 回目${over ? "（上限超え）" : ""}`,
    termVoid: (index: number | undefined) => `空の参照${index === undefined ? "" : ` ${index} 回目`}`,
    termUnreachable: "評価されません（all の後ろ）",
    original: (domain: string) => `元の送信者 ${domain} の SPF`,
  },
  dmarc: {
    record: "DMARC レコード",
    noRecord: "DMARC レコードはありません。",
    policy: "ポリシー",
    policyLabel: { none: "none（配送方法は変えない）", quarantine: "quarantine（迷惑メール扱い）", reject: "reject（受信拒否）" } satisfies Record<DmarcPolicy, string>,
    inherited: (org: string) => `${org} のレコードが適用されます`,
    pct: (pct: number) => `適用する割合: ${pct}%`,
    reports: "集計レポートの送り先",
  },
  dkim: {
    noSelector: "確認したセレクタはありません。",
    selector: (selector: string) => `セレクタ「${selector}」`,
    source: { input: "ご入力", signature: "エラーメールの署名", profile: "サーバー会社の標準（推測）" } satisfies Record<DkimSelectorSource, string>,
    key: (type: string, bits: number | null) => `鍵：${type.toUpperCase()}${bits ? ` ${bits} ビット` : ""}`,
    noKey: "公開鍵が見つかりません",
    testing: "テストモード (t=y)",
  },
  ptr: {
    skipped: "送信元の IP アドレスが分からないため、確認していません。",
    ip: "IP アドレス",
    names: "逆引きの名前",
    confirmed: "正引きで一致",
    notConfirmed: "正引きで一致しません",
  },
  mx: {
    nullMx: "このドメインはメールを受け取らない設定（null MX）です。",
    implicit: "MX レコードがないため、ドメイン自身のアドレスにメールが届けられます。",
    host: (pref: number, host: string) => `優先度 ${pref}：${host}`,
  },
  ns: {
    zone: (zone: string) => `ゾーン：${zone}`,
    noZone: "ゾーンが見つかりませんでした。",
  },
};

export type CheckDetailsMessages = typeof ja;

const en: CheckDetailsMessages = {
  details: {
    heading: "Details",
    intro: "Everything we checked, for those who want it.",
    check: { spf: "SPF", dmarc: "DMARC", dkim: "DKIM", ptr: "Reverse DNS (PTR)", mx: "MX (where mail is received)", ns: "Name servers (NS)" },
    findings: "What we noticed",
    noFindings: "Nothing to report.",
    none: "none",
    dnsStatus: { ok: "ok", nxdomain: "no such name", nodata: "no data", servfail: "server error (SERVFAIL)", refused: "refused (REFUSED)", timeout: "no answer", error: "network error" },
  },
  spf: {
    records: "SPF records",
    noRecord: "There is no SPF record.",
    result: (ip) => `Result for mail from ${ip}`,
    noIp: "Not evaluated: the sending IP address is not known.",
    resultLabel: {
      pass: "pass",
      fail: "fail",
      softfail: "softfail",
      neutral: "neutral",
      none: "none (no SPF)",
      permerror: "permerror (record error)",
      temperror: "temperror (temporary error)",
    },
    lookups: "DNS lookups",
    lookupsValue: (count, limit) => `${count} (limit ${limit})`,
    overLimit: "over the limit",
    voids: "Void lookups",
    voidsValue: (count, limit) => `${count} (limit ${limit})`,
    addressLookups: (n) => `Address lookups of mx/ptr: ${n} (counted separately)`,
    exceededAt: (index, term, domain) => `Lookup ${index} breaks the limit: “${term}” in ${domain}`,
    tree: "Include tree",
    nodeLookups: (lookups, voids) => `${lookups} lookup${lookups === 1 ? "" : "s"} in here${voids > 0 ? `, ${voids} void` : ""}`,
    nodeStatus: {
      ok: "ok",
      syntax: "syntax error",
      none: "no SPF",
      multiple: "several records",
      dns_error: "DNS error",
      loop: "loop (not expanded again)",
      truncated: "not fetched (check limit)",
    },
    termLookups: (indexes, over) => `lookup ${indexes.join(", ")}${over ? " (over the limit)" : ""}`,
    termVoid: (index) => `void lookup${index === undefined ? "" : ` ${index}`}`,
    termUnreachable: "never evaluated (after all)",
    original: (domain) => `SPF of the original sender ${domain}`,
  },
  dmarc: {
    record: "DMARC record",
    noRecord: "There is no DMARC record.",
    policy: "Policy",
    policyLabel: { none: "none (delivery unchanged)", quarantine: "quarantine (spam folder)", reject: "reject (refused)" },
    inherited: (org) => `The record of ${org} applies`,
    pct: (pct) => `Applied to ${pct}%`,
    reports: "Aggregate reports go to",
  },
  dkim: {
    noSelector: "No selector was checked.",
    selector: (selector) => `Selector “${selector}”`,
    source: { input: "you entered it", signature: "from the error mail's signature", profile: "your host's default (a guess)" },
    key: (type, bits) => `Key: ${type.toUpperCase()}${bits ? ` ${bits} bits` : ""}`,
    noKey: "No public key found",
    testing: "testing mode (t=y)",
  },
  ptr: {
    skipped: "Not checked: the sending IP address is not known.",
    ip: "IP address",
    names: "Reverse DNS names",
    confirmed: "forward-confirmed",
    notConfirmed: "does not lead back to the IP",
  },
  mx: {
    nullMx: "This domain says it receives no mail (null MX).",
    implicit: "There is no MX record: mail goes to the domain's own address.",
    host: (pref, host) => `Preference ${pref}: ${host}`,
  },
  ns: {
    zone: (zone) => `Zone: ${zone}`,
    noZone: "The zone could not be found.",
  },
};

export const checkDetailsMessages: Catalog<CheckDetailsMessages> = { ja, en };
