import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRouteEnv, type RouteEnv } from "@/lib/http/testing/route-env";
import { WIZARD_ZONES } from "@/lib/wizard/testing/zones";
import { POST } from "./route";

let env: RouteEnv;
beforeAll(async () => {
  env = await startRouteEnv(WIZARD_ZONES);
});
afterAll(() => env.stop());

function post(body: unknown, { query = "", headers = {} }: { query?: string; headers?: Record<string, string> } = {}) {
  return POST(
    new Request(`http://todoku.test/api/v1/diagnose${query}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

describe("POST /api/v1/diagnose", () => {
  it("answers the contract in the reader's language", async () => {
    const response = await post({ scenario: "direct", domain: "NoSPF.test.", serverHost: "www1234.sakura.ne.jp" }, { query: "?lang=en" });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ scenario: "direct", domain: "nospf.test", provider: { id: "sakura", name: "SAKURA internet" } });
    expect(Object.keys(body.checks).sort()).toEqual(["dkim", "dmarc", "mx", "ns", "ptr", "spf"]);
    const add = body.actions.find((a: { id: string }) => a.id === "spf.add_record");
    expect(add).toMatchObject({ severity: "error", title: "Add an SPF record" });
    expect(typeof add.steps[0]).toBe("string");
    expect(add.records[0]).toMatchObject({ name: "nospf.test", host: "@", type: "TXT", value: '"v=spf1 a:www1234.sakura.ne.jp mx ~all"' });
    expect(add.records[0].panel.map((r: { label: string }) => r.label)).toEqual(["Entry name (エントリ名)", "Type (タイプ)", "Data (データ)"]);
  });

  it("keeps both languages with view=bilingual (what the wizard and share links use)", async () => {
    const body = await (await post({ scenario: "direct", domain: "nospf.test", serverHost: "www1234.sakura.ne.jp" }, { query: "?view=bilingual" })).json();
    expect(body.verdict.text).toMatchObject({ ja: expect.stringContaining("対応が必要です"), en: expect.stringContaining("Action needed") });
  });

  it("streams which check is running, then the result, as NDJSON", async () => {
    const response = await post({ scenario: "direct", domain: "good.test" }, { headers: { accept: "application/x-ndjson" } });
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await response.text()).trim().split("\n").map((line) => JSON.parse(line));
    const running = lines.filter((l) => l.type === "check" && l.state === "running").map((l) => l.check);
    const done = lines.filter((l) => l.type === "check" && l.state === "done").map((l) => l.check);
    expect(running.sort()).toEqual(["dkim", "dmarc", "mx", "ns", "ptr", "spf"]);
    expect(done.sort()).toEqual(["dkim", "dmarc", "mx", "ns", "ptr", "spf"]);
    expect(lines.at(-1)).toMatchObject({ type: "result", diagnosis: { domain: "good.test" } });
  });

  it("rejects bad input with field messages, in Japanese by default", async () => {
    const response = await post({ scenario: "teleport", domain: "not a domain" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.fields.scenario).toContain("経路");
    expect(body.error.fields.domain).toContain("ドメイン");
  });

  it("rejects broken JSON, other content types and oversize bodies", async () => {
    expect((await post("{", { query: "?lang=en" })).status).toBe(400);
    const text = await POST(new Request("http://todoku.test/api/v1/diagnose", { method: "POST", headers: { "content-type": "text/plain" }, body: "x" }));
    expect(text.status).toBe(415);
    const huge = await post({ scenario: "direct", domain: "good.test", bounce: "x".repeat(1_200_000) });
    expect(huge.status).toBe(413);
  });

  it("turns DNS trouble into findings, never a 5xx", async () => {
    const response = await post({ scenario: "direct", domain: "broken.test", serverHost: "www1234.sakura.ne.jp" });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.partial).toBe(true);
    expect(body.verdict.status).toBe("incomplete");
  });
});
