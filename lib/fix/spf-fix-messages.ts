import type { LocalizedText } from "@/lib/findings/types";
import type { Removal } from "@/lib/fix/spf-merge";

/** Customer-facing wording of the SPF fix, Japanese first (polite, for non-specialists). */

const q = (s: string) => `「${s}」`;
const listJa = (items: readonly string[]) => items.map(q).join("");
const listEn = (items: readonly string[]) => items.map((s) => `"${s}"`).join(", ");

export function removalMessage(removal: Removal, initialExplanation: LocalizedText | null): LocalizedText {
  const { term, replacedBy } = removal;
  switch (removal.reason) {
    case "syntax": {
      const why = removal.errors?.[0]?.message ?? { ja: "書き方の誤り", en: "a syntax error" };
      return {
        ja: `${q(term)} は書き方に誤りがあるため削除しました。${why.ja} 誤りが 1 か所でもあると、SPF レコード全体がエラー（permerror）として扱われます。`,
        en: `Removed "${term}": ${why.en} One error makes receivers treat the whole SPF record as an error (permerror).`,
      };
    }
    case "duplicate":
      return {
        ja: `${q(term)} は同じ内容がすでにあるため、重複を削除しました。`,
        en: `Removed "${term}": the same term is already in the record.`,
      };
    case "duplicate_modifier":
      return {
        ja: `${q(term)} は同じ種類の指定がすでにあるため削除しました（exp= は 1 つしか書けません）。`,
        en: `Removed "${term}": a record can have only one exp= (RFC 7208 §6).`,
      };
    case "second_all":
      return {
        ja: `${q(term)} は 2 つ目の「all」のため削除しました。all はレコードの最後に 1 つだけ書きます。`,
        en: `Removed "${term}": it is a second "all"; a record ends with exactly one.`,
      };
    case "initial_domain":
      return replacedBy
        ? {
            ja: `${q(term)} は初期ドメインを指しているため、送信サーバーのホスト名を使った ${q(replacedBy)} に置き換えました。${initialExplanation?.ja ?? ""}`,
            en: `Replaced "${term}" with "${replacedBy}": it names the initial domain, not the sending server's host name. ${initialExplanation?.en ?? ""}`.trim(),
          }
        : {
            ja: `${q(term)} は初期ドメインを指しており、送信サーバーのホスト名がすでに書かれているため削除しました。${initialExplanation?.ja ?? ""}`,
            en: `Removed "${term}": it names the initial domain, and the sending server's host name is already listed. ${initialExplanation?.en ?? ""}`.trim(),
          };
    case "weak_qualifier":
      return {
        ja: `${q(term)} は送信サーバーを名指ししていますが、先頭の記号（${term[0]}）のため「許可」になっていません。${q(replacedBy ?? "")} に直しました。`,
        en: `Changed "${term}" to "${replacedBy ?? ""}": its leading "${term[0]}" named the sending server without authorizing it.`,
      };
    case "all_replaced":
      return term.startsWith("?")
        ? {
            ja: `${q(term)} を ${q(replacedBy ?? "")} に置き換えました。「?all」は書かれていないサーバーからのメールについて判断しない指定のため、なりすましを防げません。`,
            en: `Replaced "${term}" with "${replacedBy ?? ""}": "?all" says nothing about servers not listed, so it does not stop spoofing.`,
          }
        : {
            ja: `${q(term)} を ${q(replacedBy ?? "")} に置き換えました。「+all」はどのサーバーからの送信も許可してしまうため、なりすましメールも SPF に合格してしまいます。`,
            en: `Replaced "${term}" with "${replacedBy ?? ""}": "+all" authorizes every server in the world, so spoofed mail passes SPF too.`,
          };
    case "redirect_to_include":
      return replacedBy
        ? {
            ja: `レコードを 1 つにまとめると ${q(term)} は「all」と一緒になって無視されてしまうため、同じドメインを参照する ${q(replacedBy)} に置き換えました。`,
            en: `Replaced "${term}" with "${replacedBy}": in the merged record it would sit next to "all" and be ignored (RFC 7208 §6.1); the include keeps that domain's servers authorized.`,
          }
        : {
            ja: `レコードを 1 つにまとめると ${q(term)} は無視されてしまい、同じドメインの include がすでにあるため削除しました。`,
            en: `Removed "${term}": in the merged record it would be ignored, and an include of the same domain is already there.`,
          };
  }
}

export const spfFixMessages = {
  summaryAdd: (domain: string): LocalizedText => ({
    ja: `${domain} には SPF レコードがありません。次の TXT レコードを追加してください。`,
    en: `${domain} has no SPF record. Add the following TXT record.`,
  }),
  summaryUpdate: (domain: string): LocalizedText => ({
    ja: `${domain} の今の SPF レコードを、次の値に書き換えてください。新しいレコードを追加するのではなく、今のレコードを編集します。`,
    en: `Change ${domain}'s current SPF record to the following value: edit the existing record rather than adding a new one.`,
  }),
  summaryMerge: (domain: string, count: number): LocalizedText => ({
    ja: `${domain} には SPF レコードが ${count} 個あり、受信側でエラー（permerror）になっています。1 つにまとめた次の値に 1 つを書き換え、残りは削除してください。`,
    en: `${domain} has ${count} SPF records, which receivers treat as an error (permerror). Change one of them to the merged value below and delete the others.`,
  }),
  summaryNone: (domain: string): LocalizedText => ({
    ja: `${domain} の SPF レコードは変更の必要がありません。`,
    en: `${domain}'s SPF record needs no change.`,
  }),
  currentUnknown: (domain: string): LocalizedText => ({
    ja: `${domain} の今の SPF レコードを DNS から読み取れませんでした。追加する前に、管理画面に「v=spf1」で始まる TXT レコードがすでにないかご確認ください。ある場合は新しく追加せず、そのレコードに下の項目を書き足してください。`,
    en: `${domain}'s current SPF record could not be read from DNS. Before adding this one, check your panel for a TXT record starting with "v=spf1"; if there is one, add the terms below to it instead of creating a second record.`,
  }),
  mergeDelete: (count: number, records: readonly string[]): LocalizedText => ({
    ja: `SPF レコードは 1 つしか置けません（RFC 7208 §3.2）。まとめた値で 1 つを書き換えたあと、次の ${count} 個の SPF レコードを削除してください: ${listJa(records)}`,
    en: `A domain can have only one SPF record (RFC 7208 §3.2). After changing one to the merged value, delete these ${count} SPF record(s): ${listEn(records)}`,
  }),
  editExisting: {
    ja: "「v=spf1」で始まる TXT レコードを新しく追加すると SPF レコードが 2 つになり、エラーになります。必ず今のレコードを編集してください。",
    en: "Adding another TXT record starting with \"v=spf1\" would give the domain two SPF records, which is an error. Edit the existing record.",
  },
  recordSetReplace: {
    ja: "このサービスでは同じ名前の TXT がまとめて 1 つのレコードセットになっています。レコードセットを編集し、古い「v=spf1」の行を下の値に置き換えてください（ほかの TXT の行は残します）。",
    en: "This service keeps a name's TXT values in one record set: edit the set and replace the old \"v=spf1\" line with the value below (keep the other lines).",
  },
  syntaxFixed: (terms: readonly string[]): LocalizedText => ({
    ja: `今の SPF レコードには書き方の誤りがあり、レコード全体がエラーになっていました。誤りのある項目 ${listJa(terms)} を除いて作り直しました。`,
    en: `The current SPF record has syntax errors, which make the whole record fail. It was rebuilt without ${listEn(terms)}.`,
  }),
  lookupsOver: (count: number, exact: boolean, before: number | null): LocalizedText => ({
    ja: `この SPF レコードは DNS の参照回数が ${count} 回${exact ? "" : "以上"}になり、上限の 10 回を超えます${before !== null && before <= 10 ? "（追加する項目によって上限を超えます）" : ""}。上限を超えると受信側で SPF がエラー（permerror）になります。使っていないサービスの include を削除してください。なお、ホスト名（a:…）を IP アドレス（ip4:…）に置き換えることはおすすめしません。サーバーの IP アドレスが変わると、メールが届かなくなります。`,
    en: `This SPF record needs ${exact ? "" : "at least "}${count} DNS lookups, over the limit of 10 (RFC 7208 §4.6.4)${before !== null && before <= 10 ? "; the added terms push it over" : ""}. Over the limit, receivers return a permerror. Remove includes of services you no longer use. Do not replace a host name (a:…) with IP addresses (ip4:…): when the server's address changes, mail stops passing.`,
  }),
  lookupsNear: (count: number, exact: boolean): LocalizedText => ({
    ja: `DNS の参照回数が ${count} 回${exact ? "" : "以上"}で、上限の 10 回に近づいています。今後 include を追加すると上限を超えるおそれがあります。`,
    en: `The record needs ${exact ? "" : "at least "}${count} DNS lookups, close to the limit of 10. Another include may push it over.`,
  }),
  lookupsInexact: (terms: readonly string[]): LocalizedText => ({
    ja: `${listJa(terms)} の参照先の回数が分からないため、DNS の参照回数は少なめに数えています。`,
    en: `The lookups of ${listEn(terms)} and what they include are not known, so the lookup count is a lower bound.`,
  }),
  allPass: (term: string, recommended: string): LocalizedText => ({
    ja: `今の SPF レコードは ${q(term)} で終わっていて、どのサーバーからの送信も許可しています。なりすましメールも SPF に合格してしまうため、${q(recommended)} に変えることをおすすめします。`,
    en: `The record ends in "${term}", which authorizes every server, so spoofed mail passes SPF too. We recommend "${recommended}".`,
  }),
  allNeutral: (term: string, recommended: string): LocalizedText => ({
    ja: `今の SPF レコードは ${q(term)} で終わっています。書かれていないサーバーからのメールについて判断しない指定のため、なりすましを防ぐ効果がありません。${q(recommended)} に変えることもできます（今のままでも、許可したサーバーからのメールは SPF に合格します）。`,
    en: `The record ends in "${term}", which says nothing about servers not listed, so it does not stop spoofing. You can change it to "${recommended}" (either way, mail from the authorized servers passes).`,
  }),
  allFailKept: (term: string): LocalizedText => ({
    ja: `${q(term)} はそのまま残しました。~all より厳しい指定で、このレコードに書かれていないサーバーから送ったメールは受信を拒否されることがあります。メールを送るサービスがすべて書かれているかご確認ください。`,
    en: `Kept "${term}". It is stricter than ~all: mail from any server not listed may be refused, so make sure every service you send with is listed.`,
  }),
  allAdded: (term: string): LocalizedText => ({
    ja: `レコードに「all」がなかったため、最後に ${q(term)} を追加しました（書かれていないサーバーからのメールを「疑わしい」と扱う指定です）。`,
    en: `The record had no "all", so "${term}" was added at the end (mail from servers not listed is treated as suspicious).`,
  }),
  allMoved: (terms: readonly string[]): LocalizedText => ({
    ja: `「all」の後ろに書かれていた ${listJa(terms)} は、これまで評価されていませんでした。all を最後に移したため、これらも有効になります。不要なものがあれば削除してください。`,
    en: `${listEn(terms)} came after "all" and were never evaluated. "all" now comes last, so they take effect; remove any you do not need.`,
  }),
  redirectKept: (redirect: string): LocalizedText => ({
    ja: `このレコードは ${q(redirect)} でほかのドメインの SPF を使っています。追加する項目はその前に入れ、redirect はそのまま残しました（all を追加すると redirect が無視されるため、追加していません）。`,
    en: `The record hands over to another domain's SPF with "${redirect}". The new terms go before it and it stays; no "all" was added, since that would make the redirect ignored (RFC 7208 §6.1).`,
  }),
  redirectIgnored: (redirect: string, all: string): LocalizedText => ({
    ja: `このレコードには ${q(all)} と ${q(redirect)} の両方があり、redirect は無視されています。動作が変わらないよう、そのまま残しました。参照先のドメインの SPF も使いたい場合は、redirect の代わりに include を all の前に書いてください。`,
    en: `The record has both "${all}" and "${redirect}", so the redirect is ignored (RFC 7208 §6.1). It was left as is so nothing changes; to use that domain's SPF, put an include before "all" instead.`,
  }),
  initialDomainKept: (term: string, explanation: LocalizedText | null, example: string): LocalizedText => ({
    ja: `${q(term)} は初期ドメインを指しています。${explanation?.ja ?? ""}送信サーバーのホスト名（例: ${example}）を書いてください。`,
    en: `"${term}" names the initial domain. ${explanation?.en ?? ""} Name the sending server's host name instead (e.g. ${example}).`,
  }),
  invalidAuthorize: (term: string): LocalizedText => ({
    ja: `${q(term)} は SPF の項目として正しくないため、追加しませんでした。`,
    en: `"${term}" is not a valid SPF mechanism, so it was not added.`,
  }),
  recordLong: (bytes: number): LocalizedText => ({
    ja: `できあがった SPF レコードは ${bytes} バイトあります。DNS の応答が大きくなりすぎないよう、450 バイト未満に収めることが推奨されています（RFC 7208 §3.4）。不要な項目を減らすことをご検討ください。`,
    en: `The resulting record is ${bytes} bytes. RFC 7208 §3.4 recommends keeping it under 450 so DNS answers stay small; consider removing terms you do not need.`,
  }),
};
