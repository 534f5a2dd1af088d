import type { z } from "zod";
import type { LocalizedText } from "@/lib/findings/types";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Messages of the shared input schemas. Schemas carry only the key, so the same schema gives a
 * Japanese error in a Japanese form, an English one in an English form, and either from the API.
 */
export const SCHEMA_MESSAGES = {
  "domain.required": { ja: "ドメイン名を入力してください。", en: "Please enter a domain name." },
  "domain.invalid": {
    ja: "ドメイン名として読み取れません。example.jp のように入力してください（メールアドレスや URL でも構いません）。",
    en: "This does not read as a domain name. Enter it like example.jp (an e-mail address or a URL works too).",
  },
  "domain.ip": {
    ja: "IP アドレスではなく、ドメイン名（example.jp など）を入力してください。",
    en: "Enter a domain name (such as example.jp), not an IP address.",
  },
  "domain.single_label": {
    ja: "ドメイン名は example.jp のようにドット（.）を含む形で入力してください。",
    en: "A domain name has at least one dot, like example.jp.",
  },
  "domain.too_long": {
    ja: "ドメイン名が長すぎます（253 文字まで、ドットで区切った各部分は 63 文字まで）。",
    en: "The domain name is too long (253 characters at most, 63 per dot-separated part).",
  },
  "host.invalid": {
    ja: "サーバーのホスト名として読み取れません。www1234.example.ne.jp のように入力してください。",
    en: "This does not read as a server host name. Enter it like www1234.example.ne.jp.",
  },
  "ip.invalid": {
    ja: "IP アドレスとして読み取れません。203.0.113.25 や 2001:db8::25 のように入力してください。",
    en: "This does not read as an IP address. Enter it like 203.0.113.25 or 2001:db8::25.",
  },
  "email.invalid": {
    ja: "メールアドレスとして読み取れません。taro@example.jp のように入力してください。",
    en: "This does not read as an e-mail address. Enter it like taro@example.jp.",
  },
  "selector.invalid": {
    ja: "DKIM セレクタは英数字・ハイフン・ドットだけで入力してください（例: default、rs20260401）。",
    en: "A DKIM selector uses only letters, digits, hyphens and dots (for example default or rs20260401).",
  },
  "scenario.invalid": {
    ja: "メールの経路（直接送信・転送・メーリングリスト）を選んでください。",
    en: "Choose how the mail went (sent directly, forwarded, or a mailing list).",
  },
  "field.too_long": { ja: "入力が長すぎます。", en: "The entry is too long." },
  "input.invalid": { ja: "入力内容を確認してください。", en: "Please check what you entered." },
} as const satisfies Record<string, LocalizedText>;

export type SchemaMessageKey = keyof typeof SCHEMA_MESSAGES;

export function isSchemaMessageKey(value: string): value is SchemaMessageKey {
  return Object.hasOwn(SCHEMA_MESSAGES, value);
}

/** The localized text of a schema issue message (a key), or a generic sentence for anything else. */
export function schemaMessage(key: string | undefined, locale: Locale): string {
  return SCHEMA_MESSAGES[key !== undefined && isSchemaMessageKey(key) ? key : "input.invalid"][locale];
}

/** Field path → localized message, first issue per field, for `{ error: { fields } }`. */
export function localizeIssues(error: z.ZodError, locale: Locale): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_";
    fields[path] ??= schemaMessage(issue.message, locale);
  }
  return fields;
}
