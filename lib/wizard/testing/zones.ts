import type { FixtureZones } from "@/lib/dns/fixture-server/entries";

/** One domain per branch of the decision tree; the Sakura-like host www1234.sakura.ne.jp sends from 203.0.113.25. */
const sakuraNs = [{ NS: "ns1.dns.ne.jp" }, { NS: "ns2.dns.ne.jp" }];
const soa = (zone: string) => ({ SOA: [`ns1.dns.ne.jp`, `hostmaster.${zone}`, 1, 3600, 600, 86400, 300] });

function zone(name: string, entries: FixtureZones[string], ns: FixtureZones[string] = sakuraNs): FixtureZones {
  return { [name]: [soa(name), ...ns, { MX: [10, `mail.${name}`] }, ...entries], [`mail.${name}`]: [{ A: "203.0.113.25" }] };
}

export const WIZARD_ZONES: FixtureZones = {
  "www1234.sakura.ne.jp": [{ A: "203.0.113.25" }],
  "25.113.0.203.in-addr.arpa": [{ PTR: "www1234.sakura.ne.jp" }],
  "www5678.sakura.ne.jp": [{ A: "203.0.113.78" }],
  "ns1.dns.ne.jp": [{ A: "127.0.0.1" }],
  "ns2.dns.ne.jp": [{ A: "127.0.0.1" }],
  "uns01.lolipop.jp": [{ A: "127.0.0.1" }],
  "uns02.lolipop.jp": [{ A: "127.0.0.1" }],
  "_spf.mailer.test": [{ TXT: "v=spf1 ip4:198.51.100.0/24 ~all" }],
  ...zone("nospf.test", [{ TXT: "google-site-verification=abc123" }]),
  ...zone("twospf.test", [{ TXT: "v=spf1 include:_spf.mailer.test ~all" }, { TXT: "v=spf1 a:www1234.sakura.ne.jp -all" }]),
  ...zone("missing.test", [{ TXT: "v=spf1 include:_spf.mailer.test ~all" }]),
  ...zone("typo.test", [{ TXT: "v=spf1 a:www1234.sakura.ne.jp ip4:203.0.113.300 ~all" }]),
  ...zone("heavy.test", [{ TXT: `v=spf1 ${Array.from({ length: 11 }, (_, i) => `a:h${i}.heavy.test`).join(" ")} a:www1234.sakura.ne.jp ~all` }]),
  ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`h${i}.heavy.test`, [{ A: `192.0.2.${i + 1}` }]])),
  ...zone("good.test", [{ TXT: "v=spf1 a:www1234.sakura.ne.jp mx ~all" }]),
  "_dmarc.good.test": [{ TXT: "v=DMARC1; p=none" }],
  ...zone("open.test", [{ TXT: "v=spf1 a:www1234.sakura.ne.jp +all" }]),
  "_dmarc.open.test": [{ TXT: "v=DMARC1; p=none" }],
  ...zone("lolipop.test", [], [{ NS: "uns01.lolipop.jp" }, { NS: "uns02.lolipop.jp" }]),
  ...zone("ml.list.test", []),
  ...zone("ml2.list.test", [{ TXT: "v=spf1 include:_spf.mailer.test ~all" }]),
  ...zone("fwd.test", [{ TXT: "v=spf1 a:www1234.sakura.ne.jp mx ~all" }]),
  ...zone("sender.test", [{ TXT: "v=spf1 ip4:198.51.100.10 -all" }]),
  "_dmarc.sender.test": [{ TXT: "v=DMARC1; p=reject" }],
};
// A domain whose TXT lookups fail: DNS trouble must be a finding, not an error.
WIZARD_ZONES["broken.test"] = [soa("broken.test"), ...sakuraNs, { A: "192.0.2.9" }, "SERVFAIL"];
