/** Depth 3, ten DNS-querying terms; the longest chain is root TXT → l1a TXT → MX → MX host A. */
export const DEEP_TREE: Record<string, unknown[]> = {
  "root.example": [{ TXT: "v=spf1 include:l1a.example include:l1b.example -all" }],
  "l1a.example": [{ TXT: "v=spf1 include:l2a.example a:h1.example mx:m.example ~all" }],
  "l1b.example": [{ TXT: "v=spf1 include:l2b.example ?exists:h2.example ~all" }],
  "l2a.example": [{ TXT: "v=spf1 a:h3.example a:h4.example -all" }],
  "l2b.example": [{ TXT: "v=spf1 a:h5.example ip4:198.51.100.0/24 -all" }],
  "m.example": [{ MX: [10, "mx1.m.example"] }],
  "mx1.m.example": [{ A: "192.0.2.25" }],
  ...Object.fromEntries(["h1", "h2", "h3", "h4", "h5"].map((h, i) => [`${h}.example`, [{ A: `192.0.2.${i + 1}` }]])),
};

const hosts = (names: string[]) => Object.fromEntries(names.map((h, i) => [h, [{ A: `192.0.2.${100 + i}` }]]));

/**
 * Fourteen DNS-querying terms in evaluation order: include:p1 (1), p1's four "a" (2–5),
 * include:p2 (6), include:p3 (7), p3's two "a" (8, 9), a:h5 (10), a:h6 (11, the first over
 * the limit), then the root's a (12), mx (13) and a:h9 (14). No address matches 203.0.113.5.
 */
export const FOURTEEN_LOOKUPS: Record<string, unknown[]> = {
  "fourteen.example": [{ TXT: "v=spf1 include:p1.example include:p2.example a mx a:h9.example -all" }, { A: "192.0.2.50" }, { MX: [10, "h1.example"] }],
  "p1.example": [{ TXT: "v=spf1 a:h1.example a:h2.example a:h3.example a:h4.example ~all" }],
  "p2.example": [{ TXT: "v=spf1 include:p3.example a:h5.example a:h6.example ?all" }],
  "p3.example": [{ TXT: "v=spf1 a:h7.example a:h8.example -all" }],
  ...hosts(["h1.example", "h2.example", "h3.example", "h4.example", "h5.example", "h6.example", "h7.example", "h8.example", "h9.example"]),
};

/** One domain per finding (see analyze.test.ts). */
export const FINDINGS_ZONE: Record<string, unknown[]> = {
  "good.example": [{ TXT: "v=spf1 ip4:192.0.2.0/24 include:_spf.provider.example -all" }],
  "_spf.provider.example": [{ TXT: "v=spf1 ip4:198.51.100.0/24 ~all" }],
  "nospf.example": [{ A: "192.0.2.1" }, { TXT: "google-site-verification=abc" }],
  "multi.example": [{ TXT: "v=spf1 -all" }, { TXT: "v=spf1 include:good.example ~all" }],
  "syntax.example": [{ TXT: "v=spf1 ip4:192.0.2.300 -all" }],
  "void.example": [{ TXT: "v=spf1 a:gone1.example a:gone2.example a:gone3.example -all" }],
  "incnone.example": [{ TXT: "v=spf1 include:nospf.example -all" }],
  "loop-a.example": [{ TXT: "v=spf1 include:loop-b.example -all" }],
  "loop-b.example": [{ TXT: "v=spf1 include:loop-a.example ~all" }],
  "allpass.example": [{ TXT: "v=spf1 +all" }],
  "ptr.example": [{ TXT: "v=spf1 ptr -all" }],
  "redirign.example": [{ TXT: "v=spf1 -all redirect=good.example" }],
  "noall.example": [{ TXT: "v=spf1 ip4:192.0.2.1" }],
  "dnserr.example": [{ TXT: "v=spf1 include:slow.example -all" }],
  "slow.example": ["TIMEOUT"],
  "near.example": [{ TXT: `v=spf1 ${["n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8"].map((h) => `a:${h}.example`).join(" ")} -all` }],
  ...hosts(["n1.example", "n2.example", "n3.example", "n4.example", "n5.example", "n6.example", "n7.example", "n8.example"]),
  "redirnone.example": [{ TXT: "v=spf1 redirect=nospf.example" }],
  "incallpass.example": [{ TXT: "v=spf1 include:allpass.example -all" }],
  "neutral.example": [{ TXT: "v=spf1 ip4:192.0.2.1 ?all" }],
  "afterall.example": [{ TXT: "v=spf1 -all ip4:192.0.2.1" }],
  "manymx.example": [{ TXT: "v=spf1 mx -all" }, ...Array.from({ length: 11 }, (_, i) => ({ MX: [i, `mx${i}.manymx.example`] }))],
  "long.example": [{ TXT: ["v=spf1", ...Array.from({ length: 30 }, (_, i) => ` ip4:198.51.${i}.0/24`), " -all"] }],
};
