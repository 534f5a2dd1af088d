import fc from "fast-check";
import { SCENARIOS } from "@/lib/wizard/scenarios";

/**
 * fast-check generators of what people (and robots) send to the input schemas: domains as typed
 * in Japan (IDN, full-width, e-mail addresses, URLs), IP addresses in every spelling, and junk.
 */

/** Pieces of domain-like text, glued at random. */
const DOMAIN_FRAGMENTS = [
  "example", "jp", "co", "ne", "com", "test", ".", "..", "-", "_", "a", "0", "123", "xn--", "xn--wgv71a119e", "xn--zz",
  "日本語", "届く", "テスト", "ｅｘａｍｐｌｅ", "。", "．", "｡", "ＪＰ", "Ⅸ", "ß", "ﬁ", "İ", "\u200b", "\u200d", "\u202e", "\u00a0", " ", "\t", "\n",
  "@", "mailto:", "http://", "https://", "ftp://", "//", "/", "?", "#", ":", ":443", "[", "]", "<", ">", "\"", "'", "「", "」", "(", ")",
  "%", "%41", "\\", "*", "\u0000", "😀", "\ud800", "\udfff", "a".repeat(63), "b".repeat(64),
];

export const domainish: fc.Arbitrary<string> = fc.array(fc.constantFrom(...DOMAIN_FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join(""));

/** Plausible domains, mostly valid, in the spellings customers use. */
export const typedDomain: fc.Arbitrary<string> = fc.oneof(
  fc.domain(),
  fc.domain().map((d) => d.toUpperCase()),
  fc.domain().map((d) => `${d}.`),
  fc.tuple(fc.emailAddress(), fc.constantFrom("", "<", "mailto:")).map(([mail, prefix]) => `${prefix}${mail}${prefix === "<" ? ">" : ""}`),
  fc.domain().map((d) => `https://${d}/contact?x=1`),
  fc.constantFrom("日本語.jp", "届く.テスト", "ｅｘａｍｐｌｅ。ｊｐ", "「example.jp」", "例え.テスト", "münchen.de", "xn--wgv71a119e.jp"),
);

const IP_FRAGMENTS = ["1", "0", "255", "256", "01", "0x7f", ".", ":", "::", "ffff", "FFFF", "db8", "2001", "%eth0", "[", "]", "IPv6:", " ", "/24", "1.2.3.4"];

/** IP addresses in every spelling zod, the SPF engine or a bounce might use, and near misses. */
export const ipish: fc.Arbitrary<string> = fc.oneof(
  fc.ipV4(),
  fc.ipV4Extended(),
  fc.ipV6(),
  fc.ipV6().map((ip) => `[${ip}]`),
  fc.ipV6().map((ip) => `IPv6:${ip.toUpperCase()}`),
  fc.array(fc.constantFrom(...IP_FRAGMENTS), { maxLength: 16 }).map((parts) => parts.join("")),
);

/** Any text, including lone surrogates and control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.string({ unit: "binary", maxLength: 300 }),
);

/** Strings for any field: plausible, tricky and random. */
export const fieldText: fc.Arbitrary<string> = fc.oneof(typedDomain, domainish, ipish, anyText, fc.constantFrom("", " ", "null", "undefined", "__proto__", "constructor"));

/** A value of any JSON type (and deeply nested junk) for any field. */
export const jsonJunk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fieldText },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, [], {}, [[[]]], { a: { b: { c: {} } } }) },
);

/** A long string (a few KB up to `maxBytes` characters) built from a repeated unit, for time bounds. */
export function hugeText(maxChars: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.oneof(fieldText.filter((s) => s.length > 0), fc.constantFrom("a", "a.", "あ", "@", "[", "%{", "😀")), fc.integer({ min: 1_000, max: maxChars }))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
}

/** `JSON.parse` of arbitrary JSON text: what a route actually hands to a schema (own `__proto__` keys included). */
export const parsedJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.json({ maxDepth: 3 }).map((text) => JSON.parse(text) as unknown),
  fc.constantFrom('{"__proto__":{"scenario":"direct"}}', '{"constructor":{"prototype":{}}}', '{"domain":"a.jp","domain":"b.jp"}').map((text) => JSON.parse(text) as unknown),
);

/** One entry of `expect` ("is my change live?"), each field possibly junk. */
const expectEntry = fc.record(
  {
    name: fc.oneof(typedDomain, domainish, jsonJunk),
    type: fc.oneof(fc.constantFrom("TXT", "CNAME", "txt", "A"), jsonJunk),
    value: fc.oneof(fc.constantFrom("v=spf1 -all", "v=DMARC1; p=none"), anyText, hugeText(5_000), jsonJunk),
  },
  { requiredKeys: [] },
);

const DIAGNOSE_FIELDS = ["scenario", "domain", "originalDomain", "listDomain", "listMember", "serverHost", "ip", "dkimSelector", "provider", "fresh", "expect", "bounce", "unknownField"] as const;

/** Junk for one field: any JSON value, or an `expect` list with a bad entry. */
const junkField = fc.oneof({ weight: 4, arbitrary: jsonJunk }, { weight: 1, arbitrary: fc.array(expectEntry, { minLength: 1, maxLength: 10 }) });

/**
 * Request bodies for POST /api/v1/diagnose and /reports: well-formed values (the domains may
 * still be unreadable), with up to `maxJunkFields` fields replaced by junk. `domain` draws the domains.
 */
export function diagnoseBody(
  domain: fc.Arbitrary<string> = typedDomain,
  bounce: fc.Arbitrary<string> = fc.oneof(anyText, hugeText(20_000)),
  maxJunkFields = 3,
): fc.Arbitrary<Record<string, unknown>> {
  const good = fc.record(
    {
      scenario: fc.constantFrom(...SCENARIOS),
      domain,
      originalDomain: domain,
      listDomain: domain,
      listMember: fc.constantFrom("yes", "no", "unknown", ""),
      serverHost: domain,
      ip: fc.oneof(fc.ipV4(), fc.ipV6(), fc.constant("")),
      dkimSelector: fc.constantFrom("default", "s1", "rs20260401", "google", ""),
      provider: fc.constantFrom("sakura", "xserver", "onamae", "other"),
      fresh: fc.boolean(),
      expect: fc.array(fc.record({ name: fc.domain(), type: fc.constantFrom("TXT", "CNAME"), value: fc.oneof(fc.constantFrom("v=spf1 -all", "v=DMARC1; p=none"), anyText) }), { maxLength: 8 }),
      bounce,
    },
    { requiredKeys: ["scenario", "domain"] },
  );
  return fc
    .tuple(good, fc.dictionary(fc.constantFrom(...DIAGNOSE_FIELDS), junkField, { maxKeys: maxJunkFields }))
    .map(([fields, junk]) => ({ ...fields, ...junk }) as Record<string, unknown>);
}
