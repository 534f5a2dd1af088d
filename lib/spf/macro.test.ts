import { describe, expect, it } from "vitest";
import { parseIp } from "@/lib/spf/ip";
import { expandMacroString, toTargetName, urlEscape, type MacroContext } from "@/lib/spf/macro";

function context(ip: string, extra: Partial<MacroContext> = {}): MacroContext {
  const address = parseIp(ip);
  if (!address) throw new Error(`bad test address ${ip}`);
  return {
    sender: "strong-bad@email.example.com",
    localPart: "strong-bad",
    senderDomain: "email.example.com",
    domain: "email.example.com",
    ip: address,
    helo: "mx.example.org",
    ...extra,
  };
}

describe("expandMacros", () => {
  // The examples of RFC 7208 §7.4.
  const ipv4 = context("192.0.2.3");
  it.each([
    ["%{s}", "strong-bad@email.example.com"],
    ["%{o}", "email.example.com"],
    ["%{d}", "email.example.com"],
    ["%{d4}", "email.example.com"],
    ["%{d3}", "email.example.com"],
    ["%{d2}", "example.com"],
    ["%{d1}", "com"],
    ["%{dr}", "com.example.email"],
    ["%{d2r}", "example.email"],
    ["%{l}", "strong-bad"],
    ["%{l-}", "strong.bad"],
    ["%{lr}", "strong-bad"],
    ["%{lr-}", "bad.strong"],
    ["%{l1r-}", "strong"],
    ["%{ir}.%{v}._spf.%{d2}", "3.2.0.192.in-addr._spf.example.com"],
    ["%{lr-}.lp._spf.%{d2}", "bad.strong.lp._spf.example.com"],
    ["%{lr-}.lp.%{ir}.%{v}._spf.%{d2}", "bad.strong.lp.3.2.0.192.in-addr._spf.example.com"],
    ["%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}", "3.2.0.192.in-addr.strong.lp._spf.example.com"],
    ["%{d2}.trusted-domains.example.net", "example.com.trusted-domains.example.net"],
    ["%{h}", "mx.example.org"],
  ])("RFC 7208 §7.4: %s → %s", (spec, expected) => {
    expect(expandMacroString(spec, ipv4)).toBe(expected);
  });

  it("expands %{i} of IPv6 as upper-case nibbles and %{c} compactly (RFC 7208 §7.4)", () => {
    const ipv6 = context("2001:db8::cb01");
    expect(expandMacroString("%{ir}.%{v}._spf.%{d2}", ipv6)).toBe(
      "1.0.B.C.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.B.D.0.1.0.0.2.ip6._spf.example.com",
    );
    expect(expandMacroString("%{c}", ipv6, { explain: true })).toBe("2001:db8::cb01");
  });

  it("handles escapes, several delimiters and upper-case URL escaping", () => {
    const ctx = context("192.0.2.3", { localPart: "foo-bar+zip+quux", sender: "~jack&jill=up-a_b3.c@example.com" });
    expect(expandMacroString("a%%b%_c%-d", ctx)).toBe("a%b c%20d");
    expect(expandMacroString("%{l2r+-}", ctx)).toBe("bar.foo");
    expect(expandMacroString("%{S}", ctx)).toBe("~jack%26jill%3Dup-a_b3.c%40example.com");
    expect(urlEscape("é/!*'()")).toBe("%C3%A9%2F%21%2A%27%28%29");
  });

  it("allows c, r and t only in explanation text (RFC 7208 §7.2)", () => {
    const ctx = context("192.0.2.3", { receiver: "mx.receiver.example", now: 1_700_000_000 });
    expect(expandMacroString("%{c}", ctx)).toBeNull();
    expect(expandMacroString("%{c} via %{r} at %{t}", ctx, { explain: true })).toBe("192.0.2.3 via mx.receiver.example at 1700000000");
  });

  it("uses the validated name for %{p} and 'unknown' without one", () => {
    expect(expandMacroString("%{p}", context("192.0.2.3"))).toBe("unknown");
    expect(expandMacroString("%{p2}", context("192.0.2.3", { validatedName: "mx.example.org" }))).toBe("example.org");
  });

  it("truncates target names over 253 characters from the left (RFC 7208 §7.3)", () => {
    const name = toTargetName(`${"abcdefghij.".repeat(30)}example.com.`);
    expect(name).toBe(`${"abcdefghij.".repeat(22)}example.com`);
    expect(name.length).toBe(253);
    expect(toTargetName("example.com.")).toBe("example.com");
  });
});
