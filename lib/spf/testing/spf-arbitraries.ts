import fc from "fast-check";

/** A small universe of names and addresses, so generated records refer to each other. */
export const DOMAINS = ["d0.example", "d1.example", "d2.example", "d3.example"] as const;
export const HOSTS = ["h0.example", "h1.example"] as const;
export const V4 = ["192.0.2.1", "192.0.2.2", "192.0.2.200", "198.51.100.7"] as const;
export const V6 = ["2001:db8::1", "2001:db8::2", "2001:db8:1::5"] as const;
export const CLIENTS = [...V4, ...V6, "::ffff:192.0.2.1"] as const;

/** Macro targets always end in a known multi-label suffix, so they stay usable DNS names. */
const MACRO_TARGETS = [
  "%{d}",
  "%{o}",
  "%{d2}",
  "%{h}",
  "%{i}.m.example",
  "%{ir}.%{v}.m.example",
  "%{l}.m.example",
  "%{L}.m.example",
  "%{l1r-}.m.example",
  "%{p}.m.example",
  "%{d1}",
  "%{l}",
];
/** Names the macro targets can expand to, that the zone may give an A record. */
export const MACRO_NAMES = [
  "192.0.2.1.m.example",
  "1.2.0.192.in-addr.m.example",
  "user.m.example",
  "a.b-c.m.example",
  "postmaster.m.example",
  "b.m.example",
  "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.m.example",
] as const;

const target = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom<string>(...DOMAINS, ...HOSTS) },
  { weight: 2, arbitrary: fc.constantFrom("nx.example", "to.example", "D1.EXAMPLE", "d2.example.", "alias.example", "loop.example") },
  { weight: 2, arbitrary: fc.constantFrom(...MACRO_TARGETS) },
);
const cidr4 = fc.constantFrom("", "", "/0", "/8", "/24", "/31", "/32");
const cidr6 = fc.constantFrom("", "", "//0", "//32", "//64", "//128");
const qualifier = fc.constantFrom("", "", "", "+", "-", "-", "~", "?");

const mechanism = fc.oneof(
  { weight: 2, arbitrary: fc.constant("all") },
  { weight: 4, arbitrary: target.map((t) => `include:${t}`) },
  { weight: 4, arbitrary: fc.tuple(fc.option(target), cidr4, cidr6).map(([t, c4, c6]) => `a${t ? `:${t}` : ""}${c4}${c6}`) },
  { weight: 3, arbitrary: fc.tuple(fc.option(target), cidr4, cidr6).map(([t, c4, c6]) => `mx${t ? `:${t}` : ""}${c4}${c6}`) },
  { weight: 2, arbitrary: target.map((t) => `exists:${t}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...V4, "192.0.2.0", "0.0.0.0"), cidr4).map(([n, c]) => `ip4:${n}${c}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...V6, "2001:db8::", "::"), fc.constantFrom("", "/0", "/32", "/64", "/128")).map(([n, c]) => `ip6:${n}${c}`) },
  { weight: 1, arbitrary: fc.option(target).map((t) => `ptr${t ? `:${t}` : ""}`) },
);

const modifier = fc.oneof(
  target.map((t) => `redirect=${t}`),
  fc.constantFrom("exp=e.example", "exp=e3.example", "exp=%{d2}", "exp=nx.example", "exp=e2.example", "exp=to.example", "foo=bar", "x-unknown=%{d}"),
);

/** Deliberate syntax errors (RFC 7208 §4.6, §5, §7.1). */
const broken = fc.constantFrom("ip4:192.0.2.300", "a/33", "foo:bar", "redirect=", "exp=", "a:%{z}.example", "mx:foo", "-all/8", "include", "ip6:2001:db8::/129", "ip4:192.0.2.1//32", "exists:%{c}.m.example");

const term = fc.oneof(
  { weight: 20, arbitrary: fc.tuple(qualifier, mechanism).map(([q, m]) => q + m) },
  { weight: 5, arbitrary: modifier },
  { weight: 1, arbitrary: broken },
);

export const spfRecord = fc
  .tuple(fc.oneof({ weight: 9, arbitrary: fc.array(term, { maxLength: 6 }) }, { weight: 1, arbitrary: fc.array(term, { minLength: 8, maxLength: 12 }) }), fc.constantFrom("v=spf1", "v=spf1", "v=spf1", "V=SPF1", " v=spf1"), fc.constantFrom(" ", " ", "  "), fc.constantFrom("", "", " "))
  .map(([terms, version, gap, tail]) => [version, ...terms].join(gap) + tail);

const addresses = <T extends string>(pool: readonly T[]) => fc.subarray([...pool], { maxLength: 2 });

const txtList = fc.oneof(
  { weight: 10, arbitrary: spfRecord.map((r) => [r]) },
  { weight: 2, arbitrary: fc.constant<string[]>([]) },
  { weight: 1, arbitrary: fc.tuple(spfRecord, spfRecord) },
  { weight: 1, arbitrary: spfRecord.map((r) => [r, "google-site-verification=abc"]) },
  { weight: 1, arbitrary: fc.constant(["v=spf10 -all"]) },
  { weight: 1, arbitrary: spfRecord.map((r) => [[r.slice(0, 9), r.slice(9)]]) },
);

const mxEntry = fc.record({
  pref: fc.integer({ min: 0, max: 20 }),
  host: fc.oneof({ weight: 12, arbitrary: fc.constantFrom<string>(...HOSTS, ...DOMAINS, "nx.example", "") }, { weight: 1, arbitrary: fc.constant("mailhost") }),
});

const hostEntries = fc.record({ a: addresses(V4), aaaa: addresses(V6), timeout: fc.nat(9).map((n) => n === 0) });

function entries(d: { txt?: (string | string[])[]; a: string[]; aaaa: string[]; mx?: { pref: number; host: string }[]; timeout: boolean }): unknown[] {
  return [
    ...(d.txt ?? []).map((t) => ({ TXT: t })),
    ...d.a.map((a) => ({ A: a })),
    ...d.aaaa.map((a) => ({ AAAA: a })),
    ...(d.mx ?? []).map((m) => ({ MX: [m.pref, m.host] })),
    ...(d.timeout ? ["TIMEOUT"] : []),
  ];
}

/** A zone in the YAML zonedata shape (see testing/zonedata-client.ts), around the names above. */
export const spfZone = fc
  .record({
    domains: fc.array(
        fc.record({
          txt: txtList,
          a: addresses(V4),
          aaaa: addresses(V6),
          mx: fc.oneof(
            { weight: 9, arbitrary: fc.array(mxEntry, { maxLength: 3 }) },
            { weight: 1, arbitrary: fc.array(mxEntry, { minLength: 9, maxLength: 12 }) },
          ),
          timeout: fc.constant(false),
        }),
        { minLength: DOMAINS.length, maxLength: DOMAINS.length },
    ),
    hosts: fc.array(hostEntries, { minLength: HOSTS.length, maxLength: HOSTS.length }),
    macroNames: fc.subarray([...MACRO_NAMES]),
    ptr: fc.subarray<string>([...DOMAINS, ...HOSTS], { maxLength: 2 }),
  })
  .map(({ domains, hosts, macroNames, ptr }) => {
    const zone: Record<string, unknown[]> = {};
    DOMAINS.forEach((d, i) => (zone[d] = entries(domains[i] as Parameters<typeof entries>[0])));
    HOSTS.forEach((h, i) => (zone[h] = entries(hosts[i] as Parameters<typeof entries>[0])));
    for (const name of macroNames) zone[name] = [{ A: "127.0.0.2" }];
    zone["to.example"] = ["TIMEOUT"];
    zone["alias.example"] = [{ CNAME: "d3.example" }];
    zone["mailhost"] = [{ A: V4[0] }];
    zone["loop.example"] = [{ CNAME: "loop.example" }];
    zone["e.example"] = [{ TXT: "%{s} may not send from %{c} for %{d}" }];
    zone["e2.example"] = [{ TXT: "one" }, { TXT: "two" }];
    zone["e3.example"] = [{ TXT: "ip %{i} (%{v}) name %{p} helo %{h} local %{l} %{d1r}" }];
    zone["1.2.0.192.in-addr.arpa"] = ptr.map((p) => ({ PTR: p }));
    zone["1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"] = ptr.map((p) => ({ PTR: p }));
    return zone;
  });

export const spfIdentity = fc.record({
  ip: fc.constantFrom(...CLIENTS),
  sender: fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fc.constantFrom("user", "a.b-c", "b"), fc.constantFrom(...DOMAINS)).map(([l, d]) => `${l}@${d}`) },
    { weight: 1, arbitrary: fc.constant("") },
  ),
  helo: fc.constantFrom<string>(...DOMAINS, ...HOSTS),
});
