import type { FixtureZones } from "@/lib/dns/fixture-server/entries";
import { reverseName } from "@/lib/dns/names";
import { testKeys } from "@/lib/checks/testing/keys";

/** DMARC: one domain per situation (see dmarc.test.ts). */
const DMARC_ZONES: FixtureZones = {
  "_dmarc.good.example": [{ TXT: "v=DMARC1; p=none; rua=mailto:dmarc@good.example" }],
  "_dmarc.reject.example": [{ TXT: "v=DMARC1; p=reject; sp=quarantine; adkim=s; aspf=r; rua=mailto:d@reject.example!10m; ruf=mailto:f@reject.example; fo=1; ri=3600" }],
  "_dmarc.quarantine.example": [{ TXT: "v=DMARC1; p=quarantine; pct=50; rua=mailto:d@quarantine.example" }],
  // Organizational-domain fallback: mail.example.co.jp → example.co.jp, never co.jp.
  "_dmarc.example.co.jp": [{ TXT: "v=DMARC1; p=reject; sp=none; rua=mailto:r@example.co.jp" }],
  "_dmarc.co.jp": [{ TXT: "v=DMARC1; p=reject; rua=mailto:trap@co.jp" }],
  "mail.example.co.jp": [{ A: "192.0.2.10" }],
  "mail.other.co.jp": [{ A: "192.0.2.11" }],
  "nodmarc.example": [{ A: "192.0.2.12" }],
  "_dmarc.multi.example": [{ TXT: "v=DMARC1; p=none" }, { TXT: "v=DMARC1; p=reject; rua=mailto:a@multi.example" }, { TXT: "unrelated" }],
  "_dmarc.syntax.example": [{ TXT: "v=DMARC1; p=none; pct=150; adkim=x; p=reject; rua=mailto:d@syntax.example" }],
  "_dmarc.nopolicy.example": [{ TXT: "v=DMARC1; rua=mailto:d@nopolicy.example" }],
  "_dmarc.unknowntag.example": [{ TXT: "v=DMARC1; p=none; foo=bar; rua=mailto:x@unknowntag.example" }],
  "_dmarc.norua.example": [{ TXT: "v=DMARC1; p=none" }],
  "_dmarc.badrua.example": [{ TXT: "v=DMARC1; p=none; rua=dmarc@badrua.example" }],
  "_dmarc.external.example": [{ TXT: "v=DMARC1; p=none; rua=mailto:a@reports.test,mailto:b@authorized.test,mailto:c@external.example" }],
  "external.example._report._dmarc.authorized.test": [{ TXT: "v=DMARC1" }],
  "_dmarc.ignored.example": [{ TXT: "v=DMARC1 p=none" }],
  "_dmarc.quoted.example": [{ TXT: '"v=DMARC1; p=none"' }],
  "_dmarc.delegated.example": [{ CNAME: "delegated.example.dmarc.provider.test" }],
  "delegated.example.dmarc.provider.test": [{ TXT: ["v=DMARC1; p=quarantine; ", "rua=mailto:d@delegated.example"] }],
  "_dmarc.servfail.example": ["SERVFAIL"],
  "_dmarc.timeout.example": ["TIMEOUT"],
  "_dmarc.orgfail.example": ["SERVFAIL"],
  "mail.orgfail.example": [{ A: "192.0.2.13" }],
};

/** DKIM keys under dkim.example, one selector per situation (see dkim.test.ts). */
function dkimZones(): FixtureZones {
  const k = testKeys();
  const at = (selector: string) => `${selector}._domainkey.dkim.example`;
  return {
    [at("s2048")]: [{ TXT: `v=DKIM1; k=rsa; p=${k.rsa2048}` }],
    [at("s1024")]: [{ TXT: `v=DKIM1; k=rsa; p=${k.rsa1024}` }],
    [at("s512")]: [{ TXT: `v=DKIM1; p=${k.rsa512}` }],
    [at("pkcs1")]: [{ TXT: `v=DKIM1; k=rsa; p=${k.rsa2048Pkcs1}` }],
    // Whitespace inside p= is allowed (FWS, RFC 6376 §3.6.1).
    [at("spaced")]: [{ TXT: `v=DKIM1; k=rsa; p=${k.rsa2048.slice(0, 100)} ${k.rsa2048.slice(100)}` }],
    [at("ed")]: [{ TXT: `v=DKIM1; k=ed25519; p=${k.ed25519}` }],
    [at("edspki")]: [{ TXT: `v=DKIM1; k=ed25519; p=${k.ed25519Spki}` }],
    [at("revoked")]: [{ TXT: "v=DKIM1; k=rsa; p=" }],
    [at("testing")]: [{ TXT: `v=DKIM1; t=y; p=${k.rsa2048}` }],
    [at("syntax")]: [{ TXT: `k=rsa; v=DKIM1; p=${k.rsa2048}` }],
    [at("sha1")]: [{ TXT: `v=DKIM1; h=sha1; p=${k.rsa2048}` }],
    [at("garbage")]: [{ TXT: "v=DKIM1; p=MIIB!!!" }],
    [at("notakey")]: [{ TXT: "v=DKIM1; p=QUJDRA==" }],
    [at("mismatch")]: [{ TXT: `v=DKIM1; k=rsa; p=${k.ed25519Spki}` }],
    [at("multi")]: [{ TXT: `v=DKIM1; p=${k.rsa2048}` }, { TXT: "v=DKIM1; p=" }],
    [at("delegated")]: [{ CNAME: "delegated.dkim.provider.test" }],
    "delegated.dkim.provider.test": [{ TXT: `v=DKIM1; k=rsa; p=${k.rsa2048}` }],
    [at("dangling")]: [{ CNAME: "gone.dkim.provider.test" }],
    [at("servfail")]: ["SERVFAIL"],
    [at("slow")]: ["TIMEOUT"],
    "dkim.example": [{ A: "192.0.2.20" }],
  };
}

/** Reverse and forward names for the PTR checks (see ptr.test.ts). */
const PTR_ZONES: FixtureZones = {
  [reverseName("192.0.2.25")]: [{ PTR: "mail.ptr.example" }],
  "mail.ptr.example": [{ A: "192.0.2.25" }, { AAAA: "2001:db8::25" }],
  [reverseName("192.0.2.26")]: [{ PTR: "mismatch.ptr.example" }],
  "mismatch.ptr.example": [{ A: "192.0.2.99" }],
  [reverseName("192.0.2.28")]: [{ PTR: "b.ptr.example" }, { PTR: "a.ptr.example" }],
  "a.ptr.example": [{ A: "192.0.2.28" }],
  "b.ptr.example": [{ TXT: "no address here" }],
  [reverseName("203.0.113.5")]: [{ PTR: "203-0-113-5.dsl.isp.test" }],
  "203-0-113-5.dsl.isp.test": [{ A: "203.0.113.5" }],
  [reverseName("192.0.2.29")]: ["SERVFAIL"],
  [reverseName("192.0.2.30")]: [{ PTR: "slowfwd.ptr.example" }],
  "slowfwd.ptr.example": ["TIMEOUT"],
  [reverseName("2001:db8::25")]: [{ PTR: "mail.ptr.example" }],
  [reverseName("2001:db8::26")]: [{ PTR: "mail6bad.ptr.example" }],
  "mail6bad.ptr.example": [{ AAAA: "2001:db8::99" }, { A: "192.0.2.26" }],
};

/** MX situations (see mx.test.ts). */
const MX_ZONES: FixtureZones = {
  "mx.example": [{ MX: [20, "mx2.mx.example"] }, { MX: [10, "mx1.mx.example"] }],
  "mx1.mx.example": [{ A: "192.0.2.41" }, { AAAA: "2001:db8::41" }],
  "mx2.mx.example": [{ A: "192.0.2.42" }],
  "nullmx.example": [{ MX: [0, "."] }],
  "nullmixed.example": [{ MX: [0, "."] }, { MX: [10, "mx1.mx.example"] }],
  "cnamemx.example": [{ MX: [10, "alias.cnamemx.example"] }],
  "alias.cnamemx.example": [{ CNAME: "real.cnamemx.example" }],
  "real.cnamemx.example": [{ A: "192.0.2.43" }],
  "noaddr.example": [{ MX: [10, "nothing.noaddr.example"] }, { MX: [20, "mx1.mx.example"] }],
  "literal.example": [{ MX: [10, "192.0.2.44"] }],
  "implicit.example": [{ A: "192.0.2.45" }],
  "nomx.example": [{ TXT: "v=spf1 -all" }],
  "mxfail.example": ["SERVFAIL"],
  "slowhost.example": [{ MX: [10, "slow.slowhost.example"] }],
  "slow.slowhost.example": ["TIMEOUT"],
};

/** Zones with name servers (see ns.test.ts). */
const NS_ZONES: FixtureZones = {
  "ns.example": [
    { SOA: ["ns1.ns.example", "hostmaster.ns.example", 1, 3600, 600, 86400, 60] },
    { NS: "ns2.ns.example" },
    { NS: "ns1.ns.example" },
  ],
  "ns1.ns.example": [{ A: "192.0.2.51" }, { AAAA: "2001:db8::51" }],
  "ns2.ns.example": [{ A: "192.0.2.52" }],
  "mail.ns.example": [{ A: "192.0.2.53" }],
  "single.example": [{ SOA: ["ns1.single.example", "hostmaster.single.example"] }, { NS: "ns1.single.example" }],
  "ns1.single.example": [{ A: "192.0.2.54" }],
  "noaddrns.example": [{ SOA: ["ns1.noaddrns.example", "hostmaster.noaddrns.example"] }, { NS: "ns1.noaddrns.example" }, { NS: "ns2.gone.test" }],
  "ns1.noaddrns.example": [{ A: "192.0.2.55" }],
  "nsfail.example": ["SERVFAIL"],
  "nstimeout.example": ["TIMEOUT"],
};

/** Every zone the check tests use, served by one fixture DNS server. */
export function checkZones(): FixtureZones {
  return { ...DMARC_ZONES, ...dkimZones(), ...PTR_ZONES, ...MX_ZONES, ...NS_ZONES };
}
