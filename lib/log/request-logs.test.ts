// The log lines of real API requests: one per request, with the facts support needs, and never the
// pasted mail or a full e-mail address, whichever way the request goes.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as postBounce } from "@/app/api/v1/bounce/route";
import { POST as postDiagnose } from "@/app/api/v1/diagnose/route";
import { GET as getReport } from "@/app/api/v1/reports/[id]/route";
import { POST as postReport } from "@/app/api/v1/reports/route";
import { GET as getSpf } from "@/app/api/v1/spf/route";
import { startRouteEnv, type RouteEnv } from "@/lib/http/testing/route-env";
import { captureLogs, type CapturedLogs } from "@/lib/log/testing/capture-logs";
import { WIZARD_ZONES } from "@/lib/wizard/testing/zones";

const MARKER = "ZZ-MARKER-4711-do-not-log";
const ADDRESS = "hanako.suzuki@gmail.com";
const BOUNCE = `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: taro@nospf.test
Subject: Delivery Status Notification (Failure)

${MARKER}

Final-Recipient: rfc822; ${ADDRESS}
Action: failed
Status: 5.7.26
Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email from nospf.test is not accepted due to domain's DMARC policy. - gsmtp
`;
/** Anything that would show the mail or an address got into a log line. */
const LEAK = /ZZ-MARKER-4711|hanako|suzuki|taro@|mailer-daemon@|Final-Recipient|Diagnostic-Code/i;

let env: RouteEnv;
let logs: CapturedLogs;

beforeAll(async () => {
  env = await startRouteEnv(
    { ...WIZARD_ZONES, "hang.test": ["TIMEOUT"] },
    // A query timeout longer than the deadline: only the deadline can end a query never answered.
    { DNS_TIMEOUT_MS: "5000", ANALYSIS_DEADLINE_MS: "600", RATE_LIMIT_PER_MINUTE: "1000" },
  );
});
afterAll(() => env.stop());
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => {
  expect(logs.raw.join("")).not.toMatch(LEAK);
  logs.restore();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7", ...headers },
  body: JSON.stringify(body),
});

describe("one log line per API request", () => {
  it("POST /api/v1/diagnose (JSON) with a pasted bounce: scenario, domain and counts, nothing of the mail", async () => {
    const response = await postDiagnose(new Request("http://todoku.test/api/v1/diagnose", json({ scenario: "direct", domain: "nospf.test", serverHost: "www1234.sakura.ne.jp", bounce: BOUNCE })));
    expect(response.status).toBe(200);
    const lines = logs.requests();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      app: "todoku",
      reqId: response.headers.get("x-request-id"),
      route: "/api/v1/diagnose",
      method: "POST",
      status: 200,
      durationMs: expect.any(Number),
      queuedMs: expect.any(Number),
      outcome: "ok",
      scenario: "direct",
      domain: "nospf.test",
      pastedBounce: true,
      bounceCategory: "auth_unauthenticated",
      verdict: "action_needed",
      checks: { spf: expect.any(String), dmarc: expect.any(String) },
      counts: { actions: expect.any(Number), findings: expect.any(Number), unknownChecks: 0 },
    });
  });

  it("POST /api/v1/diagnose (NDJSON): the line is written once the streamed diagnosis is done", async () => {
    const response = await postDiagnose(
      new Request("http://todoku.test/api/v1/diagnose", json({ scenario: "direct", domain: "nospf.test", bounce: BOUNCE }, { accept: "application/x-ndjson" })),
    );
    const text = await response.text();
    expect(text).toContain('"type":"result"');
    await vi.waitFor(() => expect(logs.requests()).toHaveLength(1));
    expect(logs.requests()[0]).toMatchObject({ status: 200, outcome: "ok", scenario: "direct", domain: "nospf.test", bounceCategory: "auth_unauthenticated" });
  });

  it("POST /api/v1/reports and GET /api/v1/reports/{id}: the id is never logged", async () => {
    const created = await postReport(new Request("http://todoku.test/api/v1/reports", json({ scenario: "direct", domain: "nospf.test", bounce: BOUNCE })));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const read = await getReport(new Request(`http://todoku.test/api/v1/reports/${id}`), { params: Promise.resolve({ id }) });
    expect(read.status).toBe(200);
    const missing = await getReport(new Request("http://todoku.test/api/v1/reports/nope"), { params: Promise.resolve({ id: "nope" }) });
    expect(missing.status).toBe(404);
    expect(logs.requests().map((line) => [line.route, line.status, line.outcome])).toEqual([
      ["/api/v1/reports", 201, "ok"],
      ["/api/v1/reports/[id]", 200, "ok"],
      ["/api/v1/reports/[id]", 404, "not_found"],
    ]);
    expect(logs.raw.join("")).not.toContain(id);
  });

  it("POST /api/v1/bounce: what was refused and for which domain", async () => {
    const read = await postBounce(new Request("http://todoku.test/api/v1/bounce", json({ text: BOUNCE })));
    expect(read.status).toBe(200);
    const refused = await postBounce(new Request("http://todoku.test/api/v1/bounce", json({ text: `${MARKER} ${ADDRESS} お世話になっております。` })));
    expect(refused.status).toBe(422);
    const raw = await postBounce(new Request("http://todoku.test/api/v1/bounce", { method: "POST", headers: { "content-type": "text/plain" }, body: BOUNCE }));
    expect(raw.status).toBe(200);
    expect(logs.requests().map((line) => line.outcome)).toEqual(["ok", "not_a_bounce", "ok"]);
    expect(logs.requests()[0]).toMatchObject({ category: "auth_unauthenticated", domain: "nospf.test", gmail: true });
  });

  it("GET /api/v1/spf with a sender: the domain, not the address", async () => {
    const response = await getSpf(new Request(`http://todoku.test/api/v1/spf?domain=good.test&ip=203.0.113.25&sender=${encodeURIComponent(ADDRESS)}`));
    expect(response.status).toBe(200);
    expect(logs.requests()[0]).toMatchObject({ route: "/api/v1/spf", method: "GET", status: 200, domain: "good.test", counts: { records: 1 } });
  });

  it("invalid input is logged as such, without the values that were refused", async () => {
    const response = await postDiagnose(new Request("http://todoku.test/api/v1/diagnose", json({ scenario: "direct", domain: `${MARKER}@@`, bounce: 42 })));
    expect(response.status).toBe(400);
    expect(logs.requests()[0]).toMatchObject({ status: 400, outcome: "invalid_input" });
  });
});

describe("the analysis deadline, end to end", () => {
  it("a domain whose DNS never answers: 200 by the deadline, the checks unknown, the diagnosis partial, logged as dns_partial", async () => {
    const started = Date.now();
    const response = await postDiagnose(new Request("http://todoku.test/api/v1/diagnose", json({ scenario: "direct", domain: "hang.test", bounce: BOUNCE })));
    const elapsed = Date.now() - started;
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.partial).toBe(true);
    expect(body.verdict.status).toBe("incomplete");
    expect(body.checks.spf.status).toBe("unknown");
    // 600 ms deadline, far below the 5 s per-query timeout; the rest is slack for a busy machine.
    expect(elapsed).toBeLessThan(2_500);
    expect(logs.requests()[0]).toMatchObject({ outcome: "dns_partial", domain: "hang.test", counts: { unknownChecks: expect.any(Number) } });
    expect((logs.requests()[0]?.counts as { unknownChecks: number }).unknownChecks).toBeGreaterThan(0);
  });

  it("the same through GET /api/v1/spf: temperror by the deadline", async () => {
    const started = Date.now();
    const response = await getSpf(new Request("http://todoku.test/api/v1/spf?domain=hang.test"));
    expect(Date.now() - started).toBeLessThan(2_500);
    expect((await response.json()).findings.map((f: { code: string }) => f.code)).toContain("spf.dns_error");
    expect(logs.requests()[0]).toMatchObject({ outcome: "dns_partial", status: 200 });
  });
});
