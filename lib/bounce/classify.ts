import type { BounceCategory } from "@/lib/bounce/categories";

/**
 * Sorting one failure into a category. The receiver's words decide first, in a fixed order
 * (authentication before PTR before reputation …, because e.g. Gmail's PTR and reputation
 * replies also say "rate limited"); the enhanced status code (RFC 3463, with the X.7.2x
 * authentication codes of RFC 7372 and Gmail's own X.7.2x–X.7.40 from
 * `../shared/reference/gmail-smtp-errors.md`) decides when the words match nothing.
 */
export interface ClassifyInput {
  status: string | null;
  replyCode: string | null;
  /** The remote reply's text. */
  reply: string | null;
  /** The notice around it, used when the reply alone matches nothing. */
  notice: string | null;
  /** Google refused the mail: Gmail's meaning of X.7.23–X.7.40 applies. */
  gmail: boolean;
}

interface TextRule {
  category: BounceCategory;
  pattern: RegExp;
}

const TEXT_RULES: readonly TextRule[] = [
  { category: "auth_dns_temporary", pattern: /temporary dns failures? prevents? authentication|dns (?:temporary )?failure[^.]{0,60}authenticat/ },
  { category: "dmarc_missing", pattern: /(?:doesn't|does not|don't) have a dmarc record|dmarc record (?:doesn't|does not|don.t) specify|add a dmarc record/ },
  { category: "alignment", pattern: /(?:isn't|is not|not) aligned with|alignment (?:check )?fail/ },
  { category: "spf_suspicious", pattern: /suspicious entries|spf record of the sending domain has|spf (?:record )?(?:permerror|syntax error|has errors)|too many (?:dns )?lookups/ },
  {
    category: "dmarc_policy",
    pattern: /dmarc policy|dmarc initiative|dmarcrejection|answer\/2451690|dmarc verification|does not pass dmarc|(?:failed|fails|fail) dmarc|dmarc (?:check )?fail|policy of reject/,
  },
  {
    category: "auth_unauthenticated",
    pattern: /sender is unauthenticated|because it is unauthenticated|authenticate with either spf or dkim|does not have authentication information|fails to pass authentication checks|multiple authentication checks failed|unauthenticated (?:mail|email|message)\b(?! from)/,
  },
  {
    category: "spf_fail",
    pattern: /hard fail policy|fails? to pass spf|(?:didn't|did not|does not|doesn't) pass spf|spf (?:authentication |check |validation )?(?:failed|didn't pass|did not pass)|to authenticate (?:their email )?with spf|not allowed to send from|not permitted by (?:the )?spf|bad spf record|spf ?= ?fail|sender policy framework|per (?:its|it's) spf/,
  },
  {
    category: "dkim_fail",
    pattern: /dkim (?:authentication |signature |verification )?(?:didn't|did not|does not|doesn't) pass|to authenticate (?:their email )?with dkim|dkim (?:signature )?(?:verification )?fail|dkim ?= ?fail|invalid dkim/,
  },
  {
    category: "ptr",
    pattern: /ptr record|pointer \(ptr\)|reverse dns|reverse (?:dns )?lookup|\brdns\b|ipv6 sending guidelines|does not match the ip address of the hostname|逆引き/,
  },
  { category: "tls", pattern: /\btls\b|starttls|\bssl\b|encryption (?:is )?(?:required|needed)|must issue a starttls|暗号化/ },
  {
    category: "relay_denied",
    pattern: /relay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited)|(?:not permitted|unable) to relay|invalid credentials for relay|not authorized to send (?:e?mail )?directly|authentication required|must authenticate|not authenticated to send|smtp auth|advertise auth|username and password not accepted|application-specific password|log in (?:through|with) your web browser|send mail as|customfromdenied|mail sending denied|too many login attempts|中継/,
  },
  {
    category: "reputation",
    pattern: /low reputation|reputation of the sending|poor reputation|likely unsolicited|spam classification|(?:classified|detected|identified|flagged) as spam|looks like spam|spam (?:message|content|detected)|blocked using|block ?list|black ?list|\bdnsbl\b|\brbl\b|spamhaus|spamcop|nature of the content or the links|迷惑メール/,
  },
  { category: "recipient_rate", pattern: /receiving (?:e?mail|messages) (?:at a rate|too quickly)|receivingrate|receiving rate/ },
  {
    category: "rate_limit",
    pattern: /unusual rate|rate[- ]limit|too many (?:messages|connections|emails|mails|recipients|concurrent)|sending (?:limit|quota) exceeded|daily (?:user |smtp relay )?(?:sending )?(?:limit|quota)|same message-id|try again later, closing connection|sending too fast|too fast|送信(?:数|量)の上限|制限を超/,
  },
  {
    category: "message_format",
    pattern: /rfc ?5322|rfc ?822|rfcmessagenoncompliant|multiple addresses in (?:the )?from|multiple from|duplicate headers?|multiple [a-z-]{1,30} headers|missing a valid|message-id: header|malformed|header error|encoded-word|unicode character in a disallowed header|content presents a potential security|illegal attachment|blocked ?message|(?:message|attachment)s? (?:size|too (?:big|large))|exceed(?:s|ed)? [^.]{0,40}size limit|size (?:limit )?exceeded|too (?:big|large)|header size|8-?bit (?:header|character)/,
  },
  {
    category: "recipient_unknown",
    pattern: /(?:does not|doesn't) exist|no such (?:user|mailbox|address|recipient|account)|user ?unknown|unknown (?:user|recipient|mailbox|address)|(?<!sender )address rejected(?!:)|invalid (?:recipient|mailbox|address)|recipient (?:address )?(?:not found|unknown|invalid)|address (?:not found|couldn't be found|could not be found)|mailbox (?:not found|unavailable|does not exist)|nosuchuser|not our customer|domain (?:couldn't|could not) be found|domain (?:name )?not found|nxdomain|had no relevant answers|host (?:or domain name )?not found|null mx|(?:doesn't|does not) (?:receive email|accept mail)|見つかりません|存在しません|宛先不明|アドレスが(?:見つから|存在)/,
  },
  {
    category: "mailbox_full",
    pattern: /out of storage|over ?quota|quota exceeded|exceeded (?:the )?(?:storage|quota|mailbox)|mailbox (?:is )?full|mailbox exceeded|mailbox size limit|insufficient (?:storage|quota|disk space for (?:the )?(?:user|mailbox))|storage (?:space|quota)|容量|一杯|いっぱい|満杯/,
  },
  {
    category: "recipient_inactive",
    pattern: /\bdisabled\b|\binactive\b|(?:account|user|mailbox|address) (?:has been |is |was )?(?:suspended|deactivated|locked|closed|expired)|deactivated|no longer (?:active|available|in use)|disableduser|利用停止|停止され/,
  },
  {
    category: "policy",
    pattern: /\bpolic(?:y|ies)\b|prohibit|not allowed|not permitted|permission to post|may not exist|access denied|\bdenied\b|administrative prohibition|not in whitelist|allowlist|sender address rejected|\bgcdp\b|投稿する権限|拒否/,
  },
];

/** RFC 3463 subject.detail → category when the words matched nothing. */
const STATUS_RULES: Readonly<Record<string, BounceCategory>> = {
  "1.1": "recipient_unknown",
  "1.2": "recipient_unknown",
  "1.3": "recipient_unknown",
  "1.6": "recipient_unknown",
  "1.10": "recipient_unknown",
  "1.7": "policy",
  "1.8": "policy",
  "2.1": "recipient_inactive",
  "2.2": "mailbox_full",
  "2.3": "message_format",
  "3.4": "message_format",
  "7.0": "policy",
  "7.1": "policy",
  "7.8": "relay_denied",
  "7.9": "relay_denied",
  "7.14": "relay_denied",
  "7.10": "tls",
  "7.11": "tls",
  "7.20": "dkim_fail",
  "7.21": "dkim_fail",
  "7.22": "dkim_fail",
  "7.24": "spf_suspicious",
  "7.25": "ptr",
  "7.26": "auth_unauthenticated",
};

/** Codes whose meaning at Gmail differs from their IANA registration (RFC 7372, 7505, 8689). */
const GMAIL_STATUS_RULES: Readonly<Record<string, BounceCategory>> = {
  "7.23": "ptr",
  "7.27": "spf_fail",
  "7.28": "rate_limit",
  "7.29": "tls",
  "7.30": "dkim_fail",
  "7.32": "alignment",
  "7.40": "dmarc_missing",
};

const OTHER_STATUS_RULES: Readonly<Record<string, BounceCategory>> = {
  "7.23": "spf_fail",
  "7.30": "tls",
};

export function classify(input: ClassifyInput): BounceCategory {
  const reply = (input.reply ?? "").slice(0, 4_000).toLowerCase();
  const byReply = matchText(reply);
  if (byReply) return byReply;
  const byStatus = matchStatus(input);
  if (byStatus) return byStatus;
  const notice = (input.notice ?? "").slice(0, 8_000).toLowerCase();
  return matchText(notice) ?? "other";
}

function matchText(text: string): BounceCategory | null {
  if (!text) return null;
  return TEXT_RULES.find((rule) => rule.pattern.test(text))?.category ?? null;
}

function matchStatus({ status, replyCode, gmail }: ClassifyInput): BounceCategory | null {
  if (!status) return null;
  const [, subject = "", detail = ""] = status.split(".");
  const key = `${subject}.${detail}`;
  if (key === "7.40" && gmail && replyCode === "504") return "relay_denied";
  const special = gmail ? GMAIL_STATUS_RULES[key] : OTHER_STATUS_RULES[key];
  if (special) return special;
  if (STATUS_RULES[key]) return STATUS_RULES[key];
  if (subject === "6") return "message_format";
  if (subject === "7") return "policy";
  return null;
}

/** RFC 5321 §4.2.1 / RFC 3463 §3.1: class 4 is a transient failure, class 5 a permanent one. */
export function isTemporary(replyCode: string | null, status: string | null, action: string | null): boolean {
  if (replyCode) return replyCode.startsWith("4");
  if (status && !/\.0\.0$/.test(status)) return status.startsWith("4");
  if (action) return action === "delayed";
  return status?.startsWith("4") ?? false;
}
