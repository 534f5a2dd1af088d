import type { BounceCategory } from "@/lib/bounce";
import type { DkimCheck, DmarcCheck, PtrCheck } from "@/lib/checks";
import type { LocalizedText } from "@/lib/findings/types";
import { planDkimSteps, dkimPanelRows } from "@/lib/fix/dkim-fix";
import { planDmarcRecord } from "@/lib/fix/dmarc-fix";
import type { DnsProvider } from "@/lib/fix/dns-provider-types";
import type { HostingProfile } from "@/lib/fix/hosting-profile-schema";
import { isServerHost } from "@/lib/fix/profile-terms";
import { ACTION_IDS } from "@/lib/wizard/actions";
import { openPanelStep, SAVE_AND_RECHECK, toActionRecord } from "@/lib/wizard/action-records";
import type { DiagnosisAction } from "@/lib/wizard/types";

const link = (l: { title: LocalizedText; url: string } | null | undefined) => (l ? [{ title: l.title, url: l.url }] : []);

/** DKIM: when no usable key was found (or no selector was known), how to turn signing on at the host. */
export function dkimAction(domain: string, dkim: DkimCheck, profile: HostingProfile, provider: DnsProvider, category: BounceCategory | null, zone?: string): DiagnosisAction | null {
  // A key that can verify signatures: found, readable, not revoked or too short.
  const usable = dkim.selectors.find((s) => s.keyType !== null && s.status !== "error");
  if (usable) return null;
  if (dkim.status === "unknown") return null;
  const plan = planDkimSteps({ domain, profile, provider, selectorFound: null, zone });
  if (plan.kind === "none") return null;
  const skipped = dkim.status === "skipped";
  return {
    id: "dkim.enable",
    severity: category === "dkim_fail" ? "error" : ACTION_IDS["dkim.enable"].severity,
    title: { ja: "DKIM 署名を有効にする", en: "Turn on DKIM signing" },
    summary: skipped
      ? {
          ja: "DKIM（メールの電子署名）を確認するためのセレクタが分からないため、設定済みかどうかを確認できませんでした。まだ設定していない場合は、次の手順で有効にしてください。SPF に加えて DKIM があると、転送されたメールも届きやすくなります。",
          en: "Without a selector we could not tell whether DKIM (the mail's digital signature) is set up. If you haven't turned it on yet, do it as follows. With DKIM as well as SPF, even forwarded mail is more likely to arrive.",
        }
      : {
          ja: "DKIM（メールの電子署名）の公開鍵が見つからないか、使えない状態です。次の手順で有効にしてください。",
          en: "The DKIM (digital signature) key is missing or unusable. Turn it on as follows.",
        },
    steps: plan.steps,
    records: [],
    templates: plan.record
      ? [{ name: plan.record.nameExample, panel: { ja: dkimPanelRows(plan.record, provider, "ja"), en: dkimPanelRows(plan.record, provider, "en") } }]
      : [],
    warnings: [],
    links: link(plan.help),
  };
}

/** DMARC: a starting p=none record when the domain (and its organizational domain) has none. */
export function dmarcAction(domain: string, dmarc: DmarcCheck, provider: DnsProvider, profile: HostingProfile, category: BounceCategory | null, zone?: string): DiagnosisAction | null {
  if (dmarc.status === "unknown" || dmarc.record !== null || dmarc.records.length > 0) return null;
  const plan = planDmarcRecord({ domain, existing: null, provider, zone });
  if (plan.kind !== "add" || !plan.record) return null;
  return {
    id: "dmarc.add_record",
    severity: category === "dmarc_missing" ? "error" : ACTION_IDS["dmarc.add_record"].severity,
    title: { ja: "DMARC レコードを追加する", en: "Add a DMARC record" },
    summary: {
      ja: `${domain} には DMARC レコードがありません。まずは動作を変えない「p=none」で追加することをおすすめします。`,
      en: `${domain} has no DMARC record. We recommend adding one with “p=none”, which changes nothing about delivery, to start with.`,
    },
    steps: [openPanelStep(provider), { ja: "TXT レコードを新しく追加し、下の各欄の値をそのまま入力します。", en: "Add a new TXT record and enter the values below exactly as shown." }, ...plan.explanation, SAVE_AND_RECHECK],
    records: [toActionRecord(plan.record, provider, "set")],
    warnings: plan.warnings,
    links: link(profile.dmarc.help),
  };
}

/** PTR: the reverse DNS of the sending IP is missing or does not point back; only the IP's owner can fix it. */
export function ptrAction(ptr: PtrCheck, serverHost: string | null, profile: HostingProfile, category: BounceCategory | null): DiagnosisAction | null {
  if (ptr.status !== "error" || !ptr.ip) return null;
  const hostServer = serverHost !== null && isServerHost(profile, serverHost);
  const who = hostServer ? profile.name : { ja: "サーバー（IP アドレス）の管理者", en: "the administrator of the server (IP address)" };
  return {
    id: "ptr.ask_host",
    severity: category === "ptr" ? "error" : ACTION_IDS["ptr.ask_host"].severity,
    title: { ja: "逆引き（PTR）の設定を依頼する", en: "Ask for reverse DNS (PTR) to be set" },
    summary: {
      ja: `送信元の IP アドレス ${ptr.ip} の逆引き（PTR）が設定されていないか、正引きと一致していません。Gmail はこの状態のサーバーからのメールを拒否することがあります。`,
      en: `The sending IP address ${ptr.ip} has no reverse DNS (PTR), or it does not point back to the same address. Gmail may refuse mail from such a server.`,
    },
    steps: [
      {
        ja: `逆引きは IP アドレスの持ち主が設定するもので、ドメインの DNS では直せません。${who.ja}に、この診断結果（IP アドレス ${ptr.ip}）を添えて、逆引きの設定を依頼してください。`,
        en: `Reverse DNS is set by whoever owns the IP address; your domain's DNS cannot fix it. Ask ${who.en} to set it, quoting this result (IP address ${ptr.ip}).`,
      },
      {
        ja: "逆引きの名前（ホスト名）は、その名前を正引きしたときに同じ IP アドレスになる必要があります。",
        en: "The reverse name (host name) must resolve back to the same IP address.",
      },
    ],
    records: [],
    warnings: [],
    links: [],
  };
}

/** The domain's DNS does not let the customer add records (e.g. Lolipop's standard nameservers). */
export function switchProviderAction(domain: string, provider: DnsProvider): DiagnosisAction | null {
  if (provider.editable !== "limited") return null;
  return {
    id: "dns.switch_provider",
    severity: ACTION_IDS["dns.switch_provider"].severity,
    title: { ja: "レコードを追加できる DNS に切り替える", en: "Move DNS to a service where you can add records" },
    summary: {
      ja: `${domain} は ${provider.name.ja} のネームサーバーを使っており、TXT レコードを自由に追加できない可能性があります。`,
      en: `${domain} uses ${provider.name.en}'s nameservers, which may not let you add TXT records freely.`,
    },
    steps: [...provider.warnings.map((w) => w.message), { ja: "切り替えた後で、このページの手順どおりにレコードを追加してください。", en: "After switching, add the records as this page shows." }],
    records: [],
    warnings: [],
    links: link(provider.help),
  };
}
