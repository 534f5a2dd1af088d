import { describe, expect, it } from "vitest";
import { parseSpf } from "@/lib/spf/parse";
import type { SpfSyntaxCode } from "@/lib/spf/types";

describe("parseSpf", () => {
  it("gives terms with offsets into the text", () => {
    const text = "v=spf1  Include:_spf.Example.com  ~ALL ";
    const parsed = parseSpf(text);
    expect(parsed.version).toBe(true);
    expect(parsed.errors).toEqual([]);
    expect(parsed.terms.map((t) => [t.kind, t.qualifier, t.name, t.value, t.text, text.slice(t.start, t.end)])).toEqual([
      ["mechanism", "+", "include", "_spf.Example.com", "Include:_spf.Example.com", "Include:_spf.Example.com"],
      ["mechanism", "~", "all", null, "~ALL", "~ALL"],
    ]);
  });

  it("reads dual CIDR lengths and keeps '/' and ':' inside a domain-spec", () => {
    const [a, mx, colon, ip6] = parseSpf("v=spf1 a:foo.example.com/24//64 mx//0 a:foo:bar/baz.example.com ip6:2001:db8::/32").terms;
    expect(a).toMatchObject({ name: "a", value: "foo.example.com", cidr4: 24, cidr6: 64 });
    expect(mx).toMatchObject({ name: "mx", value: null, cidr6: 0 });
    expect(mx?.cidr4).toBeUndefined();
    expect(colon).toMatchObject({ value: "foo:bar/baz.example.com" });
    expect(ip6).toMatchObject({ name: "ip6", value: "2001:db8::", cidr6: 32 });
  });

  it("treats unknown modifiers as valid and known modifiers by name, case-insensitively", () => {
    const parsed = parseSpf("v=spf1 moo.cow-far_out=man:dog/cat default=+ REDIRECT=_spf.example.com");
    expect(parsed.errors).toEqual([]);
    expect(parsed.terms.map((t) => [t.kind, t.name])).toEqual([
      ["modifier", "moo.cow-far_out"],
      ["modifier", "default"],
      ["modifier", "redirect"],
    ]);
  });

  const invalid: [string, SpfSyntaxCode][] = [
    ["v=spf10", "not_spf"],
    [" v=spf1 -all", "not_spf"],
    ["v=spf1 -all.", "unknown_mechanism"],
    ["v=spf1 all:foo", "unexpected_argument"],
    ["v=spf1 -all/8", "unexpected_argument"],
    ["v=spf1 a/33", "invalid_cidr"],
    ["v=spf1 a/24/64", "invalid_cidr"],
    ["v=spf1 mx//129", "invalid_cidr"],
    ["v=spf1 ip4:1.2.3.4/032", "invalid_cidr"],
    ["v=spf1 ip4:1.2.3.4//32", "invalid_cidr"],
    ["v=spf1 ip4:1.2.3", "invalid_ip4"],
    ["v=spf1 ip4:1.2.3.4:8080", "invalid_ip4"],
    ["v=spf1 ip4:01.2.3.4", "invalid_ip4"],
    ["v=spf1 ip6::CAFE::BABE", "invalid_ip6"],
    ["v=spf1 ip6:1.2.3.4", "invalid_ip6"],
    ["v=spf1 ip6:fe80::1%eth0", "invalid_ip6"],
    ["v=spf1 ip4", "missing_argument"],
    ["v=spf1 ptr/0", "unexpected_argument"],
    ["v=spf1 ptr:", "missing_argument"],
    ["v=spf1 include", "missing_argument"],
    ["v=spf1 include:", "missing_argument"],
    ["v=spf1 include:ip5.example.com/24", "invalid_domain_spec"],
    ["v=spf1 exists:mail.example.com/24", "invalid_domain_spec"],
    ["v=spf1 a:museum", "invalid_domain_spec"],
    ["v=spf1 a:museum.", "invalid_domain_spec"],
    ["v=spf1 a:111.222.33.44", "invalid_domain_spec"],
    ["v=spf1 a:example.-com", "invalid_domain_spec"],
    ["v=spf1 a:example.com:8080", "invalid_domain_spec"],
    ["v=spf1 redirect=-all", "invalid_domain_spec"],
    ["v=spf1 exists:%(ir).sbl.example.com", "invalid_macro"],
    ["v=spf1 exists:foo%.sbl.example.com", "invalid_macro"],
    ["v=spf1 a:%{d0}.example.com", "invalid_macro"],
    ["v=spf1 a:%{a}.example.com", "invalid_macro"],
    ["v=spf1 foo=%abc", "invalid_macro"],
    ["v=spf1 -all exp=%{r}.example.com", "exp_only_macro"],
    ["v=spf1 1up=foo", "unknown_mechanism"],
    ["v=spf1 =all", "unknown_mechanism"],
    ["v=spf1 redirect:t2.example.com", "unknown_mechanism"],
    ["v=spf1 moo.cow/far_out=man:dog/cat", "unknown_mechanism"],
    ["v=spf1 exp=", "missing_argument"],
    ["v=spf1 ?all redirect=", "missing_argument"],
    ["v=spf1 redirect=a.example redirect=b.example", "duplicate_modifier"],
    ["v=spf1 exp=a.example -all exp=b.example", "duplicate_modifier"],
    ["v=spf1 a:ctrl.example.com\rptr -all", "invalid_character"],
    ["v=spf1 a:example.net \u0096all", "invalid_character"],
    ["v=spf1 a:foo.example.com\u0000", "invalid_character"],
  ];
  it.each(invalid)("%j is a %s error", (text, code) => {
    const parsed = parseSpf(text);
    expect(parsed.errors.map((e) => e.code)).toContain(code);
  });

  const valid = [
    "v=spf1",
    "v=spf1 ",
    "V=sPf1 +ALL",
    "v=spf1 a:foo.example.xn--zckzah -all",
    "v=spf1 a:mail.example...com -all",
    "v=spf1 a:macro%%percent%_%_space%-url-space.example.com -all",
    "v=spf1 exists:%{i}.%{l2r-}.user.%{d2}",
    "v=spf1 exists:%{ir}.%{v}._spf.%{d2}",
    "v=spf1 -include:_spfh.%{d2} ip4:1.2.3.0/24 -all",
    "v=spf1 ip6:::1.1.1.1/0 ip6:Cafe:Babe:8000::/33 ip4:0.0.0.0/0",
    "v=spf1 x-unknown=%{c}",
  ];
  it.each(valid)("%j has no error", (text) => {
    expect(parseSpf(text).errors).toEqual([]);
  });

  it("points an error at the offending character and its term", () => {
    const text = "v=spf1 a:ctrl.example.com\rptr -all";
    const [error] = parseSpf(text).errors;
    expect(error).toMatchObject({ code: "invalid_character", start: 25, end: 26, term: "a:ctrl.example.com\rptr" });
    expect(error?.message.ja).toContain("使えない文字");
  });

  it("still lists the terms of a record without version", () => {
    const parsed = parseSpf("spf1 include:x.example -all");
    expect(parsed.version).toBe(false);
    expect(parsed.terms.map((t) => t.text)).toEqual(["include:x.example", "-all"]);
  });
});
