import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DNS_DEFAULTS } from "@/lib/dns/config";
import { createDnsClient } from "@/lib/dns/default-client";
import { startFixtureDnsServer, type FixtureDnsServer } from "@/lib/dns/fixture-server/server";
import { loadHostingProfile } from "@/lib/fix/hosting-profile";
import { diagnoseInputSchema } from "@/lib/schemas/diagnose-input";
import { baselineOf, compareDiagnoses } from "@/lib/share/compare";
import { buildSnapshot, recheckInput } from "@/lib/share/snapshot";
import { diagnose } from "@/lib/wizard/diagnose";
import { WIZARD_ZONES } from "@/lib/wizard/testing/zones";

let server: FixtureDnsServer;
const profile = loadHostingProfile("sakura");
beforeAll(async () => {
  server = await startFixtureDnsServer({ zones: WIZARD_ZONES });
});
afterAll(() => server.close());

const run = (raw: Record<string, unknown>) =>
  diagnose(diagnoseInputSchema.parse(raw), {
    dns: createDnsClient({ ...DNS_DEFAULTS, servers: [{ host: "127.0.0.1", port: server.port }], serversSource: "env", timeoutMs: 400, retries: 0 }),
    profile,
    authPort: server.port,
  });

const BOUNCE = `Final-Recipient: rfc822; hanako.suzuki@gmail.com
Action: failed
Status: 5.7.26
Diagnostic-Code: smtp; 550-5.7.26 Unauthenticated email from missing.test is not accepted due to domain's DMARC policy. Contact hanako.suzuki@gmail.com 550 5.7.26 - gsmtp
`;

describe("share snapshots", () => {
  it("keep the diagnosis but mask every address read from the error mail", async () => {
    const diagnosis = await run({ scenario: "direct", domain: "missing.test", serverHost: "www1234.sakura.ne.jp", bounce: BOUNCE });
    expect(diagnosis.bounce?.recipient).toBe("hanako.suzuki@gmail.com");
    const snapshot = buildSnapshot(diagnosis, { locale: "ja", appVersion: "1.2.3", now: new Date("2026-11-28T01:00:00Z") });
    expect(snapshot).toMatchObject({ version: 1, createdAt: "2026-11-28T01:00:00.000Z", appVersion: "1.2.3", locale: "ja" });
    expect(snapshot.diagnosis.bounce?.recipient).toBe("h***@gmail.com");
    const json = JSON.stringify(snapshot);
    expect(json).not.toContain("hanako.suzuki");
    expect(json).not.toContain("Final-Recipient");
    expect(snapshot.diagnosis.actions.map((a) => a.id)).toEqual(diagnosis.actions.map((a) => a.id));
  });

  it("re-check with what the error mail told, since the mail itself is gone", async () => {
    const diagnosis = await run({ scenario: "direct", domain: "nospf.test", ip: "203.0.113.25" });
    const input = recheckInput(buildSnapshot(diagnosis, { locale: "en", appVersion: "x", now: new Date() }));
    expect(input).toMatchObject({ scenario: "direct", domain: "nospf.test", ip: "203.0.113.25", serverHost: "www1234.sakura.ne.jp" });
    // The record the result asked for goes along, so the re-check says whether it is live yet.
    expect(input.expect).toContainEqual(expect.objectContaining({ name: "nospf.test", type: "TXT", value: expect.stringMatching(/^v=spf1 /) }));
    expect(diagnoseInputSchema.safeParse(input).success).toBe(true);
  });
});

describe("compareDiagnoses", () => {
  it("says per check what changed: 'SPF: was missing the server; now passes'", async () => {
    const before = await run({ scenario: "direct", domain: "missing.test", serverHost: "www1234.sakura.ne.jp" });
    const original = server.zones()["missing.test"] ?? [];
    server.upsert("missing.test", original.map((e) => (typeof e === "object" && "TXT" in e ? { TXT: "v=spf1 include:_spf.mailer.test a:www1234.sakura.ne.jp ~all" } : e)));
    try {
      const after = await run({ scenario: "direct", domain: "missing.test", serverHost: "www1234.sakura.ne.jp" });
      const changes = compareDiagnoses(baselineOf(before), after);
      const spf = changes.find((c) => c.check === "spf");
      expect(spf).toMatchObject({ changed: true, before: "error", after: "ok" });
      expect(spf?.text.en).toBe("SPF: was missing the server; now passes");
      expect(spf?.text.ja).toBe("SPF：送信サーバーが含まれていませんでした → 現在は合格しています");
      expect(changes.find((c) => c.check === "mx")).toMatchObject({ changed: false, text: { en: "MX: unchanged (is fine)" } });
    } finally {
      server.upsert("missing.test", original);
    }
  });
});
