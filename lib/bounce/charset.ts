/**
 * Turning pasted or uploaded bytes into text when no MIME header names the charset. Japanese
 * mail comes in UTF-8, ISO-2022-JP (7-bit, RFC 1468), Shift_JIS or EUC-JP; the WHATWG decoders
 * in Node's TextDecoder handle all four.
 */

const FALLBACK_CHARSETS = ["shift_jis", "euc-jp"] as const;

/** Microsoft's names for its Shift_JIS variant, which mailers declare but WHATWG does not list. */
const ALIASES: Readonly<Record<string, string>> = { cp932: "shift_jis", ms932: "shift_jis", "windows-932": "shift_jis" };

/** Decodes bytes of unknown charset: UTF-8 when valid, else the Japanese charset that fits best. */
export function decodeUnknownBytes(bytes: Uint8Array): string {
  try {
    return decodeIso2022Segments(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    // Not UTF-8: choose below.
  }
  let best = { text: "", bad: Number.POSITIVE_INFINITY };
  for (const charset of FALLBACK_CHARSETS) {
    const text = new TextDecoder(charset).decode(bytes);
    const bad = countReplacement(text);
    if (bad < best.bad) best = { text, bad };
  }
  if (best.bad > best.text.length / 100) return new TextDecoder("windows-1252").decode(bytes);
  return best.text;
}

/** Decodes bytes with a declared charset, falling back to detection when the label is unknown. */
export function decodeWithCharset(bytes: Uint8Array, charset: string | null | undefined): string {
  if (charset) {
    try {
      const label = charset.trim().toLowerCase();
      return decodeIso2022Segments(new TextDecoder(ALIASES[label] ?? label).decode(bytes));
    } catch {
      // An unknown label: detect instead.
    }
  }
  return decodeUnknownBytes(bytes);
}

const ISO_2022_JP_RUN = /\x1b\$[@B][\x00-\x7f]{0,4000}?(?:\x1b\([BJ]|(?=\x1b\$)|$)/g;

/**
 * Decodes ISO-2022-JP runs left as escape sequences in a string, as happens when a part's charset
 * was not declared or a report field (e.g. a Domino Diagnostic-Code) carries Japanese. The runs
 * are 7-bit, so their code units are the original bytes.
 */
export function decodeIso2022Segments(text: string): string {
  if (!text.includes("\x1b$")) return text;
  const decoder = new TextDecoder("iso-2022-jp");
  return text.replace(ISO_2022_JP_RUN, (run) => {
    const bytes = new Uint8Array(run.length);
    for (let i = 0; i < run.length; i++) bytes[i] = run.charCodeAt(i);
    return decoder.decode(bytes);
  });
}

function countReplacement(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) count += 1;
  return count;
}
