import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DNS_DEFAULTS } from "@/lib/dns/config";
import { createDnsClient } from "@/lib/dns/default-client";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { loadHostingProfile } from "@/lib/fix/hosting-profile";
import { diagnoseInputSchema, type DiagnoseInput } from "@/lib/schemas/diagnose-input";
import { ACTION_IDS, type ActionId } from "@/lib/wizard/actions";
import { diagnose, type ExpectedRecord } from "@/lib/wizard/diagnose";
import { WIZARD_ZONES } from "@/lib/wizard/testing/zones";
import type { Diagnosis } from "@/lib/wizard/types";

let server: FixtureDnsServer;
const profile = loadHostingProfile("sakura");
const HOST = "www1234.sakura.ne.jp";

beforeAll(async () => {
  server = await startFixtureDnsServer({ zones: WIZARD_ZONES });
});
afterAll(() => server.close());

function client() {
  return createDnsClient({ ...DNS_DEFAULTS, servers: [{ host: "127.0.0.1", port: server.port }], serversSource: "env", timeoutMs: 400, retries: 0 });
}

async function run(raw: Record<string, unknown>, expected: ExpectedRecord[] = [], dns = client()): Promise<Diagnosis> {
  const input: DiagnoseInput = diagnoseInputSchema.parse(raw);
  return diagnose(input, { dns, profile, authPort: server.port, now: () => new Date("2026-11-28T00:00:00Z") }, expected);
}

const ids = (d: Diagnosis) => d.actions.map((a) => a.id);
const action = (d: Diagnosis, id: ActionId) => {
  const found = d.actions.find((a) => a.id === id);
  if (!found) throw new Error(`no ${id} in ${ids(d).join(", ")}`);
  return found;
};

const GMAIL_5726 = (domain: string, ip: string) => `550-5.7.26 This mail has been blocked because the sender is unauthenticated.
550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.
550-5.7.26  Authentication results:
550-5.7.26  DKIM = did not pass
550-5.7.26  SPF [${domain}] with ip: [${ip}] = did not pass
550 5.7.26  https://support.google.com/mail/answer/81126#authentication 98e67ed59e1d1-3131f2e3d4csi1234567a91.3 - gsmtp`;

describe("diagnose: direct path", () => {
  it("no SPF record: the profile's record, in the panel's field names, then wait", async () => {
    const d = await run({ scenario: "direct", domain: "nospf.test", serverHost: HOST });
    expect(ids(d)).toEqual(["spf.add_record", "dkim.enable", "dmarc.add_record", "wait.propagation"]);
    const add = action(d, "spf.add_record");
    expect(add.severity).toBe("error");
    expect(add.records).toHaveLength(1);
    expect(add.records[0]).toMatchObject({ name: "nospf.test", host: "@", type: "TXT", rawValue: "v=spf1 a:www1234.sakura.ne.jp mx ~all", role: "set" });
    expect(add.records[0]?.panel.ja.map((row) => [row.label, row.value])).toEqual([
      ["エントリ名", "@"],
      ["タイプ", "TXT"],
      ["データ", '"v=spf1 a:www1234.sakura.ne.jp mx ~all"'],
    ]);
    expect(d.verdict.status).toBe("action_needed");
    expect(d.verdict.text.ja).toContain("SPF レコードを追加する");
    expect(d.provider).toMatchObject({ id: "sakura", source: "detected" });
    expect(d.checks.spf.findings.map((f) => f.code)).toContain("spf.none");
  });

  it("no SPF and no host name: asks for the host name instead of guessing a record", async () => {
    const d = await run({ scenario: "direct", domain: "nospf.test" });
    const add = action(d, "spf.add_record");
    expect(add.needs).toBe("serverHost");
    expect(add.records).toEqual([]);
    expect(add.steps[0]?.ja).toContain("ホスト名");
  });

  it("a pasted Gmail bounce fills the IP, and the IP's PTR fills the host name", async () => {
    const d = await run({ scenario: "direct", domain: "nospf.test", bounce: GMAIL_5726("nospf.test", "203.0.113.25") });
    expect(d.ip).toEqual({ value: "203.0.113.25", source: "bounce" });
    expect(d.serverHost).toEqual({ value: HOST, source: "ptr" });
    expect(d.bounce).toMatchObject({ category: "auth_unauthenticated", status: "5.7.26", domain: "nospf.test" });
    expect(action(d, "spf.add_record").records[0]?.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp mx ~all");
    // The mail itself is read, never kept: only facts derived from it.
    expect(d.input).not.toHaveProperty("bounce");
    expect(JSON.stringify(d)).not.toContain("81126#authentication 98e67ed59e1d1");
  });

  it("several SPF records: one record to keep, the others to delete", async () => {
    const d = await run({ scenario: "direct", domain: "twospf.test", serverHost: HOST });
    const merge = action(d, "spf.merge_records");
    expect(merge.records.filter((r) => r.role === "set")).toHaveLength(1);
    expect(merge.records.filter((r) => r.role === "delete")).toHaveLength(1);
    const set = merge.records.find((r) => r.role === "set");
    expect(set?.rawValue).toContain("include:_spf.mailer.test");
    expect(set?.rawValue).toContain("a:www1234.sakura.ne.jp");
    expect(set?.rawValue.match(/v=spf1/g)).toHaveLength(1);
  });

  it("server missing: the existing record edited, every term kept", async () => {
    const d = await run({ scenario: "direct", domain: "missing.test", serverHost: HOST, ip: "203.0.113.25" });
    expect(d.checks.spf.result).toBe("softfail");
    const authorize = action(d, "spf.authorize_server");
    expect(authorize.records[0]?.rawValue).toBe("v=spf1 include:_spf.mailer.test a:www1234.sakura.ne.jp ~all");
    expect(d.checks.spf.findings.map((f) => f.code)).toContain("spf.not_authorized");
  });

  it("syntax error: the corrected record, saying what was dropped", async () => {
    const d = await run({ scenario: "direct", domain: "typo.test", serverHost: HOST });
    const fix = action(d, "spf.fix_syntax");
    expect(fix.records[0]?.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp ~all");
    expect(fix.steps.some((s) => s.en.includes("ip4:203.0.113.300"))).toBe(true);
  });

  it("too many lookups: explains the limit and names the heaviest terms", async () => {
    const d = await run({ scenario: "direct", domain: "heavy.test", serverHost: HOST });
    const reduce = action(d, "spf.reduce_lookups");
    expect(reduce.summary.en).toContain("12 DNS lookups");
    expect(reduce.severity).toBe("error");
  });

  it("+all next to the server: recommends ~all without dropping the server", async () => {
    const d = await run({ scenario: "direct", domain: "open.test", serverHost: HOST, ip: "203.0.113.25" });
    const tighten = action(d, "spf.tighten_all");
    expect(tighten.records[0]?.rawValue).toBe("v=spf1 a:www1234.sakura.ne.jp ~all");
  });

  it("all good: no SPF or DMARC action, verdict ok", async () => {
    const d = await run({ scenario: "direct", domain: "good.test", serverHost: HOST });
    expect(d.checks.spf.result).toBe("pass");
    expect(ids(d)).not.toContain("spf.add_record");
    expect(ids(d)).not.toContain("dmarc.add_record");
    expect(ids(d)).not.toContain("wait.propagation");
    expect(d.verdict.status).toBe("ok");
  });

  it("nameservers that don't allow TXT records: move DNS first, generic panel", async () => {
    const d = await run({ scenario: "direct", domain: "lolipop.test", serverHost: HOST });
    expect(ids(d)[0]).toBe("dns.switch_provider");
    expect(d.provider).toMatchObject({ id: "lolipop", editable: "limited" });
  });

  it("a server without reverse DNS: ask the host", async () => {
    const d = await run({ scenario: "direct", domain: "good.test", serverHost: "www5678.sakura.ne.jp" });
    expect(d.ip).toEqual({ value: "203.0.113.78", source: "server_host" });
    expect(action(d, "ptr.ask_host").steps[0]?.ja).toContain("さくらのレンタルサーバ");
  });

  it("a chosen provider overrides the detected one", async () => {
    const d = await run({ scenario: "direct", domain: "nospf.test", serverHost: HOST, provider: "cloudflare" });
    expect(d.provider).toMatchObject({ id: "cloudflare", source: "chosen" });
    expect(action(d, "spf.add_record").records[0]?.panel.en.map((r) => r.label)).toContain("Content");
  });

  it.each([
    ["550-5.1.1 The email account that you tried to reach does not exist. Please try\n550 5.1.1 double-checking the recipient's email address for typos - gsmtp", "recipient.check_address"],
    ["550-5.7.1 This message is likely suspicious due to the very low reputation of the\n550 5.7.1 sending IP address. - gsmtp", "mail.not_dns"],
  ] as const)("a bounce that DNS can't fix gives %#: %s", async (bounce, id) => {
    const d = await run({ scenario: "direct", domain: "good.test", serverHost: HOST, bounce });
    expect(ids(d)).toContain(id);
  });

  it("DNS trouble is a finding and an incomplete verdict, never a throw", async () => {
    const d = await run({ scenario: "direct", domain: "broken.test", serverHost: HOST });
    expect(d.partial).toBe(true);
    expect(d.verdict.status).toBe("incomplete");
    expect(d.findings.map((f) => f.code)).toContain("spf.dns_error");
    expect(ids(d)).not.toContain("spf.add_record");
  });
});

describe("diagnose: forwarding and mailing lists", () => {
  it("forwarding: explains what DNS cannot fix, with the original sender's SPF result", async () => {
    const d = await run({ scenario: "forward", domain: "fwd.test", originalDomain: "sender.test", serverHost: HOST });
    expect(ids(d)[0]).toBe("forward.explain");
    expect(d.originalSpf).toMatchObject({ domain: "sender.test", result: "fail" });
    const steps = action(d, "forward.explain").steps.map((s) => s.en).join("\n");
    expect(steps).toContain("IMAP");
    expect(steps).toContain("2026");
    expect(steps).toContain("sender.test");
  });

  it("list member: the list's own domain must authorize the server", async () => {
    const d = await run({ scenario: "list", listDomain: "ml2.list.test", listMember: "yes", serverHost: HOST });
    expect(d.domain).toBe("ml2.list.test");
    expect(action(d, "list.authorize_server").records[0]?.rawValue).toBe("v=spf1 include:_spf.mailer.test a:www1234.sakura.ne.jp ~all");
    expect(ids(d)).toContain("list.dmarc_from");
    expect(ids(d)).not.toContain("list.contact_forwarder");
  });

  it("not a list member: a member forwards to Gmail, contact them", async () => {
    const d = await run({ scenario: "list", listDomain: "ml.list.test", listMember: "no", serverHost: HOST });
    expect(action(d, "list.contact_forwarder").severity).toBe("error");
    expect(ids(d)).not.toContain("list.dmarc_from");
  });
});

describe("diagnose: is my change live?", () => {
  it("not saved yet, then saved and waiting for caches with the minutes", async () => {
    const dns = client();
    const record: ExpectedRecord = { name: "nospf.test", type: "TXT", value: "v=spf1 a:www1234.sakura.ne.jp mx ~all" };
    const before = await run({ scenario: "direct", domain: "nospf.test", serverHost: HOST }, [record], dns);
    expect(before.propagation?.[0]?.state).toBe("not_saved");

    const original = server.zones()["nospf.test"] ?? [];
    server.upsert("nospf.test", [...original, { TXT: record.value }]);
    try {
      const after = await run({ scenario: "direct", domain: "nospf.test", serverHost: HOST }, [record], dns);
      expect(after.propagation?.[0], JSON.stringify(after.propagation)).toMatchObject({ state: "saved_waiting_cache" });
      expect(after.propagation?.[0]?.waitMinutes).toBeGreaterThan(0);
      // The cache still answers the old (empty) result, as Gmail's resolvers would.
      expect(after.checks.spf.records).toEqual([]);
      const fresh = await run({ scenario: "direct", domain: "nospf.test", serverHost: HOST }, [record]);
      expect(fresh.propagation?.[0]?.state).toBe("live");
      expect(ids(fresh)).not.toContain("spf.add_record");
    } finally {
      server.upsert("nospf.test", original);
    }
  });
});

describe("diagnose: the authoritative queries' timeout", () => {
  it("uses the timeout and retries it is given (the configured DNS settings), not a fixed 2 s", async () => {
    const record: ExpectedRecord = { name: "nospf.test", type: "TXT", value: "v=spf1 a:www1234.sakura.ne.jp mx ~all" };
    const original = server.zones()["nospf.test"] ?? [];
    // Every type the zone lists still answers (its NS and addresses); TXT questions go unanswered.
    const withoutTxt = original.filter((entry) => !(typeof entry === "object" && entry !== null && "TXT" in entry));
    server.upsert("nospf.test", [...withoutTxt, "TIMEOUT"]);
    try {
      const input = diagnoseInputSchema.parse({ scenario: "direct", domain: "nospf.test", serverHost: HOST });
      const started = Date.now();
      const d = await diagnose(
        input,
        { dns: client(), profile, authPort: server.port, authTimeoutMs: 200, authRetries: 0, now: () => new Date("2026-11-28T00:00:00Z") },
        [record],
      );
      // With the defaults (2000 ms and one retry) each name server alone would take 4 s.
      expect(Date.now() - started).toBeLessThan(1500);
      const servers = d.propagation?.[0]?.authoritative ?? [];
      expect(servers.length).toBeGreaterThan(0);
      expect(servers.every((view) => view.lame && view.status === "timeout"), JSON.stringify(servers)).toBe(true);
    } finally {
      server.upsert("nospf.test", original);
    }
  });
});

describe("decision tree coverage", () => {
  it("every action id can be produced by the cases above", () => {
    const produced = new Set<string>([
      "spf.add_record", "spf.merge_records", "spf.authorize_server", "spf.fix_syntax", "spf.reduce_lookups", "spf.tighten_all",
      "dmarc.add_record", "dkim.enable", "ptr.ask_host", "forward.explain", "list.authorize_server", "list.contact_forwarder",
      "list.dmarc_from", "recipient.check_address", "mail.not_dns", "dns.switch_provider", "wait.propagation",
    ]);
    expect(new Set(Object.keys(ACTION_IDS))).toEqual(produced);
  });
});

describe("diagnose: the zone a record is entered in", () => {
  it("comes from the domain's NS lookup, not a guess from the public suffix list", async () => {
    // "sub.nospf.test" would be guessed as zone nospf.test; here it has its own zone (SOA and NS).
    server.upsert("own.zone.test", [
      { SOA: ["ns1.dns.ne.jp", "hostmaster.own.zone.test", 1, 3600, 600, 86400, 300] },
      { NS: "ns1.dns.ne.jp" },
      { NS: "ns2.dns.ne.jp" },
    ]);
    try {
      const d = await run({ scenario: "direct", domain: "own.zone.test", serverHost: HOST });
      expect(d.checks.ns.zone).toBe("own.zone.test");
      expect(action(d, "spf.add_record").records[0]).toMatchObject({ zone: "own.zone.test", host: "@" });
      expect(action(d, "dmarc.add_record").records[0]).toMatchObject({ host: "_dmarc" });
    } finally {
      server.remove("own.zone.test");
    }
  });
});
