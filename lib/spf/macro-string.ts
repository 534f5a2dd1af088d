/**
 * The macro-string grammar of RFC 7208 §7.1, as tokens. Pure: no expansion here.
 *
 *   macro-string = *( macro-expand / macro-literal )
 *   macro-expand = ( "%{" macro-letter transformers *delimiter "}" ) / "%%" / "%_" / "%-"
 *   macro-literal = %x21-24 / %x26-7E
 */

export const MACRO_LETTERS = ["s", "l", "o", "d", "i", "p", "h", "c", "r", "t", "v"] as const;
export type MacroLetter = (typeof MACRO_LETTERS)[number];

/** "c", "r" and "t" are allowed only in explanation text (RFC 7208 §7.2). */
export const EXP_ONLY_LETTERS: readonly MacroLetter[] = ["c", "r", "t"];

export const MACRO_DELIMITERS = ".-+,/_=";

export type MacroToken =
  | { kind: "literal"; text: string }
  | { kind: "escape"; text: "%%" | "%_" | "%-" }
  | {
      kind: "macro";
      text: string;
      letter: MacroLetter;
      /** An upper-case letter asks for URL escaping of the value (RFC 7208 §7.3). */
      upper: boolean;
      /** Number of right-hand parts to keep; null keeps all. */
      keep: number | null;
      reverse: boolean;
      /** Characters to split on; "." when none is given. */
      delimiters: string;
    };

export type MacroErrorCode = "invalid_character" | "invalid_macro" | "exp_only_macro";

export interface MacroError {
  code: MacroErrorCode;
  /** Offset and length of the offending part within the macro-string. */
  offset: number;
  length: number;
}

export type MacroParse = { ok: true; tokens: MacroToken[] } | { ok: false; error: MacroError };

function isMacroLetter(value: string): value is MacroLetter {
  return (MACRO_LETTERS as readonly string[]).includes(value);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Parses the body between "%{" and "}"; null when it is not `letter *DIGIT ["r"] *delimiter`. */
function parseMacroBody(body: string): Omit<Extract<MacroToken, { kind: "macro" }>, "kind" | "text"> | null {
  const first = body[0];
  if (first === undefined || !isMacroLetter(first.toLowerCase())) return null;
  let i = 1;
  while (isDigit(body[i])) i++;
  const digits = body.slice(1, i);
  let reverse = false;
  if (body[i] === "r" || body[i] === "R") {
    reverse = true;
    i++;
  }
  const delimiters = body.slice(i);
  for (const ch of delimiters) if (!MACRO_DELIMITERS.includes(ch)) return null;
  // RFC 7208 §7.3: "If a DIGIT is specified, the value MUST be nonzero."
  const keep = digits === "" ? null : Number(digits);
  if (keep === 0) return null;
  return {
    letter: first.toLowerCase() as MacroLetter,
    upper: first !== first.toLowerCase(),
    keep,
    reverse,
    delimiters: delimiters === "" ? "." : delimiters,
  };
}

/**
 * Tokenizes a macro-string. `explain` parses an explain-string instead, where SP and the
 * "c", "r", "t" letters are also allowed (RFC 7208 §7.1, §6.2).
 */
export function parseMacroString(input: string, options: { explain?: boolean; expLetters?: boolean } = {}): MacroParse {
  const tokens: MacroToken[] = [];
  const expLetters = options.explain === true || options.expLetters === true;
  let literal = "";
  const flush = () => {
    if (literal !== "") tokens.push({ kind: "literal", text: literal });
    literal = "";
  };
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (ch === "%") {
      const next = input[i + 1];
      if (next === "%" || next === "_" || next === "-") {
        flush();
        tokens.push({ kind: "escape", text: `%${next}` });
        i += 2;
        continue;
      }
      const close = next === "{" ? input.indexOf("}", i + 2) : -1;
      if (close < 0) return { ok: false, error: { code: "invalid_macro", offset: i, length: next === "{" ? input.length - i : 1 } };
      const text = input.slice(i, close + 1);
      const body = parseMacroBody(input.slice(i + 2, close));
      if (!body) return { ok: false, error: { code: "invalid_macro", offset: i, length: text.length } };
      if (!expLetters && EXP_ONLY_LETTERS.includes(body.letter)) {
        return { ok: false, error: { code: "exp_only_macro", offset: i, length: text.length } };
      }
      flush();
      tokens.push({ kind: "macro", text, ...body });
      i = close + 1;
      continue;
    }
    const code = ch.charCodeAt(0);
    if ((code >= 0x21 && code <= 0x7e) || (code === 0x20 && options.explain === true)) {
      literal += ch;
      i++;
      continue;
    }
    return { ok: false, error: { code: "invalid_character", offset: i, length: 1 } };
  }
  flush();
  return { ok: true, tokens };
}

/** toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum ) */
const TOPLABEL = /^(?:[a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])$/i;

export function isToplabel(label: string): boolean {
  return TOPLABEL.test(label);
}

/**
 * domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand
 * (RFC 7208 §7.1). The tokens must come from a successful parse.
 */
export function endsAsDomainSpec(tokens: readonly MacroToken[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  if (last.kind !== "literal") return true;
  const text = last.text.endsWith(".") ? last.text.slice(0, -1) : last.text;
  const dot = text.lastIndexOf(".");
  return dot >= 0 && isToplabel(text.slice(dot + 1));
}

export function usesMacro(tokens: readonly MacroToken[], letters: readonly MacroLetter[]): boolean {
  return tokens.some((t) => t.kind === "macro" && letters.includes(t.letter));
}
