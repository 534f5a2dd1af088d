import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DNS_DEFAULTS } from "@/lib/dns/config";
import { createDnsClient } from "@/lib/dns/default-client";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { loadHostingProfile } from "@/lib/fix/hosting-profile";
import { diagnoseInputSchema } from "@/lib/schemas/diagnose-input";
import { diagnose, type ExpectedRecord } from "@/lib/wizard/diagnose";
import { maskEmail, maskEmails } from "@/lib/privacy/mask-email";
import { buildSupportSummary } from "@/lib/wizard/summary";
import { WIZARD_ZONES } from "@/lib/wizard/testing/zones";
import type { Diagnosis } from "@/lib/wizard/types";

const HOST = "www1234.sakura.ne.jp";
const BOUNCE = `Final-Recipient: rfc822; hanako@gmail.com
Action: failed
Status: 5.7.26

550-5.7.26 This mail has been blocked because the sender is unauthenticated.
550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.
550-5.7.26  Authentication results:
550-5.7.26  DKIM = did not pass
550-5.7.26  SPF [nospf.test] with ip: [203.0.113.25] = did not pass
550 5.7.26  https://support.google.com/mail/answer/81126#authentication 98e67ed59e1d1-3131f2e3d4csi1234567a91.3 - gsmtp`;

let server: FixtureDnsServer;
const profile = loadHostingProfile("sakura");

beforeAll(async () => {
  server = await startFixtureDnsServer({ zones: WIZARD_ZONES });
});
afterAll(() => server.close());

function run(raw: Record<string, unknown>, expected: ExpectedRecord[] = []): Promise<Diagnosis> {
  const dns = createDnsClient({ ...DNS_DEFAULTS, servers: [{ host: "127.0.0.1", port: server.port }], serversSource: "env", timeoutMs: 400, retries: 0 });
  return diagnose(diagnoseInputSchema.parse(raw), { dns, profile, authPort: server.port, now: () => new Date("2026-11-28T00:00:00Z") }, expected);
}

describe("maskEmail", () => {
  it("keeps the first character and the domain", () => {
    expect(maskEmail("hanako@gmail.com")).toBe("h***@gmail.com");
    expect(maskEmail("a@example.jp")).toBe("a***@example.jp");
    expect(maskEmail("not an address")).toBe("not an address");
  });

  it("masks every address in a text", () => {
    expect(maskEmails("to <taro.yamada@example.co.jp>, hanako@gmail.com")).toBe("to <t***@example.co.jp>, h***@gmail.com");
  });
});

describe("buildSupportSummary", () => {
  it("Japanese: inputs with their sources, the bounce facts, every check, the actions with their panel rows", async () => {
    const d = await run({ scenario: "direct", domain: "nospf.test", bounce: BOUNCE });
    const text = buildSupportSummary(d, "ja");
    expect(text).toContain("ドメイン：nospf.test");
    expect(text).toContain("メールの経路：直接送信");
    expect(text).toContain("サーバーのホスト名：www1234.sakura.ne.jp（IP アドレスの逆引き）");
    expect(text).toContain("送信元 IP アドレス：203.0.113.25（エラーメール）");
    expect(text).toContain("DNS サービス：さくらインターネット（ns1.dns.ne.jp, ns2.dns.ne.jp から判定）");
    expect(text).toContain("エラーコード：550 5.7.26");
    expect(text).toContain("[✕ エラー] SPF");
    expect(text).toContain("[! 注意] DMARC");
    expect(text).toContain("[– 未確認] DKIM");
    expect(text).toContain("- [問題] nospf.test にはSPF レコードが設定されていません。");
    expect(text).toContain("1. [必須] SPF レコードを追加する");
    expect(text).toMatch(/^ {4}エントリ名：@$/m);
    expect(text).toMatch(/^ {4}データ："v=spf1 a:www1234\.sakura\.ne\.jp mx ~all"$/m);
    expect(text).toContain("判定：対応が必要です: SPF レコードを追加する");
  });

  it("never contains the recipient's address or the error mail's text", async () => {
    const d = await run({ scenario: "direct", domain: "nospf.test", bounce: BOUNCE });
    expect(d.bounce?.recipient).toBe("hanako@gmail.com");
    // Even where a check repeats it.
    const first = d.checks.spf.findings[0];
    if (first) first.message.ja += " (hanako@gmail.com)";
    const text = buildSupportSummary(d, "ja");
    expect(text).toContain("宛先：h***@gmail.com");
    expect(text).not.toContain("hanako@gmail.com");
    expect(text).not.toContain("gsmtp");
    expect(text).not.toContain("This mail has been blocked");
  });

  it("English: labels and panel field names in English", async () => {
    const d = await run({ scenario: "direct", domain: "nospf.test", serverHost: HOST });
    const text = buildSupportSummary(d, "en");
    expect(text).toContain("Server host name: www1234.sakura.ne.jp (entered)");
    expect(text).toContain("How the mail went: sent directly");
    expect(text).toContain("1. [Required] Add an SPF record");
    expect(text).toMatch(/^ {4}Data \(データ\): "v=spf1 a:www1234\.sakura\.ne\.jp mx ~all"$/m);
    expect(text).toContain("■ Checks");
    expect(text).not.toContain("確認結果");
  });

  it("several SPF records: the record to keep and the one to delete", async () => {
    const d = await run({ scenario: "direct", domain: "twospf.test", serverHost: HOST });
    const text = buildSupportSummary(d, "en");
    expect(text).toContain("Record (twospf.test):");
    expect(text).toContain("Record to delete (twospf.test):");
    expect(text).toContain('Data (データ): "v=spf1 a:www1234.sakura.ne.jp -all"');
  });

  it("too many lookups: the count against the limit and the 11th lookup", async () => {
    const d = await run({ scenario: "direct", domain: "heavy.test", serverHost: HOST });
    const text = buildSupportSummary(d, "ja");
    expect(text).toContain("DNS 参照回数：12 回（上限 10 回） [上限超え]");
    expect(text).toContain("11 回目の参照で上限を超えます：heavy.test の「a:h10.heavy.test」");
  });

  it("missing host name: says the action needs it", async () => {
    const d = await run({ scenario: "direct", domain: "nospf.test" });
    const text = buildSupportSummary(d, "ja");
    expect(text).toContain("サーバーのホスト名：不明");
    expect(text).toContain("※ サーバーのホスト名が必要です。");
  });

  it("'is my change live?' results, when asked for", async () => {
    const record: ExpectedRecord = { name: "nospf.test", type: "TXT", value: "v=spf1 a:www1234.sakura.ne.jp mx ~all" };
    const d = await run({ scenario: "direct", domain: "nospf.test", serverHost: HOST }, [record]);
    const text = buildSupportSummary(d, "ja");
    expect(text).toContain("■ 変更の反映");
    expect(text).toContain("- nospf.test の TXT レコード：まだ保存されていません");
  });
});
