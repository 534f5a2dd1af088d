import type { DnsStatus } from "@/lib/dns/types";
import type { LocalizedText } from "@/lib/findings/types";

/** Statuses that say nothing about the data: the lookup itself failed. */
const TROUBLE: ReadonlySet<DnsStatus> = new Set(["servfail", "refused", "timeout", "error"]);

export function isDnsTrouble(status: DnsStatus): boolean {
  return TROUBLE.has(status);
}

/** NXDOMAIN or NODATA: the DNS answered that there is no such record (RFC 2308). */
export function isNoRecord(status: DnsStatus): boolean {
  return status === "nxdomain" || status === "nodata";
}

const DNS_STATUS_TEXT: Record<DnsStatus, LocalizedText> = {
  ok: { ja: "正常", en: "ok" },
  nxdomain: { ja: "名前が存在しない", en: "NXDOMAIN" },
  nodata: { ja: "データなし", en: "no data" },
  servfail: { ja: "DNS サーバーのエラー (SERVFAIL)", en: "SERVFAIL" },
  refused: { ja: "問い合わせの拒否 (REFUSED)", en: "REFUSED" },
  timeout: { ja: "応答なし (タイムアウト)", en: "timeout" },
  error: { ja: "通信エラー", en: "error" },
};

export function dnsStatusText(status: DnsStatus): LocalizedText {
  return DNS_STATUS_TEXT[status];
}

/**
 * The common sentence of every `*.dns_error` finding: which lookup failed, how, and what that
 * means. `what` names the record in both languages ("the DMARC record").
 */
export function dnsErrorText(name: string, status: DnsStatus, what: LocalizedText): LocalizedText {
  const s = dnsStatusText(status);
  return {
    ja: `${name} の${what.ja}の DNS 問い合わせに失敗しました(${s.ja})。そのため、この項目は確認できませんでした。時間をおいてもう一度確認してください。続く場合は、DNS サーバーの設定や状態を確認してください。`,
    en: `The DNS lookup of ${what.en} at ${name} failed (${s.en}), so this could not be checked. Try again later; if it keeps failing, check the DNS servers' settings and health.`,
  };
}
