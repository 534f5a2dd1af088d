import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DNS_PROVIDERS } from "@/lib/fix/dns-providers";
import type { DnsProviderId } from "@/lib/fix/dns-provider-types";
import { fieldLabel, formatForPanel, guessZone, makeRecord, quoteString, splitCharacterStrings } from "@/lib/fix/record-format";

const bytes = (s: string) => new TextEncoder().encode(s).length;
const SPF = "v=spf1 a:www1234.sakura.ne.jp mx ~all";
/** A valid SPF record of exactly 300 bytes. */
const LONG = (() => {
  const ip4 = Array.from({ length: 16 }, () => "ip4:192.0.2.100").join(" ");
  const fixed = `v=spf1 ${ip4} a: ~all`.length;
  return `v=spf1 ${ip4} a:${"h".repeat(300 - fixed - ".example".length)}.example ~all`;
})();

describe("splitCharacterStrings (RFC 1035 §3.3.14)", () => {
  it("keeps a short value whole", () => {
    expect(splitCharacterStrings(SPF)).toEqual([SPF]);
    expect(splitCharacterStrings("")).toEqual([""]);
  });

  it("splits a 300-byte value into two strings of at most 255 bytes, after a space", () => {
    expect(bytes(LONG)).toBe(300);
    const strings = splitCharacterStrings(LONG);
    expect(strings).toHaveLength(2);
    expect(strings.join("")).toBe(LONG);
    for (const s of strings) expect(bytes(s)).toBeLessThanOrEqual(255);
    expect(strings[0]?.endsWith(" ")).toBe(true);
  });

  it("cuts a value without spaces at exactly 255 bytes", () => {
    const key = `p=${"A".repeat(400)}`;
    expect(splitCharacterStrings(key).map(bytes)).toEqual([255, 147]);
  });

  it("always joins back, never exceeds 255 bytes and never cuts a character", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "é", "あ", "😀", ";"), maxLength: 900 }), (value) => {
        const strings = splitCharacterStrings(value);
        expect(strings.join("")).toBe(value);
        for (const s of strings) {
          expect(bytes(s)).toBeLessThanOrEqual(255);
          expect(s.isWellFormed()).toBe(true);
        }
        if (bytes(value) > 255) expect(strings.every((s) => s !== "")).toBe(true);
      }),
    );
  });

  it("quotes with RFC 1035 §5.1 escapes", () => {
    expect(quoteString('say "hi" \\o/')).toBe('"say \\"hi\\" \\\\o/"');
  });
});

describe("guessZone", () => {
  it("takes the registered domain", () => {
    expect(guessZone("_dmarc.mail.example.co.jp")).toBe("example.co.jp");
    expect(guessZone("Example.JP.")).toBe("example.jp");
    expect(guessZone("rs20261005._domainkey.example.com")).toBe("example.com");
  });
});

/** Per provider: host for the apex and for `_dmarc`, and whether the customer types quotes. */
const MAPPING: Record<DnsProviderId, { apex: string; sub: string; quoted: boolean }> = {
  sakura: { apex: "@", sub: "_dmarc", quoted: true },
  xserver: { apex: "", sub: "_dmarc", quoted: false },
  lolipop: { apex: "@", sub: "_dmarc", quoted: false },
  muumuu: { apex: "", sub: "_dmarc", quoted: false },
  conoha: { apex: "@", sub: "_dmarc", quoted: false },
  onamae: { apex: "", sub: "_dmarc", quoted: false },
  cloudflare: { apex: "@", sub: "_dmarc", quoted: false },
  route53: { apex: "", sub: "_dmarc", quoted: true },
  "google-cloud-dns": { apex: "", sub: "_dmarc", quoted: true },
  godaddy: { apex: "@", sub: "_dmarc", quoted: false },
  generic: { apex: "@", sub: "_dmarc", quoted: false },
};

describe("provider field mapping", () => {
  it.each(Object.entries(MAPPING))("%s: host form, quoting, field order", (id, expected) => {
    const provider = DNS_PROVIDERS[id as DnsProviderId];
    const apex = makeRecord({ name: "Example.JP.", type: "TXT", rawValue: SPF }, provider);
    expect(apex.name).toBe("example.jp");
    expect(apex.host).toBe(expected.apex);
    expect(apex.value).toBe(expected.quoted ? `"${SPF}"` : SPF);
    expect(apex.rawValue).toBe(SPF);
    expect(apex.strings).toEqual([SPF]);
    const sub = makeRecord({ name: "_dmarc.example.jp", type: "TXT", rawValue: "v=DMARC1; p=none" }, provider);
    expect(sub.host).toBe(expected.sub);

    for (const locale of ["ja", "en"] as const) {
      const rows = formatForPanel(apex, provider, locale);
      expect(rows.map((r) => r.key)).toEqual(provider.fields.map((f) => f.key).filter((k) => k !== "priority"));
      expect(rows.map((r) => r.label)).toEqual(provider.fields.filter((f) => f.key !== "priority").map((f) => fieldLabel(f.label, locale, provider)));
      expect(rows.find((r) => r.key === "value")?.value).toBe(apex.value);
      expect(rows.find((r) => r.key === "host")?.value).toBe(expected.apex);
      expect(rows.find((r) => r.key === "type")?.value).toBe("TXT");
    }
  });

  it("Sakura's panel words, as in the seed FAQ", () => {
    const record = makeRecord({ name: "example.jp", type: "TXT", rawValue: SPF }, "sakura");
    expect(formatForPanel(record, "sakura", "ja").map((r) => [r.label, r.value])).toEqual([
      ["エントリ名", "@"],
      ["タイプ", "TXT"],
      ["データ", `"${SPF}"`],
    ]);
  });

  it("Xserver: blank host for the apex, the subdomain part only, and a hint against doubling", () => {
    const record = makeRecord({ name: "mail.example.co.jp", type: "TXT", rawValue: SPF }, "xserver");
    expect(record.zone).toBe("example.co.jp");
    expect(record.host).toBe("mail");
    const host = formatForPanel(record, "xserver", "ja").find((r) => r.key === "host");
    expect(host?.hint).toContain("「.example.co.jp」は自動で付く");
    const apex = formatForPanel(makeRecord({ name: "example.jp", type: "TXT", rawValue: SPF }, "xserver"), "xserver", "en");
    expect(apex.find((r) => r.key === "host")?.hint).toBe("Leave it blank.");
  });

  it("お名前.com: the status switch stays 有効", () => {
    const rows = formatForPanel(makeRecord({ name: "example.jp", type: "TXT", rawValue: SPF }, "onamae"), "onamae", "ja");
    expect(rows.map((r) => r.label)).toEqual(["ホスト名", "TYPE", "TTL", "VALUE", "状態"]);
    expect(rows.at(-1)?.value).toBe("有効");
  });

  it("an explicit zone changes the relative host", () => {
    expect(makeRecord({ name: "mail.example.jp", zone: "mail.example.jp", type: "TXT", rawValue: SPF }, "cloudflare").host).toBe("@");
    expect(makeRecord({ name: "other.example", zone: "example.jp", type: "TXT", rawValue: SPF }, "cloudflare").host).toBe("other.example");
  });

  it("TTL: the record's, else the panel's default", () => {
    const record = makeRecord({ name: "example.jp", type: "TXT", rawValue: SPF, ttl: 600 }, "cloudflare");
    expect(formatForPanel(record, "cloudflare", "en").find((r) => r.key === "ttl")?.value).toBe("600");
    const auto = makeRecord({ name: "example.jp", type: "TXT", rawValue: SPF }, "cloudflare");
    expect(formatForPanel(auto, "cloudflare", "ja").find((r) => r.key === "ttl")?.value).toBe("自動");
  });

  it("re-shapes a record for another provider", () => {
    const record = makeRecord({ name: "example.jp", type: "TXT", rawValue: SPF }, "sakura");
    const rows = formatForPanel(record, "route53", "en");
    expect(rows.map((r) => r.label)).toEqual(["Record name", "Record type", "Value", "TTL (seconds)"]);
    expect(rows[0]?.value).toBe("");
    expect(rows[2]?.value).toBe(`"${SPF}"`);
  });
});

describe("long values", () => {
  it("Route 53: several quoted strings on one line", () => {
    const record = makeRecord({ name: "example.jp", type: "TXT", rawValue: LONG }, "route53");
    expect(record.strings).toHaveLength(2);
    expect(record.value).toBe(record.strings.map((s) => `"${s}"`).join(" "));
    expect(record.notes.map((n) => n.id)).toEqual(["record.keep_quotes", "record.split_strings", "record.record_set"]);
  });

  it("Cloudflare: the whole value, the panel splits", () => {
    const record = makeRecord({ name: "example.jp", type: "TXT", rawValue: LONG }, "cloudflare");
    expect(record.value).toBe(LONG);
    expect(record.notes.map((n) => n.id)).toEqual(["record.no_quotes", "record.split_by_panel"]);
  });

  it("Sakura: quoted strings (the customer types quotes)", () => {
    const record = makeRecord({ name: "example.jp", type: "TXT", rawValue: LONG }, "sakura");
    expect(record.value).toBe(record.strings.map((s) => `"${s}"`).join(" "));
  });

  it("unknown splitting: the whole value and a warning on how to split", () => {
    const record = makeRecord({ name: "example.jp", type: "TXT", rawValue: LONG }, "xserver");
    expect(record.value).toBe(LONG);
    expect(record.notes.find((n) => n.id === "record.split_unknown")?.severity).toBe("warning");
  });
});

describe("one TXT record set per name", () => {
  it("Route 53 / Cloud DNS: the name's other values go in the same set, one per line", () => {
    for (const id of ["route53", "google-cloud-dns"] as const) {
      const record = makeRecord({ name: "example.jp", type: "TXT", rawValue: SPF, otherValues: ["google-site-verification=abc"] }, id);
      expect(record.value).toBe(`"google-site-verification=abc"\n"${SPF}"`);
      expect(record.notes.find((n) => n.id === "record.record_set")?.message.en).toContain("one record set");
    }
  });

  it("without the other values known, the note says to keep the existing lines", () => {
    const record = makeRecord({ name: "example.jp", type: "TXT", rawValue: SPF }, "route53");
    expect(record.value).toBe(`"${SPF}"`);
    expect(record.notes.find((n) => n.id === "record.record_set")?.message.en).toContain("keep its existing lines");
  });

  it("other providers take separate records", () => {
    const record = makeRecord({ name: "example.jp", type: "TXT", rawValue: SPF, otherValues: ["google-site-verification=abc"] }, "cloudflare");
    expect(record.value).toBe(SPF);
  });
});

describe("field labels for English readers", () => {
  it("name a Japanese-only panel's fields in both languages, others as they are", () => {
    const record = makeRecord({ name: "example.jp", type: "TXT", rawValue: SPF }, "sakura");
    expect(formatForPanel(record, "sakura", "en").map((r) => r.label)).toEqual(["Entry name (エントリ名)", "Type (タイプ)", "Data (データ)"]);
    expect(formatForPanel(makeRecord({ name: "example.jp", type: "TXT", rawValue: SPF }, "cloudflare"), "cloudflare", "en").map((r) => r.label)).toEqual(["Type", "Name", "Content", "TTL"]);
  });
});
