import { parseIp } from "@/lib/spf/ip";
import { endsAsDomainSpec, parseMacroString, type MacroErrorCode } from "@/lib/spf/macro-string";
import { syntaxMessage } from "@/lib/spf/parse-messages";
import { isQualifier } from "@/lib/spf/results";
import type { SpfSyntaxCode, SpfSyntaxError, SpfTerm } from "@/lib/spf/types";

/** name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ), followed by "=" (RFC 7208 §4.6.1, §12). */
const MODIFIER = /^([A-Za-z][A-Za-z0-9\-_.]*)=/;
/** qnum-based dotted quad without leading zeros (RFC 7208 §12). */
const QNUM = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])";
const IP4_NETWORK = new RegExp(`^${QNUM}(?:\\.${QNUM}){3}$`);
/** ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT); ip6-cidr-length = "/" ("0" / %x31-39 0*2DIGIT) */
const CIDR4 = /^(?:0|[1-9][0-9]?)$/;
const CIDR6 = /^(?:0|[1-9][0-9]{0,2})$/;

export interface TermParse {
  term: SpfTerm;
  errors: SpfSyntaxError[];
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Splits `spec/24//64`: the trailing dual-cidr-length is peeled off from the right. */
function splitDualCidr(text: string): { spec: string; cidr4?: string; cidr6?: string } {
  let end = text.length;
  let cidr6: string | undefined;
  let cidr4: string | undefined;
  let i = end;
  while (i > 0 && isDigit(text[i - 1])) i--;
  if (i < end && i >= 2 && text[i - 1] === "/" && text[i - 2] === "/") {
    cidr6 = text.slice(i, end);
    end = i - 2;
  }
  i = end;
  while (i > 0 && isDigit(text[i - 1])) i--;
  if (i < end && i >= 1 && text[i - 1] === "/") {
    cidr4 = text.slice(i, end);
    end = i - 1;
  }
  return { spec: text.slice(0, end), cidr4, cidr6 };
}

function cidrValue(text: string | undefined, pattern: RegExp, max: number): number | null | undefined {
  if (text === undefined) return undefined;
  if (!pattern.test(text)) return null;
  const value = Number(text);
  return value <= max ? value : null;
}

const MACRO_CODES: Record<MacroErrorCode, SpfSyntaxCode> = {
  invalid_character: "invalid_character",
  invalid_macro: "invalid_macro",
  exp_only_macro: "exp_only_macro",
};

/** Parses one space-free term found at `start` of the record. */
export function parseTerm(text: string, start: number): TermParse {
  const end = start + text.length;
  const errors: SpfSyntaxError[] = [];
  const fail = (code: SpfSyntaxCode, from = start, to = end) => {
    errors.push({ code, message: syntaxMessage(code, text), start: from, end: to, term: text });
  };
  const term: SpfTerm = { kind: "unknown", qualifier: null, explicitQualifier: false, name: "", value: null, start, end, text };

  // Only printable 7-bit characters can appear in a term; SP separates terms (RFC 7208 §3.1, §4.6.1).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) {
      term.name = text.slice(0, Math.min(i, 32)).toLowerCase();
      fail("invalid_character", start + i, start + i + 1);
      return { term, errors };
    }
  }

  const checkDomainSpec = (spec: string, offset: number, opts: { required: boolean }) => {
    if (spec === "") {
      if (opts.required) fail("missing_argument");
      return;
    }
    const parsed = parseMacroString(spec);
    if (!parsed.ok) {
      fail(MACRO_CODES[parsed.error.code], offset + parsed.error.offset, offset + parsed.error.offset + parsed.error.length);
      return;
    }
    if (!endsAsDomainSpec(parsed.tokens)) {
      fail("invalid_domain_spec", offset, offset + spec.length);
      return;
    }
    term.spec = parsed.tokens;
  };

  const modifier = MODIFIER.exec(text);
  if (modifier) {
    const name = (modifier[1] as string).toLowerCase();
    const value = text.slice(modifier[0].length);
    const valueStart = start + modifier[0].length;
    term.kind = "modifier";
    term.name = name;
    term.value = value;
    if (name === "redirect" || name === "exp") {
      // redirect = "redirect" "=" domain-spec; explanation = "exp" "=" domain-spec (RFC 7208 §6)
      checkDomainSpec(value, valueStart, { required: true });
    } else {
      // unknown-modifier = name "=" macro-string: ignored, but its syntax still counts (RFC 7208 §6).
      const parsed = parseMacroString(value, { expLetters: true });
      if (!parsed.ok) fail(MACRO_CODES[parsed.error.code]);
      else term.spec = parsed.tokens;
    }
    return { term, errors };
  }

  const qualifierChar = text[0];
  const qualified = isQualifier(qualifierChar);
  const body = qualified ? text.slice(1) : text;
  const bodyStart = start + (qualified ? 1 : 0);
  let nameEnd = 0;
  while (nameEnd < body.length && body[nameEnd] !== ":" && body[nameEnd] !== "/") nameEnd++;
  const name = body.slice(0, nameEnd).toLowerCase();
  const rest = body.slice(nameEnd);
  const restStart = bodyStart + nameEnd;
  term.name = name;
  term.qualifier = qualified ? qualifierChar : "+";
  term.explicitQualifier = qualified;

  switch (name) {
    case "all":
      term.kind = "mechanism";
      if (rest !== "") fail("unexpected_argument");
      break;
    case "include":
    case "exists":
      term.kind = "mechanism";
      if (!rest.startsWith(":")) {
        fail(rest === "" ? "missing_argument" : "unexpected_argument");
        break;
      }
      term.value = rest.slice(1);
      checkDomainSpec(term.value, restStart + 1, { required: true });
      break;
    case "ptr":
      term.kind = "mechanism";
      if (rest === "") break;
      if (!rest.startsWith(":")) {
        fail("unexpected_argument");
        break;
      }
      term.value = rest.slice(1);
      checkDomainSpec(term.value, restStart + 1, { required: true });
      break;
    case "a":
    case "mx": {
      term.kind = "mechanism";
      const hasSpec = rest.startsWith(":");
      const split = splitDualCidr(hasSpec ? rest.slice(1) : rest);
      if (!hasSpec && split.spec !== "") {
        fail("invalid_cidr");
        break;
      }
      const cidr4 = cidrValue(split.cidr4, CIDR4, 32);
      const cidr6 = cidrValue(split.cidr6, CIDR6, 128);
      if (cidr4 === null || cidr6 === null) fail("invalid_cidr");
      if (typeof cidr4 === "number") term.cidr4 = cidr4;
      if (typeof cidr6 === "number") term.cidr6 = cidr6;
      if (hasSpec) {
        term.value = split.spec;
        checkDomainSpec(split.spec, restStart + 1, { required: true });
      }
      break;
    }
    case "ip4":
    case "ip6": {
      term.kind = "mechanism";
      if (!rest.startsWith(":") || rest.length === 1) {
        fail(rest === "" || rest === ":" ? "missing_argument" : "unexpected_argument");
        break;
      }
      const arg = rest.slice(1);
      const slash = arg.indexOf("/");
      const network = slash < 0 ? arg : arg.slice(0, slash);
      term.value = network;
      const valid = name === "ip4" ? IP4_NETWORK.test(network) : /^[0-9A-Fa-f:.]+$/.test(network);
      const parsedNetwork = valid ? parseIp(network) : null;
      if (!parsedNetwork || parsedNetwork.family !== (name === "ip4" ? 4 : 6)) {
        fail(name === "ip4" ? "invalid_ip4" : "invalid_ip6");
        break;
      }
      term.network = parsedNetwork;
      if (slash >= 0) {
        const cidr = name === "ip4" ? cidrValue(arg.slice(slash + 1), CIDR4, 32) : cidrValue(arg.slice(slash + 1), CIDR6, 128);
        if (typeof cidr !== "number") fail("invalid_cidr");
        else if (name === "ip4") term.cidr4 = cidr;
        else term.cidr6 = cidr;
      }
      break;
    }
    default:
      fail("unknown_mechanism");
  }
  return { term, errors };
}
