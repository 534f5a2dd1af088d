import PostalMime, { type Email } from "postal-mime";
import { decodeIso2022Segments, decodeWithCharset } from "@/lib/bounce/charset";
import { MAX_INPUT_BYTES, MIME_PREFIX_BYTES, MIME_PREFIX_LINES } from "@/lib/bounce/limits";
import { parseHeaderBlock, toLines, unquote, type HeaderField } from "@/lib/bounce/text-lines";

/**
 * The readable pieces of whatever the customer pasted: a whole message (decoded by postal-mime,
 * every part in its declared charset and transfer encoding), or text without a MIME header.
 */
export interface BounceSource {
  /** Header of the report itself; empty for pasted fragments. */
  outerHeaders: HeaderField[];
  /** Human-readable parts (RFC 6522 §3's first part), decoded. */
  notices: string[];
  /** `message/delivery-status` parts (RFC 3464), decoded. */
  reports: string[];
  /** Header blocks of the returned message (`message/rfc822`, `text/rfc822-headers`). */
  returnedHeaders: HeaderField[][];
  /** Whether a MIME structure was recognised. */
  mime: boolean;
}

const TOP_LEVEL_FIELDS = /^(?:received|from|to|subject|date|return-path|content-type|mime-version|message-id|delivered-to|x-failed-recipients|auto-submitted|x-original-to)$/;
const REPORT_TYPES = new Set(["message/delivery-status", "message/global-delivery-status"]);
const HEADER_TYPES = new Set(["text/rfc822-headers", "message/global-headers"]);
const MESSAGE_TYPES = new Set(["message/rfc822", "message/global"]);

/**
 * `charset` is what the transport declared for bytes (an HTTP `text/plain; charset=…`); a MIME
 * message's own declarations win over it, so a whole message is always parsed from its bytes.
 */
export async function readBounceSource(input: string | Uint8Array, charset?: string | null): Promise<BounceSource> {
  const bytes = typeof input === "string" ? null : input.subarray(0, MAX_INPUT_BYTES);
  const decoded = typeof input === "string" ? input.slice(0, MAX_INPUT_BYTES) : decodeWithCharset(bytes ?? new Uint8Array(), charset);
  const text = unquote(decoded);
  const raw = text === decoded ? bytes : null;
  let source = looksLikeMessage(text) ? await readMime(raw ?? text) : null;
  if (source && raw && countReplacements(source.notices) >= 4) {
    // 8-bit Japanese in a part that declares no charset: postal-mime read it as UTF-8.
    const redecoded = await readMime(text);
    if (redecoded && countReplacements(redecoded.notices) < countReplacements(source.notices)) source = redecoded;
  }
  if (source && (source.reports.length > 0 || source.notices.some((notice) => notice.trim() !== ""))) return source;
  if (source) {
    // The declared boundary never occurs (a mistyped boundary): read the body on its own.
    const body = text.slice(bodyOffset(text));
    const repaired = headerlessMultipart(body);
    const parsed = repaired ? await readMime(repaired) : null;
    if (parsed) return { ...parsed, outerHeaders: source.outerHeaders };
    return { ...source, notices: [decodeIso2022Segments(body)] };
  }
  const synthetic = headerlessMultipart(text);
  if (synthetic) {
    const parsed = await readMime(synthetic);
    if (parsed) return { ...parsed, outerHeaders: [] };
  }
  return { outerHeaders: [], notices: [decodeIso2022Segments(text)], reports: [], returnedHeaders: [], mime: false };
}

/** A message starts with header fields (optionally after an mbox "From " line), one of them a common top-level one. */
export function looksLikeMessage(text: string): boolean {
  const lines = toLines(text.slice(0, 65_536), 200);
  let start = 0;
  while (start < lines.length && lines[start]?.trim() === "") start++;
  if (lines[start]?.startsWith("From ")) start++;
  const fields = parseHeaderBlock(lines.slice(start));
  if (fields.length === 0 || !/^[!-9;-~]{1,76}:/.test(lines[start] ?? "")) return false;
  return fields.some((field) => TOP_LEVEL_FIELDS.test(field.name));
}

function countReplacements(texts: readonly string[]): number {
  let count = 0;
  for (const text of texts) for (let i = text.indexOf("\uFFFD"); i !== -1 && count < 1_000; i = text.indexOf("\uFFFD", i + 1)) count += 1;
  return count;
}

function bodyOffset(text: string): number {
  const match = /\r?\n\r?\n/.exec(text);
  return match ? match.index + match[0].length : text.length;
}

/** A pasted body that begins inside a multipart (`--boundary` then part headers): give it back its header. */
function headerlessMultipart(text: string): string | null {
  const lines = toLines(text.slice(0, 65_536), 200);
  for (let i = 0; i < lines.length; i++) {
    const boundary = /^--([\x21-\x7e]{1,70})\s*$/.exec(lines[i] ?? "")?.[1];
    if (!boundary || boundary.endsWith("--")) continue;
    if (!/^content-(?:type|description|transfer-encoding):/i.test(lines[i + 1] ?? "")) continue;
    return `Content-Type: multipart/mixed; boundary="${boundary.replace(/"/g, "")}"\n\n${text}`;
  }
  return null;
}

async function readMime(input: string | Uint8Array, depth = 0): Promise<BounceSource | null> {
  let email: Email;
  try {
    email = await PostalMime.parse(mimePrefix(input), {
      attachmentEncoding: "utf8",
      forceRfc822Attachments: true,
      maxNestingDepth: 40,
      maxRfc822NestingDepth: 0,
    });
  } catch {
    // postal-mime refuses a message nested deeper than the limit or with oversize headers.
    return null;
  }
  const source: BounceSource = {
    outerHeaders: email.headers.slice(0, 500).map((header) => ({ name: header.key, value: header.value })),
    notices: [],
    reports: [],
    returnedHeaders: [],
    mime: true,
  };
  if (email.text) source.notices.push(unquote(decodeIso2022Segments(email.text)));
  else if (email.html) source.notices.push(htmlToText(email.html));
  for (const attachment of email.attachments.slice(0, 50)) {
    const content = typeof attachment.content === "string" ? decodeIso2022Segments(attachment.content) : "";
    if (REPORT_TYPES.has(attachment.mimeType)) splitReport(content, source);
    else if (HEADER_TYPES.has(attachment.mimeType)) source.returnedHeaders.push(parseHeaderBlock(toLines(content, 2_000)));
    else if (MESSAGE_TYPES.has(attachment.mimeType)) source.returnedHeaders.push(parseHeaderBlock(toLines(content.slice(0, 262_144), 2_000)));
    else if (attachment.mimeType === "text/plain" && content) source.notices.push(content.slice(0, 65_536));
  }
  if (source.reports.length === 0 && depth === 0) await readEmbeddedReport(source);
  return source;
}

/** The part of the input handed to postal-mime: see MIME_PREFIX_BYTES. */
function mimePrefix(input: string | Uint8Array): string | Uint8Array {
  let end = Math.min(input.length, MIME_PREFIX_BYTES);
  let lines = 0;
  for (let i = 0; i < end; i++) {
    const isNewline = typeof input === "string" ? input.charCodeAt(i) === 10 : input[i] === 10;
    if (isNewline && ++lines >= MIME_PREFIX_LINES) {
      end = i + 1;
      break;
    }
  }
  return input.slice(0, end);
}

/**
 * A report part whose closing boundary was mistyped swallows the next part; cut it at a boundary
 * line and keep a following header part as the returned message's header.
 */
function splitReport(content: string, source: BounceSource): void {
  const lines = toLines(content, 4_000);
  const cut = lines.findIndex((line, i) => /^--\S/.test(line) && /^content-type:/i.test(lines[i + 1] ?? ""));
  if (cut < 0) {
    source.reports.push(content);
    return;
  }
  source.reports.push(lines.slice(0, cut).join("\n"));
  const blank = lines.findIndex((line, i) => i > cut && line.trim() === "");
  if (blank > 0 && /rfc822/i.test(lines[cut + 1] ?? "")) source.returnedHeaders.push(parseHeaderBlock(lines.slice(blank + 1)));
}

/** A plain-text notice that quotes a whole multipart/report (OCN's relayed Postfix reports). */
async function readEmbeddedReport(source: BounceSource): Promise<void> {
  const notice = source.notices[0] ?? "";
  const lines = toLines(notice);
  const typeLine = lines.findIndex((line) => /^content-type:\s*multipart\/report/i.test(line));
  if (typeLine < 1) return;
  let start = typeLine;
  while (start > 0 && (lines[start - 1] ?? "").trim() !== "") start--;
  if (/^From /.test(lines[start] ?? "")) start++;
  const embedded = await readMime(lines.slice(start).join("\n"), 1);
  if (!embedded) return;
  source.reports.push(...embedded.reports);
  source.returnedHeaders.push(...embedded.returnedHeaders);
  source.notices.push(...embedded.notices);
}

function htmlToText(html: string): string {
  return html
    .slice(0, 262_144)
    .replace(/<(?:br|\/p|\/div|\/tr|\/h\d)\b[^>]{0,200}>/gi, "\n")
    .replace(/<[^>]{0,2000}>/g, "")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}
