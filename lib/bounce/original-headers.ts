import { decodeWords } from "postal-mime";
import { domainOf, extractAddress, normalizeDomain, sameOrganization } from "@/lib/bounce/addresses";
import { firstHeader, headerValues, isBlank, parseHeaderBlock, toLines, type HeaderField } from "@/lib/bounce/text-lines";
import type { DkimSignatureInfo } from "@/lib/bounce/types";

/**
 * The header of the returned message (RFC 6522 §3's third part: `message/rfc822` or
 * `text/rfc822-headers`), or of a copy quoted inside a plain-text notice.
 */
export interface OriginalMessage {
  from: string | null;
  returnPath: string | null;
  dkim: DkimSignatureInfo[];
  listId: string | null;
  /** Mailing-list fields present (RFC 2919 List-Id, RFC 2369 List-Post, fml, Mailman). */
  viaList: boolean;
  /** A forwarder marked the copy (X-Forwarded-To / -For as Google asks forwarders to add, or Resent-*). */
  viaForward: boolean;
}

const EMBEDDED_MARKERS: readonly RegExp[] = [
  /^\s*-{2,}\s*Original message\s*-{2,}/i,
  /^\s*-{2,}\s*(?:Below this line is|Enclosed is) a copy of the message/i,
  /^\s*-{2,}\s*This is a copy of the message/i,
  /^\s*Message headers follow\.?\s*$/i,
  /^\s*Original message headers:?\s*$/i,
  /^\s*-{2,}\s*original (?:message|mail info|headers?)\s*-*\s*$/i,
  /Below is a copy of the original message:?\s*$/i,
  /^\s*-{2,}\s*(?:The )?(?:returned|undelivered) message\s*-*/i,
  /^\s*[-=]{2,}\s*(?:元の|オリジナル|送信した|返送された)(?:メッセージ|メール)/,
];
const START_FIELDS = new Set(["return-path", "received", "dkim-signature", "from", "message-id", "subject", "date", "to", "mime-version", "list-id", "delivered-to", "x-received", "arc-seal"]);
const LIST_FIELDS = ["list-id", "list-post", "x-ml-name", "x-mailman-version", "mailing-list", "x-mailing-list"];
const FORWARD_FIELDS = ["x-forwarded-to", "x-forwarded-for", "resent-to", "resent-from"];

export function readOriginalMessage(fields: readonly HeaderField[]): OriginalMessage {
  const from = extractAddress(firstHeader(fields, "from"));
  const dkim = headerValues(fields, "dkim-signature")
    .map(parseDkimSignature)
    .filter((entry): entry is DkimSignatureInfo => entry !== null);
  const fromDomain = domainOf(from);
  dkim.sort((a, b) => Number(sameOrganization(b.domain, fromDomain)) - Number(sameOrganization(a.domain, fromDomain)));
  const listValue = firstHeader(fields, "list-id") ?? firstHeader(fields, "x-ml-name") ?? firstHeader(fields, "mailing-list") ?? firstHeader(fields, "x-mailing-list");
  return {
    from,
    returnPath: extractAddress(firstHeader(fields, "return-path")),
    dkim,
    // Mailman and others write a Japanese list name as RFC 2047 encoded-words: decode them.
    listId: listValue ? decodeWords(listValue.slice(0, 1000)).slice(0, 300) : null,
    viaList: LIST_FIELDS.some((name) => firstHeader(fields, name) !== null),
    viaForward: FORWARD_FIELDS.some((name) => (firstHeader(fields, name) ?? "").trim() !== ""),
  };
}

/** RFC 6376 §3.2 tag list: `d=` (signing domain) and `s=` (selector). */
export function parseDkimSignature(value: string): DkimSignatureInfo | null {
  const tags = new Map<string, string>();
  for (const part of value.slice(0, 8_000).split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    tags.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).replace(/\s+/g, ""));
  }
  const domain = normalizeDomain(tags.get("d"));
  const selector = tags.get("s") ?? "";
  if (!domain || !/^[A-Za-z0-9_](?:[A-Za-z0-9._-]{0,62})$/.test(selector)) return null;
  return { domain, selector };
}

/**
 * The returned message's header quoted inside a plain-text notice: after one of the markers MTAs
 * print ("----- Original message -----", "--- Below this line is a copy of the message."), else the
 * last header-looking block that has a From field.
 */
export function findEmbeddedHeaders(text: string): HeaderField[] | null {
  const lines = toLines(text);
  for (let i = 0; i < lines.length; i++) {
    if (!EMBEDDED_MARKERS.some((marker) => marker.test(lines[i] ?? ""))) continue;
    let start = i + 1;
    while (start < lines.length && start < i + 5 && isBlank(lines[start] ?? "")) start++;
    const fields = parseHeaderBlock(lines.slice(start, start + 400));
    if (looksLikeMessageHeader(fields)) return fields;
  }
  let found: HeaderField[] | null = null;
  for (let i = 1; i < lines.length; i++) {
    if (!isBlank(lines[i - 1] ?? "")) continue;
    const name = /^([A-Za-z][A-Za-z0-9-]{0,40}):/.exec(lines[i] ?? "")?.[1]?.toLowerCase();
    if (!name || !START_FIELDS.has(name)) continue;
    const fields = parseHeaderBlock(lines.slice(i, i + 400));
    if (looksLikeMessageHeader(fields) && fields.some((field) => field.name === "from")) found = fields;
  }
  return found;
}

function looksLikeMessageHeader(fields: readonly HeaderField[]): boolean {
  const names = new Set(fields.map((field) => field.name));
  let known = 0;
  for (const name of ["from", "to", "subject", "date", "message-id", "return-path", "received", "dkim-signature"]) {
    if (names.has(name)) known += 1;
  }
  return known >= 2;
}

/** The notice text before the quoted returned message, where a notice quotes one. */
export function cutBeforeReturnedMessage(text: string): string {
  const lines = toLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (EMBEDDED_MARKERS.some((marker) => marker.test(line)) || /^content-type:\s*message\/rfc822/i.test(line)) {
      return lines.slice(0, i).join("\n").slice(0, 8_000);
    }
    if (i === 0 || !isBlank(lines[i - 1] ?? "")) continue;
    const name = /^([A-Za-z][A-Za-z0-9-]{0,40}):/.exec(line)?.[1]?.toLowerCase();
    if (name && START_FIELDS.has(name) && looksLikeMessageHeader(parseHeaderBlock(lines.slice(i, i + 60)))) {
      return lines.slice(0, i).join("\n").slice(0, 8_000);
    }
  }
  return text.slice(0, 8_000);
}
