import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addRecords, getRecords, removeName, resetZones, setRecords } from "@/e2e/support/fixture-dns";
import { analyzeBounce, type BounceAnalysis } from "@/lib/bounce";
import { checkDkim, checkDmarc, checkMx, checkNs, checkPtr } from "@/lib/checks";
import { queryAuthoritative } from "@/lib/dns/authoritative";
import { startFixtureControl, type FixtureControl } from "@/lib/dns/fixture-server/control";
import type { FixtureZones } from "@/lib/dns/fixture-server/entries";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { readZoneFiles } from "@/lib/dns/fixture-server/zone-files";
import type { DnsClient } from "@/lib/dns/types";
import { createWireClient } from "@/lib/dns/wire-client";
import { detectProvider, isInitialDomain, loadHostingProfile, recommendedSpfRecord, type DnsProviderId } from "@/lib/fix";
import { analyzeSpf } from "@/lib/spf";
import { DEMO_BOUNCES_DIR, DEMO_ZONES_FILE, readDemoDomains, type DemoDomain } from "@/scripts/demo/demo-domains";

/** The demo's sending server, www1234.sakura.ne.jp. */
const SERVER_IP = "203.0.113.25";
/** Per attempt: the TIMEOUT domain costs this much per query. */
const TIMEOUT_MS = 400;

let zones: FixtureZones;
let demo: DemoDomain[];
let server: FixtureDnsServer;
let control: FixtureControl;
let dns: DnsClient;

beforeAll(async () => {
  zones = await readZoneFiles([DEMO_ZONES_FILE]);
  demo = await readDemoDomains();
  server = await startFixtureDnsServer({ zones, port: 0 });
  control = await startFixtureControl(server, { reload: async () => server.setZones(await readZoneFiles([DEMO_ZONES_FILE])) });
  dns = createWireClient({ servers: [{ host: server.host, port: server.port }], timeoutMs: TIMEOUT_MS, retries: 0 });
});

afterAll(async () => {
  await control?.close();
  await server?.close();
});

const codes = (findings: readonly { code: string }[]) => findings.map((finding) => finding.code);
const spf = (domain: string, ip = SERVER_IP) => analyzeSpf({ domain, ip }, dns);

/** Zones the customer or a third party edits, and whose panel the wizard explains. */
const PROVIDERS: Record<string, DnsProviderId> = {
  "nospf.todoku.test": "sakura",
  "multi.todoku.test": "sakura",
  "missing.todoku.test": "sakura",
  "initial.todoku.test": "sakura",
  "lookups.todoku.test": "sakura",
  "forward.todoku.test": "sakura",
  "torihiki.example": "route53",
  "ml.todoku.test": "sakura",
  "kaiin.example": "xserver",
  "good.todoku.test": "sakura",
  "noptr.todoku.test": "sakura",
  "cloudflare.todoku.test": "cloudflare",
  "lolipop.todoku.test": "lolipop",
  "broken.todoku.test": "sakura",
  "timeout.todoku.test": "sakura",
};

describe("the demo list", () => {
  it("names each served customer zone once, and the YAML header describes each", () => {
    const domains = demo.map((entry) => entry.domain);
    expect(new Set(domains).size).toBe(domains.length);
    const header = readFileSync(DEMO_ZONES_FILE, "utf8").split(/^demo:/m)[0] ?? "";
    for (const domain of [...domains, "torihiki.example", "kaiin.example"]) {
      expect(zones[domain], domain).toBeDefined();
      expect(header, domain).toMatch(new RegExp(`^# ${domain.replaceAll(".", "\\.")}\\s`, "m"));
    }
    expect(Object.keys(PROVIDERS).filter((domain) => domain.endsWith(".todoku.test")).sort()).toEqual([...domains].sort());
  });

  it("matches the README: its table lists every demo domain, its curl example keeps the zone and adds the record", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Demo (no internet needed)"), readme.indexOf("## Configuration"));
    const rows = [...section.matchAll(/^\| `([a-z0-9.-]+)` \| (direct|forward|list) \|/gm)].map((match) => ({ domain: match[1], path: match[2] }));
    expect(rows).toEqual(demo.map(({ domain, path }) => ({ domain, path })));
    const body = /-d '(\[[^']*\])'/.exec(section)?.[1];
    const record = recommendedSpfRecord(loadHostingProfile("sakura"), "www1234.sakura.ne.jp", "nospf.todoku.test");
    const entries = JSON.parse(body ?? "null") as unknown[];
    expect(entries).toHaveLength((zones["nospf.todoku.test"]?.length ?? 0) + 1);
    expect(entries).toEqual(expect.arrayContaining([...(zones["nospf.todoku.test"] ?? []), { TXT: record }]));
  });

  it("uses only reserved names, documentation addresses and loopback name servers", () => {
    for (const [name, entries] of Object.entries(zones)) {
      for (const entry of entries) {
        if (typeof entry !== "object") continue;
        if (typeof entry.A === "string") expect(entry.A, name).toMatch(/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$|^127\.0\.0\.1$/);
        if (typeof entry.AAAA === "string") expect(entry.AAAA, name).toMatch(/^2001:db8:/i);
      }
      const hostingName = /(?:^|\.)(?:sakura\.ne\.jp|dns\.ne\.jp|113\.0\.203\.in-addr\.arpa|ns\.cloudflare\.com|lolipop\.jp|xserver\.jp|awsdns-\d+\.[a-z.]+)$/;
      expect(name.endsWith(".test") || name.endsWith(".example") || hostingName.test(name), name).toBe(true);
    }
  });
});

describe("demo zones: name servers and providers", () => {
  it.each(Object.entries(PROVIDERS))("%s is a zone apex with two or more name servers at 127.0.0.1 (%s)", async (domain, provider) => {
    const ns = await checkNs(domain, dns);
    expect(ns.status).toBe("ok");
    expect(ns.zone).toBe(domain);
    expect(ns.nameservers.length).toBeGreaterThanOrEqual(2);
    for (const nameserver of ns.nameservers) expect(nameserver.addresses, nameserver.name).toEqual(["127.0.0.1"]);
    const detected = detectProvider(ns.nameservers.map((nameserver) => nameserver.name));
    expect(detected.status).toBe("detected");
    expect(detected.provider.id).toBe(provider);
  });

  it.each(Object.keys(PROVIDERS))("the authoritative path works for %s", async (domain) => {
    const result = await queryAuthoritative(domain, "SOA", { recursive: dns, port: server.port, timeoutMs: TIMEOUT_MS, retries: 0 });
    expect(result.zone.apex).toBe(domain);
    expect(result.servers.length).toBe(result.zone.nameservers.length);
    for (const answer of result.servers) {
      expect(answer.lame, answer.nameserver).toBe(false);
      expect(answer.answer.authoritative).toBe(true);
      expect(answer.answer.records[0]?.type).toBe("SOA");
    }
    const txt = await queryAuthoritative(domain, "TXT", { recursive: dns, port: server.port, timeoutMs: TIMEOUT_MS, retries: 0 });
    const recursive = await dns.query(domain, "TXT");
    for (const answer of txt.servers) {
      expect(answer.answer.status, `${domain} via ${answer.nameserver}`).toBe(recursive.status);
      expect(answer.answer.records.map((record) => record.data)).toEqual(recursive.records.map((record) => record.data));
      // The broken zones' servers fail TXT, as their whole point is.
      expect(answer.lame).toBe(domain === "broken.todoku.test" || domain === "timeout.todoku.test");
    }
  });
});

describe("demo zones: each situation is what it claims", () => {
  const profile = loadHostingProfile("sakura");

  it.each(["nospf.todoku.test", "cloudflare.todoku.test", "lolipop.todoku.test"])("%s has no SPF record", async (domain) => {
    const analysis = await spf(domain);
    expect(analysis.records).toEqual([]);
    expect(analysis.result).toBe("none");
    expect(codes(analysis.findings)).toContain("spf.none");
  });

  it("nospf.todoku.test keeps another TXT record that a fix must not remove", async () => {
    const txt = await dns.query("nospf.todoku.test", "TXT");
    expect(txt.records.map((record) => record.data.join(""))).toEqual([expect.stringMatching(/^google-site-verification=/)]);
    expect(txt.records[0]?.ttl).toBe(3600);
  });

  it("multi.todoku.test has two SPF records (permerror)", async () => {
    const analysis = await spf("multi.todoku.test");
    expect(analysis.records).toHaveLength(2);
    expect(analysis.result).toBe("permerror");
    expect(codes(analysis.findings)).toContain("spf.multiple_records");
  });

  it("missing.todoku.test authorizes a newsletter service but not the server", async () => {
    const analysis = await spf("missing.todoku.test");
    expect(analysis.records).toEqual(["v=spf1 include:_spf.mailer.test ~all"]);
    expect(analysis.result).toBe("softfail");
    expect(codes(analysis.findings)).toContain("spf.not_authorized");
  });

  it("initial.todoku.test names the account's initial domain, whose address is not the server's", async () => {
    const analysis = await spf("initial.todoku.test");
    expect(analysis.result).toBe("softfail");
    expect(codes(analysis.findings)).toContain("spf.not_authorized");
    const target = analysis.tree?.terms.find((term) => term.mechanism === "a")?.target;
    expect(target).toBe("example-account.sakura.ne.jp");
    expect(isInitialDomain(profile, target ?? "")).toBe(true);
    const address = await dns.query("example-account.sakura.ne.jp", "A");
    expect(address.records.map((record) => record.data)).not.toContain(SERVER_IP);
  });

  it("lookups.todoku.test needs 13 lookups and breaks the limit before reaching the server", async () => {
    const analysis = await spf("lookups.todoku.test");
    expect(analysis.lookups.count).toBe(13);
    expect(analysis.lookups.limit).toBe(10);
    expect(analysis.lookups.void).toBe(0);
    expect(analysis.lookups.limitExceededAt?.domain).toBe("spf.helpdesk.test");
    expect(analysis.result).toBe("permerror");
    expect(codes(analysis.findings)).toContain("spf.lookup_limit");
    expect(codes(analysis.findings)).not.toContain("spf.include_none");
  });

  it("good.todoku.test passes everything: the profile's record, DMARC with reports, a 2048-bit DKIM key, PTR", async () => {
    const analysis = await spf("good.todoku.test");
    expect(analysis.records).toEqual([recommendedSpfRecord(profile, "www1234.sakura.ne.jp", "good.todoku.test")]);
    expect(analysis.result).toBe("pass");
    expect(analysis.findings.filter((finding) => finding.severity !== "info")).toEqual([]);

    const dmarc = await checkDmarc("good.todoku.test", dns);
    expect(dmarc.policy).toBe("none");
    expect(dmarc.rua.map((uri) => uri.address)).toEqual(["dmarc-reports@good.todoku.test"]);

    const dkim = await checkDkim("good.todoku.test", ["rs20261005"], dns);
    expect(dkim.status).toBe("ok");
    expect(dkim.selectors[0]).toMatchObject({ keyType: "rsa", bits: 2048, testing: false });
    expect(profile.dkim?.selectorPattern && new RegExp(profile.dkim.selectorPattern).test("rs20261005")).toBe(true);

    const ptr = await checkPtr(SERVER_IP, dns);
    expect(ptr.status).toBe("ok");
    expect(ptr.confirmedName).toBe("www1234.sakura.ne.jp");

    expect((await checkMx("good.todoku.test", dns)).status).toBe("ok");
  });

  it("noptr.todoku.test passes SPF from www5678.sakura.ne.jp, whose address has no PTR", async () => {
    const [address] = (await dns.query("www5678.sakura.ne.jp", "A")).records;
    expect(address?.data).toBe("203.0.113.78");
    expect((await spf("noptr.todoku.test", "203.0.113.78")).result).toBe("pass");
    const ptr = await checkPtr("203.0.113.78", dns);
    expect(ptr.status).toBe("error");
    expect(codes(ptr.findings)).toContain("ptr.none");
  });

  it("forwarding: forward.todoku.test passes, the original sender torihiki.example fails hard with DMARC reject", async () => {
    expect((await spf("forward.todoku.test")).result).toBe("pass");
    const original = await spf("torihiki.example");
    expect(original.result).toBe("fail");
    expect(original.records[0]).toMatch(/-all$/);
    const dmarc = await checkDmarc("torihiki.example", dns);
    expect(dmarc.policy).toBe("reject");
    const dkim = await checkDkim("torihiki.example", ["k1"], dns);
    expect(dkim.selectors[0]).toMatchObject({ status: "ok", bits: 2048 });
  });

  it("mailing list: ml.todoku.test's SPF lacks the server, the poster kaiin.example has DMARC quarantine", async () => {
    const list = await spf("ml.todoku.test");
    expect(list.result).toBe("softfail");
    expect(codes(list.findings)).toContain("spf.not_authorized");
    const dmarc = await checkDmarc("kaiin.example", dns);
    expect(dmarc.policy).toBe("quarantine");
    expect((await checkDmarc("ml.todoku.test", dns)).record).toBeNull();
  });

  it.each(["broken.todoku.test", "timeout.todoku.test"])("%s has DNS trouble, reported as a finding", async (domain) => {
    const analysis = await spf(domain);
    expect(analysis.result).toBe("temperror");
    expect(codes(analysis.findings)).toContain("spf.dns_error");
    expect((await checkMx(domain, dns)).hosts.map((host) => host.exchange)).toEqual([domain]);
  });

  it("other zones leave DMARC to the customer: no record, no inherited one", async () => {
    for (const domain of ["nospf.todoku.test", "missing.todoku.test", "cloudflare.todoku.test"]) {
      const dmarc = await checkDmarc(domain, dns);
      expect(dmarc.record, domain).toBeNull();
      expect(codes(dmarc.findings), domain).toContain("dmarc.none");
    }
  });
});

describe("e2e/support/fixture-dns against the control API", () => {
  beforeAll(() => {
    process.env.E2E_DNS_CONTROL_URL = `http://${control.host}:${control.port}`;
  });
  afterEach(async () => {
    await resetZones();
  });
  afterAll(() => {
    delete process.env.E2E_DNS_CONTROL_URL;
  });

  it("adds the SPF record the wizard asks for: the name servers serve it at once", async () => {
    const record = recommendedSpfRecord(loadHostingProfile("sakura"), "www1234.sakura.ne.jp", "nospf.todoku.test");
    await addRecords("nospf.todoku.test", [{ TXT: record }]);
    const live = await queryAuthoritative("nospf.todoku.test", "TXT", { recursive: dns, port: server.port, timeoutMs: TIMEOUT_MS, retries: 0 });
    for (const answer of live.servers) expect(answer.answer.records.map((r) => r.data.join(""))).toContain(record);
    expect((await spf("nospf.todoku.test")).result).toBe("pass");
    // SOA and NS stayed, so the zone is still found.
    expect((await checkNs("nospf.todoku.test", dns)).zone).toBe("nospf.todoku.test");
  });

  it("sets and removes names, and resetZones puts the file's data back", async () => {
    await setRecords("multi.todoku.test", [...((await getRecords("multi.todoku.test")) ?? []).filter((entry) => typeof entry === "string" || !("TXT" in entry))]);
    expect((await spf("multi.todoku.test")).result).toBe("none");
    await removeName("www1234.sakura.ne.jp");
    expect((await dns.query("www1234.sakura.ne.jp", "A")).status).toBe("nxdomain");
    expect(await getRecords("www1234.sakura.ne.jp")).toBeNull();

    await resetZones();
    expect((await dns.query("www1234.sakura.ne.jp", "A")).records[0]?.data).toBe(SERVER_IP);
    expect((await spf("multi.todoku.test")).records).toHaveLength(2);
    expect(server.zones()).toEqual(zones);
  });
});

describe("demo bounces", () => {
  async function read(file: string): Promise<BounceAnalysis> {
    const outcome = await analyzeBounce(readFileSync(join(DEMO_BOUNCES_DIR, file)));
    if (!outcome.ok) throw new Error(`${file}: ${outcome.reason}`);
    return outcome.bounce;
  }

  it("has a sample for each path", () => {
    expect(readdirSync(DEMO_BOUNCES_DIR).sort()).toEqual(["forward-torihiki.eml", "mailing-list.eml", "nospf-direct.eml"]);
  });

  it("nospf-direct.eml: Gmail refused unauthenticated mail from nospf.todoku.test sent by www1234", async () => {
    expect(await read("nospf-direct.eml")).toMatchObject({
      scenario: "direct",
      category: "auth_unauthenticated",
      status: "5.7.26",
      replyCode: "550",
      gmail: true,
      domain: "nospf.todoku.test",
      ip: SERVER_IP,
      ipSource: "reply",
      reportingMta: "www1234.sakura.ne.jp",
      sender: "taro@nospf.todoku.test",
      recipient: "hanako.suzuki@gmail.com",
      dkim: null,
    });
  });

  it("forward-torihiki.eml: forwarded from forward.todoku.test, SPF of torihiki.example failed", async () => {
    expect(await read("forward-torihiki.eml")).toMatchObject({
      scenario: "forward",
      category: "spf_fail",
      status: "5.7.26",
      domain: "torihiki.example",
      ip: SERVER_IP,
      originalRecipient: "yamada@forward.todoku.test",
      recipient: "yamada.forward@gmail.com",
      sender: "order@torihiki.example",
      reportingMta: "www1234.sakura.ne.jp",
      dkim: { domain: "torihiki.example", selector: "k1" },
    });
  });

  it("mailing-list.eml: list mail of ml.todoku.test, returned to the list's bounce address", async () => {
    expect(await read("mailing-list.eml")).toMatchObject({
      scenario: "list",
      category: "auth_unauthenticated",
      status: "5.7.26",
      domain: "ml.todoku.test",
      ip: SERVER_IP,
      listId: "Study group seminar <seminar.ml.todoku.test>",
      sender: "seminar-bounces@ml.todoku.test",
      from: "speaker@kaiin.example",
      recipient: "member.tanaka@gmail.com",
    });
  });

  it("each bounce's IP is the address of the server it names, and its domain is a demo zone", async () => {
    for (const file of readdirSync(DEMO_BOUNCES_DIR)) {
      const bounce = await read(file);
      const server = await dns.query(bounce.reportingMta ?? "", "A");
      expect(server.records.map((record) => record.data), file).toEqual([bounce.ip]);
      expect(PROVIDERS[bounce.domain ?? ""], file).toBeDefined();
    }
  });
});
