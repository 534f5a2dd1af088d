import type { DnsStatus } from "@/lib/dns/types";
import type { LocalizedText } from "@/lib/findings/types";
import type { SpfResult } from "@/lib/spf/results";

const q = (s: string) => `「${s}」`;

const RESULT_NAMES: Record<SpfResult, LocalizedText> = {
  pass: { ja: "合格 (pass)", en: "pass" },
  fail: { ja: "不合格 (fail)", en: "fail" },
  softfail: { ja: "ソフトフェイル (softfail)", en: "softfail" },
  neutral: { ja: "中立 (neutral)", en: "neutral" },
  none: { ja: "SPF なし (none)", en: "none" },
  permerror: { ja: "レコードのエラー (permerror)", en: "permerror" },
  temperror: { ja: "一時的なエラー (temperror)", en: "temperror" },
};

const DNS_STATUS_NAMES: Record<DnsStatus, LocalizedText> = {
  ok: { ja: "正常", en: "ok" },
  nxdomain: { ja: "名前が存在しない", en: "NXDOMAIN" },
  nodata: { ja: "データなし", en: "no data" },
  servfail: { ja: "DNS サーバーのエラー (SERVFAIL)", en: "SERVFAIL" },
  refused: { ja: "問い合わせの拒否 (REFUSED)", en: "REFUSED" },
  timeout: { ja: "応答なし (タイムアウト)", en: "timeout" },
  error: { ja: "通信エラー", en: "error" },
};

/** Customer-facing text of each SPF finding, Japanese first. */
export const spfMessages = {
  none: (domain: string, nxdomain: boolean): LocalizedText => ({
    ja: `${nxdomain ? `${domain} というドメインは DNS に存在しないため、` : `${domain} には`}SPF レコードが設定されていません。Gmail は SPF と DKIM のどちらにも合格しないメールを受け取らないことがあります。メールの送信に使うサービスを許可する SPF レコード(「v=spf1」で始まる TXT レコード)を追加してください。`,
    en: `${nxdomain ? `The domain ${domain} does not exist in DNS, so it has` : `${domain} has`} no SPF record. Gmail may refuse mail that passes neither SPF nor DKIM. Add an SPF record (a TXT record starting with "v=spf1") that authorizes the services you send mail with.`,
  }),
  invalidDomain: (domain: string): LocalizedText => ({
    ja: `${q(domain)} はドメイン名として正しくないため、SPF を確認できません。`,
    en: `"${domain}" is not a valid domain name, so SPF cannot be checked.`,
  }),
  multipleRecords: (domain: string, count: number): LocalizedText => ({
    ja: `${domain} に SPF レコードが ${count} 個あります。SPF レコードは 1 つしか置けず、複数あると受信側でエラー(permerror)になります。1 つのレコードにまとめてください。`,
    en: `${domain} has ${count} SPF records. Only one is allowed; with several, receivers return a permerror. Merge them into one record.`,
  }),
  syntax: (domain: string, detail: LocalizedText): LocalizedText => ({
    ja: `${domain} の SPF レコードに書き方の誤りがあります。${detail.ja} 誤りが 1 つでもあるとレコード全体が無効(permerror)になります。`,
    en: `The SPF record of ${domain} has a syntax error. ${detail.en} A single error makes the whole record fail with a permerror.`,
  }),
  lookupLimit: (count: number, domain: string, term: string): LocalizedText => ({
    ja: `SPF の確認に必要な DNS 参照が ${count} 回あり、上限の 10 回を超えています(11 回目は ${domain} の${q(term)})。上限を超えると受信側でエラー(permerror)になり、SPF 認証に失敗します。使っていない include: を削除するか、ip4:/ip6: で直接書く形にして回数を減らしてください。`,
    en: `Checking this SPF policy takes ${count} DNS lookups, over the limit of 10 (the 11th is "${term}" at ${domain}). Past the limit receivers return a permerror and SPF fails. Remove unused include: terms or list addresses with ip4:/ip6: to cut the count.`,
  }),
  lookupNearLimit: (count: number): LocalizedText => ({
    ja: `SPF の DNS 参照が ${count} 回で、上限の 10 回に近づいています。include: を追加すると上限を超えるおそれがあります。`,
    en: `The SPF policy takes ${count} DNS lookups, close to the limit of 10. Adding another include: may push it over.`,
  }),
  voidLimit: (count: number, domain: string, term: string): LocalizedText => ({
    ja: `存在しない名前やデータのない名前を参照している項目が ${count} 個あり、上限の 2 個を超えています(3 個目は ${domain} の${q(term)})。受信側でエラー(permerror)になります。不要になった項目を削除してください。`,
    en: `${count} terms look up names that do not exist or have no records, over the limit of 2 (the 3rd is "${term}" at ${domain}). Receivers return a permerror. Remove the stale terms.`,
  }),
  voidLookup: (domain: string, term: string, target: string): LocalizedText => ({
    ja: `${domain} の${q(term)}が参照している ${target} には該当する DNS レコードがありません。古い設定の可能性があります。不要なら削除してください。`,
    en: `"${term}" at ${domain} looks up ${target}, which has no matching DNS record. It may be stale; remove it if it is not needed.`,
  }),
  includeNone: (domain: string, term: string, target: string): LocalizedText => ({
    ja: `${domain} の${q(term)}が参照している ${target} に SPF レコードがありません。この状態では受信側でエラー(permerror)になります。ドメイン名の綴りと、送信サービスの設定案内を確認してください。`,
    en: `"${term}" at ${domain} includes ${target}, which has no SPF record. Receivers return a permerror. Check the spelling and the sending service's setup guide.`,
  }),
  redirectNone: (domain: string, term: string, target: string): LocalizedText => ({
    ja: `${domain} の${q(term)}の転送先 ${target} に SPF レコードがありません。この状態では受信側でエラー(permerror)になります。`,
    en: `"${term}" at ${domain} redirects to ${target}, which has no SPF record. Receivers return a permerror.`,
  }),
  loop: (domain: string, term: string, target: string): LocalizedText => ({
    ja: `${domain} の${q(term)}から参照をたどると ${target} に戻り、参照が循環しています。受信側では参照回数の上限を超えてエラー(permerror)になります。`,
    en: `Following "${term}" at ${domain} leads back to ${target}: the references form a loop. Receivers hit the lookup limit and return a permerror.`,
  }),
  allPass: (domain: string, term: string): LocalizedText => ({
    ja: `${domain} の SPF レコードに${q(term)}があり、世界中のどのサーバーから送られたメールも正当と認める設定になっています。なりすましを防げないため、「~all」か「-all」に変更してください。`,
    en: `The SPF record of ${domain} has "${term}", which authorizes every server on the Internet. It cannot stop spoofing; use "~all" or "-all" instead.`,
  }),
  includeAllPass: (domain: string, term: string, included: string): LocalizedText => ({
    ja: `${domain} が参照している ${included} の SPF レコードに${q(term)}があるため、結果としてどのサーバーから送られたメールも正当と認めてしまいます。参照先が正しいか確認してください。`,
    en: `${domain} includes ${included}, whose record has "${term}": in effect every server is authorized. Check that this include is the right one.`,
  }),
  allNeutral: (domain: string, term: string): LocalizedText => ({
    ja: `${domain} の SPF レコードの最後が${q(term)}(中立)になっています。許可していないサーバーからのメールも「どちらとも言えない」扱いになり、なりすまし対策の効果がありません。「~all」か「-all」をおすすめします。`,
    en: `The SPF record of ${domain} ends with "${term}" (neutral): mail from servers you did not authorize is treated as neither good nor bad, so it does not stop spoofing. "~all" or "-all" is recommended.`,
  }),
  ptr: (domain: string, term: string): LocalizedText => ({
    ja: `${domain} の${q(term)}(ptr)は使わないよう定められた書き方です。確認に時間がかかり、受信側によっては無視されます。ip4:/ip6: や include: に置き換えてください。`,
    en: `"${term}" at ${domain} uses the ptr mechanism, which should not be used: it is slow and some receivers ignore it. Replace it with ip4:/ip6: or include:.`,
  }),
  redirectIgnored: (domain: string, term: string): LocalizedText => ({
    ja: `${domain} の SPF レコードには「all」があるため、${q(term)}は無視されます。redirect= を使う場合は all を削除してください。`,
    en: `The SPF record of ${domain} has an "all" mechanism, so "${term}" is ignored. Remove "all" if the redirect is intended.`,
  }),
  termsAfterAll: (domain: string, term: string): LocalizedText => ({
    ja: `${domain} の SPF レコードで「all」より後ろにある${q(term)}などの項目は評価されません。all はレコードの最後に置いてください。`,
    en: `In the SPF record of ${domain}, "${term}" and any other terms after "all" are never evaluated. Put "all" last.`,
  }),
  noAll: (domain: string): LocalizedText => ({
    ja: `${domain} の SPF レコードの最後に「~all」や「-all」がありません。許可していないサーバーからのメールが「中立」扱いになり、なりすまし対策の効果が弱くなります。末尾に「~all」を追加することをおすすめします。`,
    en: `The SPF record of ${domain} does not end with "~all" or "-all". Mail from servers you did not authorize is treated as neutral, which weakens spoofing protection. Adding "~all" at the end is recommended.`,
  }),
  mxTooMany: (domain: string, term: string, target: string, count: number): LocalizedText => ({
    ja: `${domain} の${q(term)}が参照する ${target} には MX レコードが ${count} 個あり、SPF で調べられる上限の 10 個を超えています。受信側でエラー(permerror)になることがあります。`,
    en: `"${term}" at ${domain} looks at ${target}, which has ${count} MX records, over the limit of 10 that SPF checks. Receivers may return a permerror.`,
  }),
  recordTooLong: (domain: string, size: number): LocalizedText => ({
    ja: `${domain} の TXT レコードが長く(合計 ${size} 文字)、DNS の応答が 1 つの UDP パケットに収まらないおそれがあります。一部の受信サーバーで確認に失敗することがあります。include: を使うなどしてレコードを短くしてください。`,
    en: `The TXT records of ${domain} are long (${size} characters in all), so the DNS answer may not fit one UDP packet and some receivers may fail to check it. Shorten the record, for example with include:.`,
  }),
  dnsError: (name: string, status: DnsStatus): LocalizedText => ({
    ja: `${name} の DNS 問い合わせが一時的に失敗しました(${DNS_STATUS_NAMES[status].ja})。受信側でも同じことが起きると、メールの受け取りが保留(temperror)されます。時間をおいて再確認し、続く場合は DNS サーバーの設定を確認してください。`,
    en: `The DNS lookup of ${name} failed temporarily (${DNS_STATUS_NAMES[status].en}). If receivers see the same, they defer the mail (temperror). Check again later; if it persists, check the DNS servers.`,
  }),
  notAuthorized: (ip: string, domain: string, result: SpfResult): LocalizedText => {
    const r = RESULT_NAMES[result];
    if (result === "permerror") {
      return {
        ja: `${domain} の SPF レコードにエラーがあるため、IP アドレス ${ip} を含め、どのサーバーから送ったメールも SPF 認証に合格しません(結果: ${r.ja})。ほかの指摘を先に直してください。`,
        en: `Because the SPF policy of ${domain} has an error, mail from ${ip}, like from any server, does not pass SPF (result: ${r.en}). Fix the other findings first.`,
      };
    }
    if (result === "temperror") {
      return {
        ja: `DNS の一時的なエラーのため、IP アドレス ${ip} の SPF 確認を完了できませんでした(結果: ${r.ja})。受信側ではメールの受け取りが保留されます。`,
        en: `A temporary DNS error kept the SPF check of ${ip} from completing (result: ${r.en}). Receivers defer such mail.`,
      };
    }
    if (result === "none") {
      return {
        ja: `${domain} に SPF レコードがないため、IP アドレス ${ip} から送ったメールは SPF 認証に合格しません(結果: ${r.ja})。`,
        en: `${domain} has no SPF policy, so mail from ${ip} does not pass SPF (result: ${r.en}).`,
      };
    }
    return {
      ja: `IP アドレス ${ip} は ${domain} の SPF で許可されていません(結果: ${r.ja})。このサーバーから送ったメールは SPF 認証に合格しません。送信に使うサービスの include: か ip4:/ip6: を SPF レコードに追加してください。`,
      en: `The IP address ${ip} is not authorized by the SPF policy of ${domain} (result: ${r.en}). Mail sent from it does not pass SPF. Add the sending service's include: or its ip4:/ip6: ranges to the record.`,
    };
  },
  analysisTruncated: (limit: number): LocalizedText => ({
    ja: `参照先の SPF レコードが多すぎるため、${limit} 件を超えた分の確認は省略しました。`,
    en: `The policy references too many records; records beyond ${limit} were not checked.`,
  }),
} as const;
