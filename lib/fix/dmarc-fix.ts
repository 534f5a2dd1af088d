import type { LocalizedText } from "@/lib/findings/types";
import type { DnsProvider } from "@/lib/fix/dns-provider-types";
import { resolveProvider } from "@/lib/fix/dns-providers";
import { guessZone, makeRecord } from "@/lib/fix/record-format";
import type { FixRecord, FixWarning } from "@/lib/fix/types";
import { normalizeDomain } from "@/lib/spf/domain-name";

export interface PlanDmarcInput {
  domain: string;
  /** TXT values found for the domain's DMARC policy (non-DMARC values are ignored). */
  existing?: readonly string[] | null;
  /** Where `existing` was found, when it is not `_dmarc.<domain>` (the organizational domain's record, RFC 7489 §6.6.3). */
  existingAt?: string;
  /** Where aggregate reports should go; without it the record has no rua=. */
  reportAddress?: string;
  provider?: DnsProvider | string;
  zone?: string;
  ttl?: number;
  /** Other TXT values at `_dmarc.<domain>`, for one-record-set-per-name panels. */
  otherTxt?: readonly string[];
}

export interface DmarcPlan {
  /** `add`: publish `record`; `none`: a policy exists (or several do), and we never change it. */
  kind: "add" | "none";
  /** `_dmarc.<domain>`. */
  name: string;
  record: FixRecord | null;
  /** The existing policy (p=), when one was found. */
  existingPolicy: string | null;
  explanation: LocalizedText[];
  warnings: FixWarning[];
}

/** v=DMARC1 must come first (RFC 7489 §6.4); a record is a DMARC record only if it starts so. */
const DMARC_RECORD = /^v\s*=\s*DMARC1\s*(;|$)/i;

/** A mailbox that can sit in a DMARC URI list: no separators of that list ("," and "!", §6.4) nor spaces. */
const MAILBOX = /^[^\s@,!;]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

function policyOf(record: string): string | null {
  const match = /(?:^|;)\s*p\s*=\s*([^;\s]+)/i.exec(record);
  return match?.[1]?.toLowerCase() ?? null;
}

const TEXT = {
  pNone: {
    ja: "「p=none」は、DMARC の認証に失敗したメールも今までどおり配送するよう受信側に伝える、動作を変えない設定です。まずはこの設定で始め、問題がないことを確認してから、必要に応じて quarantine（迷惑メール扱い）や reject（受信拒否）に強めます。",
    en: "“p=none” asks receivers to deliver mail that fails DMARC as before: it changes nothing. Start with it, and only move to quarantine or reject once you know all your mail passes.",
  },
  gmail: {
    ja: "Gmail は、1 日に 5,000 通以上を送る送信者に DMARC レコードを求めています（p=none で構いません）。それより少ない場合も、設定しておくとなりすまし対策になります。",
    en: "Gmail requires a DMARC record (p=none is enough) from senders of 5,000 or more messages a day; for smaller senders it still helps against spoofing.",
  },
  rua: {
    ja: "「rua=mailto:アドレス」を付けると、Gmail などの受信側から、あなたのドメインを名乗るメールの認証結果のまとめ（集計レポート、XML 形式）が毎日そのアドレスに届きます。なりすましや設定漏れに気づくのに役立ちます。レポートを受け取るアドレスが決まったら、末尾に「; rua=mailto:アドレス」を追加してください。",
    en: "With “rua=mailto:address”, receivers such as Gmail send a daily summary (aggregate report, XML) of the mail that claims to be from your domain to that address: it shows spoofing and senders you forgot. Once you have an address for reports, add “; rua=mailto:address” at the end.",
  },
  ruaGiven: (address: string): LocalizedText => ({
    ja: `受信側からの認証結果のまとめ（集計レポート）が毎日 ${address} に届きます。XML 形式のため、必要に応じて DMARC レポートの解析サービスをご利用ください。`,
    en: `Receivers will send a daily summary of authentication results (aggregate report, XML) to ${address}; a DMARC report service can make it readable.`,
  }),
  subdomains: {
    ja: "このレコードはサブドメインにも適用されます（サブドメインに別の方針を決める場合は sp= を使います）。",
    en: "The policy also covers subdomains (sp= sets a different one for them).",
  },
};

/**
 * A starting DMARC record (RFC 7489) for a domain that has none: `v=DMARC1; p=none` with the
 * report address when one is given. A domain that already has a policy keeps it: todoku never
 * weakens (or otherwise rewrites) an existing policy. Pure.
 */
export function planDmarcRecord(input: PlanDmarcInput): DmarcPlan {
  const domain = normalizeDomain(input.domain);
  const name = `_dmarc.${domain}`;
  const provider = resolveProvider(input.provider);
  const found = (input.existing ?? []).filter((r) => DMARC_RECORD.test(r.trim()));
  const warnings: FixWarning[] = [];

  if (found.length > 0) {
    const policy = found.length === 1 ? policyOf(found[0] as string) : null;
    const at = input.existingAt ? normalizeDomain(input.existingAt) : name;
    if (found.length > 1) {
      warnings.push({
        id: "dmarc.multiple",
        severity: "warning",
        message: {
          ja: `${at} に DMARC レコードが ${found.length} 個あります。複数あると受信側は DMARC を適用しません（RFC 7489 §6.6.3）。どの方針を残すか決めて、1 つにしてください。`,
          en: `${at} has ${found.length} DMARC records; with more than one, receivers apply no DMARC at all (RFC 7489 §6.6.3). Decide which policy to keep and leave only that one.`,
        },
      });
    }
    const inherited = at !== name;
    return {
      kind: "none",
      name,
      record: null,
      existingPolicy: policy,
      explanation: [
        inherited
          ? {
              ja: `${domain} には ${at} の DMARC レコード${policy ? `（p=${policy}）` : ""}が適用されています。今の方針はそのままにします。`,
              en: `${domain} is covered by the DMARC record at ${at}${policy ? ` (p=${policy})` : ""}. The current policy stays as it is.`,
            }
          : {
              ja: `${domain} にはすでに DMARC レコード${policy ? `（p=${policy}）` : ""}があります。今の方針はそのままにします。`,
              en: `${domain} already has a DMARC record${policy ? ` (p=${policy})` : ""}. The current policy stays as it is.`,
            },
      ],
      warnings,
    };
  }

  const address = input.reportAddress?.trim().replace(/^mailto:/i, "");
  let rua: string | null = null;
  if (address) {
    if (MAILBOX.test(address)) {
      rua = address;
    } else {
      warnings.push({
        id: "dmarc.invalid_report_address",
        severity: "warning",
        message: {
          ja: `「${address}」はメールアドレスとして使えないため、rua= を付けずに作成しました。`,
          en: `"${address}" cannot be used as a report address, so the record has no rua=.`,
        },
      });
    }
  }
  if (rua) {
    const ruaDomain = normalizeDomain(rua.slice(rua.lastIndexOf("@") + 1));
    if (guessZone(ruaDomain) !== guessZone(domain)) {
      // RFC 7489 §7.1: reports go to another organization only if it publishes consent.
      warnings.push({
        id: "dmarc.external_report_address",
        severity: "warning",
        message: {
          ja: `レポートの送り先 ${rua} は別のドメインのため、${ruaDomain} 側で「${domain}._report._dmarc.${ruaDomain}」に「v=DMARC1」という TXT レコードが必要です（RFC 7489 §7.1）。これがないとレポートは届きません。DMARC レポートの解析サービスを使う場合は、通常サービス側で設定済みです。`,
          en: `The report address ${rua} is in another domain, so ${ruaDomain} must publish a TXT record "v=DMARC1" at ${domain}._report._dmarc.${ruaDomain} (RFC 7489 §7.1), or no reports arrive. DMARC report services usually have it in place.`,
        },
      });
    }
  }
  const rawValue = rua ? `v=DMARC1; p=none; rua=mailto:${rua}` : "v=DMARC1; p=none";
  return {
    kind: "add",
    name,
    record: makeRecord({ name, type: "TXT", rawValue, zone: input.zone ?? guessZone(domain), ttl: input.ttl, otherValues: input.otherTxt }, provider),
    existingPolicy: null,
    explanation: [TEXT.pNone, TEXT.gmail, rua ? TEXT.ruaGiven(rua) : TEXT.rua, TEXT.subdomains],
    warnings,
  };
}
