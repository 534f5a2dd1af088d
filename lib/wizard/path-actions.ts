import { BOUNCE_CATEGORIES, type BounceCategory } from "@/lib/bounce";
import type { LocalizedText } from "@/lib/findings/types";
import type { HostingProfile } from "@/lib/fix/hosting-profile-schema";
import { ACTION_IDS } from "@/lib/wizard/actions";
import type { ListMemberAnswer } from "@/lib/wizard/tree";
import type { DiagnosisAction, SpfCheck } from "@/lib/wizard/types";

/** Fresh empty lists per action (actions are plain data that callers may extend). */
const base = () => ({ records: [], warnings: [], links: [] });

function helpLinks(profile: HostingProfile, ...ids: string[]) {
  return profile.helpLinks.filter((l) => ids.includes(l.id)).map(({ title, url }) => ({ title, url }));
}

/**
 * Forwarding: Gmail checks the original sender's SPF against the forwarding server, which that
 * sender never listed, so DNS on the customer's side cannot make forwarded mail pass. Say so,
 * and give the options that work.
 */
export function forwardAction(domain: string, originalDomain: string | null, originalSpf: SpfCheck | null, ip: string | null, profile: HostingProfile): DiagnosisAction {
  const sender = originalDomain ?? { ja: "元の送信者のドメイン", en: "the original sender's domain" };
  const senderJa = typeof sender === "string" ? sender : sender.ja;
  const senderEn = typeof sender === "string" ? sender : sender.en;
  const steps: LocalizedText[] = [
    {
      ja: `Gmail は転送されたメールについて、転送元の ${domain} ではなく、最初に送った人のドメイン（${senderJa}）の SPF を、転送したサーバー${ip ? `（${ip}）` : ""}と照らし合わせます。そのドメインはあなたのサーバーを許可していないため、SPF に失敗します。`,
      en: `For forwarded mail Gmail checks the SPF of the original sender's domain (${senderEn}), not ${domain}, against the forwarding server${ip ? ` (${ip})` : ""}. That domain does not list your server, so SPF fails.`,
    },
    {
      ja: "エラーメールは転送を設定したあなたではなく、最初の送信者に届きます。送信者から「エラーになった」と連絡が来るのはこのためです。",
      en: "The error mail goes to the original sender, not to you who set up forwarding; that is why senders tell you their mail bounced.",
    },
    {
      ja: "おすすめ: 転送をやめ、Gmail アプリや普段のメールソフトに、このメールボックスを IMAP で追加して直接受信してください。届かない問題がなくなり、迷惑メールの判定も正しくなります。",
      en: "Recommended: stop forwarding and add this mailbox to the Gmail app or your mail client over IMAP, reading it directly. Nothing bounces any more and spam filtering works properly.",
    },
    {
      ja: "Gmail のパソコン版の「他のアカウントのメールを確認」（POP での取り込み）は 2026 年中に廃止されるため、新しく使い始めるのはおすすめしません。",
      en: "Gmail on the web's “Check mail from other accounts” (POP fetching) is being withdrawn during 2026, so don't start relying on it.",
    },
    profile.srs.note,
  ];
  if (originalSpf?.result) {
    steps.push({
      ja: `確認結果: ${originalSpf.domain} の SPF は、このサーバーからの転送に対して「${originalSpf.result}」になります。`,
      en: `What we checked: ${originalSpf.domain}'s SPF gives “${originalSpf.result}” for mail forwarded by this server.`,
    });
  }
  steps.push({
    ja: `あなたのドメイン ${domain} の SPF も、サーバーを許可している必要があります（下の SPF の項目をご確認ください）。`,
    en: `Your own domain ${domain} still needs an SPF record that allows the server (see the SPF items below).`,
  });
  return {
    id: "forward.explain",
    severity: "error",
    title: { ja: "Gmail への転送は DNS の設定だけでは確実に届きません", en: "DNS alone cannot make forwarding to Gmail reliable" },
    summary: {
      ja: "転送されたメールは、最初の送信者のドメインの SPF で確認されるため、受け取り方を変えるのが確実です。",
      en: "Forwarded mail is checked against the original sender's SPF, so changing how you receive the mail is the reliable fix.",
    },
    steps,
    ...base(),
    links: helpLinks(profile, "forward-to-gmail"),
  };
}

/** The failing address is not (or may not be) a member: a member's mailbox forwards to Gmail. */
export function listForwarderAction(member: ListMemberAnswer | null): DiagnosisAction | null {
  if (member !== "no" && member !== "unknown") return null;
  return {
    id: "list.contact_forwarder",
    severity: member === "no" ? "error" : ACTION_IDS["list.contact_forwarder"].severity,
    title: { ja: "Gmail へ転送しているメンバーに連絡する", en: "Contact the member who forwards to Gmail" },
    summary: {
      ja: "届かなかったアドレスがメンバーでない場合、メンバーのどなたかのメールボックスから Gmail へ転送されています。",
      en: "If the failing address is not a member, one member's mailbox forwards to Gmail.",
    },
    steps: [
      {
        ja: "転送先で失敗したメールのエラーは、最初の送信者（メーリングリストの場合は管理者アドレス）に届くため、リストの管理者にエラーメールが届きます。",
        en: "When a forward fails, the error goes back to the original sender; for a list that is its admin address, which is why the list receives the error.",
      },
      {
        ja: "エラーメールに書かれた Gmail アドレスから、転送しているメンバーを探し、そのメンバー（またはそのメールサーバーの管理者）に転送設定の見直しを依頼してください。リスト側の DNS を変えても解決しません。",
        en: "Find the member behind the Gmail address in the error mail and ask them (or their mail server's administrator) to change the forwarding. Changing the list's DNS won't solve it.",
      },
    ],
    ...base(),
  };
}

/** Lists that keep the poster's From fail DMARC for posters whose domains publish quarantine/reject. */
export function listDmarcAction(member: ListMemberAnswer | null, category: BounceCategory | null): DiagnosisAction | null {
  if (member === "no") return null;
  const hit = category === "dmarc_policy" || category === "alignment";
  return {
    id: "list.dmarc_from",
    severity: hit ? "warning" : ACTION_IDS["list.dmarc_from"].severity,
    title: { ja: "投稿者のドメインの DMARC に注意する", en: "Mind the posters' DMARC policies" },
    summary: {
      ja: "メーリングリストが差出人（From）を投稿者のまま配信すると、投稿者のドメインが DMARC で厳しい設定（quarantine / reject）をしている場合、Gmail に拒否されることがあります。",
      en: "When a list delivers with the poster's own From, posts from domains with a strict DMARC policy (quarantine / reject) can be refused by Gmail.",
    },
    steps: [
      {
        ja: "エラーメールに「DMARC」と書かれている場合は、投稿者のドメインの DMARC ポリシーが原因です。リストの DNS では直せません。",
        en: "If the error mail mentions DMARC, the poster's domain policy is the cause; the list's DNS cannot fix it.",
      },
      {
        ja: "差出人を書き換える（From をリストのアドレスにする）機能のあるメーリングリストを使うか、投稿者に DMARC の厳しくないアドレスから投稿してもらってください。",
        en: "Use list software that rewrites the From to the list's address, or ask posters to post from an address whose domain has a lenient DMARC policy.",
      },
    ],
    ...base(),
  };
}

const RECIPIENT_CATEGORIES: ReadonlySet<BounceCategory> = new Set(["recipient_unknown", "recipient_inactive", "mailbox_full", "recipient_rate"]);
const NOT_DNS_CATEGORIES: ReadonlySet<BounceCategory> = new Set(["reputation", "rate_limit", "message_format", "tls", "relay_denied", "policy", "other"]);

/** Refusals about the recipient or the message itself: explain them, since no DNS change helps. */
export function bounceCategoryAction(category: BounceCategory | null): DiagnosisAction | null {
  if (category === null) return null;
  const { title, explanation } = BOUNCE_CATEGORIES[category];
  if (RECIPIENT_CATEGORIES.has(category)) {
    return {
      id: "recipient.check_address",
      severity: ACTION_IDS["recipient.check_address"].severity,
      title: { ja: "宛先のアドレスを確認する", en: "Check the recipient's address" },
      summary: title,
      steps: [
        explanation,
        {
          ja: "この原因は DNS の設定では直りません。宛先のアドレスに誤字がないか確認し、必要なら相手に別の連絡方法で確認してください。",
          en: "No DNS change fixes this. Check the address for typos and, if needed, confirm it with the recipient another way.",
        },
      ],
      ...base(),
    };
  }
  if (NOT_DNS_CATEGORIES.has(category)) {
    return {
      id: "mail.not_dns",
      severity: ACTION_IDS["mail.not_dns"].severity,
      title: { ja: "DNS 以外の原因で拒否されています", en: "Refused for a reason other than DNS" },
      summary: title,
      steps: [explanation],
      ...base(),
    };
  }
  return null;
}

/** After any DNS change: caches keep the old answer for a while; "check again" tells saved from live. */
export function waitAction(profile: HostingProfile): DiagnosisAction {
  return {
    id: "wait.propagation",
    severity: ACTION_IDS["wait.propagation"].severity,
    title: { ja: "変更が反映されるのを待つ", en: "Wait for the change to take effect" },
    summary: {
      ja: "DNS を変更しても、しばらくは古い内容が使われることがあります。",
      en: "After a DNS change, the old answer can still be used for a while.",
    },
    steps: [
      {
        ja: "DNS の答えは各地のサーバーに一定時間（TTL）保存されるため、変更が Gmail に届くまで時間がかかります。「もう一度確認する」を押すと、お使いの DNS サーバーに直接問い合わせて、保存されたかどうかと、あと何分ほどで反映されるかをお知らせします。",
        en: "DNS answers are kept by servers everywhere for a set time (the TTL), so Gmail sees a change only after a while. “Check again” asks your DNS servers directly and tells you whether the change is saved and about how many minutes until it is seen.",
      },
      {
        ja: `${profile.name.ja} では、反映に最大 ${profile.propagation.hours} 時間ほどかかる場合があるとしています。反映後に、もう一度メールを送ってお試しください。`,
        en: `${profile.name.en} says a change can take up to about ${profile.propagation.hours} hours. Once it is in effect, send the mail again.`,
      },
    ],
    ...base(),
  };
}
